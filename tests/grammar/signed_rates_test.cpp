// A sign written before a rate belongs to it (claim-language §3.1): -5%, −5% (folded to '-' by
// the document layer), +12%, 마이너스 5%, minus 3%. Hyphens inside words are not signs.
#include <doctest/doctest.h>

#include "mentions.hpp"

using fc::test::mention_of;

TEST_CASE("a written sign is part of the rate") {
  struct {
    const char* sentence;
    const char* text;
    bool negative;
  } const cases[] = {
      {"시장은 연평균 -5% 성장한다.", "-5%", true},
      {"a CAGR of -5% to 2030", "-5%", true},
      {"Sales changed -3.2% year over year.", "-3.2%", true},
      {"점유율은 -0.5%p 하락했다.", "-0.5%p", true},
      {"(-5%)", "-5%", true},
      {"시장은 연평균 마이너스 5% 성장한다.", "마이너스 5%", true},
      {"The rate is minus 3%.", "minus 3%", true},
      {"Sales rose +12% year over year.", "+12%", false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.sentence);
    auto m = mention_of(c.sentence, c.text);
    REQUIRE(m);
    CHECK(m->negative == c.negative);
    CHECK(m->value > 0);  // the magnitude; the claims layer applies the sign after the hedge
  }
}

TEST_CASE("a hyphen inside a word or between numbers is no sign") {
  auto range = mention_of("Sales rose 10-15% in 2023.", "10-15%");
  REQUIRE(range);
  CHECK_FALSE(range->negative);
  auto glued = mention_of("The Covid-19% figure", "19%");
  CHECK_FALSE(glued);
  auto dash = mention_of("ARPU 12 - 5% of users", "5%");
  REQUIRE(dash);
  CHECK_FALSE(dash->negative);
}
