// Two-digit years of older Korean copy (claim-language §7.1): '05년, 05년, 99년, 15년 3월.
// A bare two-digit 년 is usually a span of years (10년간, 70년 만에), which stays no year.
#include <doctest/doctest.h>

#include "mentions.hpp"

using fc::grammar::mention_kind;
using fc::test::mention_of;

TEST_CASE("two-digit years without an article date fall in 1950-2049") {
  struct {
    const char* sentence;
    const char* text;
    int year;
  } const cases[] = {
      {"'05년 시장은 3조원이었다.", "'05년", 2005},
      {"'99년 시장은 3조원이었다.", "'99년", 1999},
      {"05년 시장은 3조원이었다.", "05년", 2005},
      {"99년 국내 시장은 2조원이었다.", "99년", 1999},
      {"지난 97년 외환위기 이후", "97년", 1997},
      {"15년 3월 매출은 3조원이었다.", "15년", 2015},
      {"12년도 매출은 3조원이었다.", "12년도", 2012},
      {"13년 말 기준 매출은 3조원이었다.", "13년", 2013},
      {"FY24 revenue was $3bn.", "FY24", 2024},
  };
  for (const auto& c : cases) {
    CAPTURE(c.sentence);
    auto m = mention_of(c.sentence, c.text);
    REQUIRE(m);
    CHECK(m->kind == mention_kind::year);
    CHECK(m->year == c.year);
    CHECK(m->short_year);
  }
}

TEST_CASE("spans of years are not years") {
  for (const char* s :
       {"10년간 시장은 3조원 커졌다.", "90년대 시장은 3조원이었다.", "70년 만에 3조원을 넘었다.",
        "15년 초과 장기 대출", "30년 이상 걸린다.", "85년 역사를 가진 회사", "20년 뒤 시장",
        "99년생 직원", "50년 만기 국채", "창립 80년을 맞아 매출 1조원을 넘었다."}) {
    CAPTURE(s);
    CHECK(fc::test::count_mentions(s, mention_kind::year) == 0);
  }
}
