// Korean groups that mix digits with 천/백/십 (claim-language §3.2): every digit keeps its
// place, and the precision comes from the last written digit (P2, P5).
#include <doctest/doctest.h>

#include "../support.hpp"
#include "mentions.hpp"

using fc::test::mention_of;

TEST_CASE("digits before 천, 백 and 십 inside one group keep their places") {
  struct {
    const char* sentence;
    const char* text;
    double value, half;
  } const cases[] = {
      {"시장 규모는 5천7백43억달러다.", "5천7백43억달러", 5.743e11, 0.5e8},
      {"투자는 3천5백만 달러다.", "3천5백만 달러", 3.5e7, 0.5e6},
      {"매출은 3조5천2백억 원이다.", "3조5천2백억 원", 3.52e12, 0.5e10},
      {"매출은 5천백억원이다.", "5천백억원", 5.1e11, 0.5e10},
      {"매출은 4천2백십억원이다.", "4천2백십억원", 4.21e11, 0.5e9},
      // Forms that already read right stay as they were.
      {"매출은 1조2천억원이다.", "1조2천억원", 1.2e12, 0.5e11},
      {"시장은 2천억원이다.", "2천억원", 2e11, 0.5e11},
      {"수출은 1천620억달러다.", "1천620억달러", 1.62e11, 0.5e9},
      {"수출은 2천661억9천만달러다.", "2천661억9천만달러", 2.6619e11, 0.5e7},
  };
  for (const auto& c : cases) {
    CAPTURE(c.sentence);
    auto m = mention_of(c.sentence, c.text);
    REQUIRE(m);
    CHECK(m->value == doctest::Approx(c.value));
    CHECK(m->half == doctest::Approx(c.half));
  }
}

TEST_CASE("small units out of order are not one numeral") {
  CHECK_FALSE(mention_of("매출은 7백5천억원이다.", "7백5천억원"));
  CHECK_FALSE(mention_of("매출은 5천37백억원이다.", "5천37백억원"));
}

TEST_CASE("a mixed group's claim has the interval of its last written digit") {
  auto r = fc::test::run("시장 규모는 5천7백43억달러로 커질 전망이다.");
  const auto* c = fc::test::find_claim(r, "5천7백43억달러");
  REQUIRE(c);
  CHECK(c->currency.value_or("") == "USD");
  CHECK(*c->value->low == doctest::Approx(5.7425e11));
  CHECK(*c->value->high == doctest::Approx(5.7435e11));
}
