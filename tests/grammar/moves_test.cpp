// Two amounts side by side: one range, or the two levels of a move (claim-language §3.1, §6.1).
// A first number written without its scale word borrows the second one's.
#include <doctest/doctest.h>

#include "mentions.hpp"

using fc::grammar::mention_kind;
using fc::test::mention_of;

TEST_CASE("from A to B and A에서 B로 are two levels, each with its scale") {
  struct {
    const char* sentence;
    const char* first;
    double first_value;
    const char* second;
    double second_value;
  } const cases[] = {
      {"The market will grow from $10 to $15 billion by 2030.", "$10", 1e10, "$15 billion", 1.5e10},
      {"The market will grow from 10 to 15 billion dollars.", "10", 1e10, "15 billion dollars",
       1.5e10},
      {"The market grew from $10 billion to $15 billion.", "$10 billion", 1e10, "$15 billion",
       1.5e10},
      {"Revenue rose $14.6 billion to $108.3 billion.", "$14.6 billion", 1.46e10, "$108.3 billion",
       1.083e11},
      {"Revenue rose by $14.6 billion to $108.3 billion in 2023.", "$14.6 billion", 1.46e10,
       "$108.3 billion", 1.083e11},
      {"Revenue was up about $2 billion to $10 billion.", "$2 billion", 2e9, "$10 billion", 1e10},
      {"시장은 10에서 15억 달러로 커진다.", "10", 1e9, "15억 달러", 1.5e9},
      {"시장은 100억 달러에서 150억 달러로 커진다.", "100억 달러", 1e10, "150억 달러", 1.5e10},
      {"Market share rose from 10 to 15%.", "10", 0.10, "15%", 0.15},
      {"점유율은 10에서 15%로 올랐다.", "10", 0.10, "15%", 0.15},
  };
  for (const auto& c : cases) {
    CAPTURE(c.sentence);
    auto a = mention_of(c.sentence, c.first);
    auto b = mention_of(c.sentence, c.second);
    REQUIRE(a);
    REQUIRE(b);
    CHECK_FALSE(a->is_range);
    CHECK_FALSE(b->is_range);
    CHECK(a->value == doctest::Approx(c.first_value));
    CHECK(b->value == doctest::Approx(c.second_value));
    CHECK(a->kind == b->kind);
    CHECK(a->currency == b->currency);
  }
}

TEST_CASE("a range is one mention, its first end scaled like the second") {
  struct {
    const char* sentence;
    const char* text;
    double low, high;
  } const cases[] = {
      {"It is valued at $4.5-$5 billion.", "$4.5-$5 billion", 4.5e9, 5e9},
      {"It is valued at $4.5 to $5 billion.", "$4.5 to $5 billion", 4.5e9, 5e9},
      {"It is valued at 4.5 to 5 billion dollars.", "4.5 to 5 billion dollars", 4.5e9, 5e9},
      {"It is valued at between $4.5 and $5 billion.", "$4.5 and $5 billion", 4.5e9, 5e9},
      {"It is valued at $4.5 billion to $5 billion.", "$4.5 billion to $5 billion", 4.5e9, 5e9},
      {"시장은 10~15억 달러 규모다.", "10~15억 달러", 1e9, 1.5e9},
      {"시장은 3~4조원 규모다.", "3~4조원", 3e12, 4e12},
      {"시장은 1000억~1500억원 규모다.", "1000억~1500억원", 1e11, 1.5e11},
      {"Sales fell 3 to 5%.", "3 to 5%", 0.03, 0.05},
      // After "of", or with a yearly rate's tail, two percents are one rate's ends.
      {"It forecasts declines of 2% to 3% a year.", "2% to 3%", 0.02, 0.03},
      {"Analysts see a CAGR of about 11% to 14%.", "11% to 14%", 0.11, 0.14},
      {"Premiums should climb 6% to 9% annually.", "6% to 9%", 0.06, 0.09},
  };
  for (const auto& c : cases) {
    CAPTURE(c.sentence);
    auto m = mention_of(c.sentence, c.text);
    REQUIRE(m);
    CHECK(m->is_range);
    CHECK(m->value == doctest::Approx(c.low));
    CHECK(m->range_high == doctest::Approx(c.high));
  }
}

TEST_CASE("a change to a level written in percents stays two mentions") {
  CHECK(fc::test::count_mentions("Its share rose 2% to 12% of the total.", mention_kind::percent) ==
        2);
}

TEST_CASE("a number before a mixed Korean numeral borrows nothing") {
  // 1조2000억 is not one number with one scale word, so `3~` has no scale to take.
  CHECK(fc::test::count_mentions("3~1조2000억원", mention_kind::amount) == 1);
}
