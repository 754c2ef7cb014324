// Multiples (claim-language §6.5): digits with 배/x/times, spelled "N times", and the
// frequencies ("three times a year") that are not multiples.
#include <doctest/doctest.h>

#include "mentions.hpp"

using fc::grammar::mention_kind;
using fc::test::mention_of;

TEST_CASE("multiples with digits, x and spelled times") {
  struct {
    const char* sentence;
    const char* text;
    double value, half;
  } const cases[] = {
      {"매출이 20배 이상 늘었다.", "20배", 20, 0.5},
      {"매출이 3배 늘었다.", "3배", 3, 0.5},
      {"매출이 2.5배 증가했다.", "2.5배", 2.5, 0.05},
      {"Revenue rose 8x.", "8x", 8, 0.5},
      {"Revenue grew 2.5x to $3bn.", "2.5x", 2.5, 0.05},
      {"Revenue grew ten times.", "ten times", 10, 5},
      {"Revenue is five times larger.", "five times", 5, 0.5},
      {"Sales grew 3 times to $3bn.", "3 times", 3, 0.5},
      {"Sales tripled.", "tripled", 3, 0.5},
      {"Sales doubled.", "doubled", 2, 0.5},
      {"Sales quadrupled.", "quadrupled", 4, 0.5},
      {"An eightfold increase in five years.", "eightfold", 8, 0.5},
      {"Sales grew six-fold to $3bn.", "six-fold", 6, 0.5},
      {"매출이 여섯 배 늘었다.", "여섯 배", 6, 0.5},
      {"수출이 아홉 배 늘었다.", "아홉 배", 9, 0.5},
  };
  for (const auto& c : cases) {
    CAPTURE(c.sentence);
    auto m = mention_of(c.sentence, c.text);
    REQUIRE(m);
    CHECK(m->kind == mention_kind::factor);
    CHECK(m->value == doctest::Approx(c.value));
    CHECK(m->half == doctest::Approx(c.half));
  }
}

TEST_CASE("how often is not how much") {
  for (const char* s : {"Prices rose three times a year.", "We met 3 times in 2023.",
                        "The firm cut prices five times since 2020.", "It ran 10 times per day."}) {
    CAPTURE(s);
    CHECK(fc::test::count_mentions(s, mention_kind::factor) == 0);
  }
}
