// Two-digit years placed by the article date (claims layer, claim-language §7.1).
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::run;

TEST_CASE("a two-digit year is placed in the hundred years around the article date") {
  struct {
    const char* sentence;
    const char* date;
    int year;
  } const cases[] = {
      {"'05년 시장은 3조원으로 커질 전망이다.", "2001-05-01", 2005},
      {"99년 시장은 2조원이었다.", "2001-05-01", 1999},
      {"05년 시장은 3조원이었다.", "2024-05-01", 2005},
      {"'50년 시장은 3조원으로 커질 전망이다.", "2024-05-01", 2050},
      {"'50년 시장은 3조원으로 커질 전망이다.", "", 1950},
      {"'60년 시장은 3조원이었다.", "2024-05-01", 1960},
  };
  for (const auto& c : cases) {
    CAPTURE(c.sentence);
    CAPTURE(c.date);
    auto r = run(c.sentence, "t.txt", c.date);
    REQUIRE(r.claims.size() == 1);
    CHECK(r.claims[0].year.value_or(0) == c.year);
  }
  // A span of years ahead still counts from the article date.
  auto ahead = run("10년 뒤 시장은 3조원으로 커질 전망이다.", "t.txt", "2024-05-01");
  REQUIRE(ahead.claims.size() == 1);
  CHECK(ahead.claims[0].year.value_or(0) == 2034);
}
