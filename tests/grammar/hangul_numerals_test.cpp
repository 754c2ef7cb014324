// Sino-Korean numerals spelled in Hangul (claim-language §3.2, P6) and the everyday words made
// of the same syllables, which must stay words.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::find_claim;
using fc::test::run;

TEST_CASE("Hangul numerals before a currency or counter are amounts with digit precision") {
  struct {
    const char* sentence;
    const char* text;
    double low, point, high;
  } const cases[] = {
      {"1위 기업의 매출은 일조 이천억 원이다.", "일조 이천억 원", 1.15e12, 1.2e12, 1.25e12},
      {"회사는 삼십억 달러를 투자한다.", "삼십억 달러", 2.5e9, 3e9, 3.5e9},
      {"가입자는 구천만 명이다.", "구천만 명", 8.5e7, 9e7, 9.5e7},
      {"매출은 천억 원이다.", "천억 원", 0.5e11, 1e11, 1.5e11},
      {"이용자는 백만 명이다.", "백만 명", 0.5e6, 1e6, 1.5e6},
  };
  for (const auto& c : cases) {
    CAPTURE(c.sentence);
    auto r = run(c.sentence);
    const auto* claim = find_claim(r, c.text);
    REQUIRE(claim != nullptr);
    CHECK(claim->value->point == doctest::Approx(c.point));
    CHECK(*claim->value->low == doctest::Approx(c.low));
    CHECK(*claim->value->high == doctest::Approx(c.high));
  }
}

TEST_CASE("words spelled with numeral syllables stay words") {
  const char* const sentences[] = {
      "신제품이 매출 성장에 일조를 했다.",  // 일조 = contribution
      "구조 개편으로 이익이 늘었다.",       // 구조 = structure
      "이번 조치는 일조량과 무관하다.",     // 일조량 = sunshine
      "삼성은 이천 공장을 증설한다.",       // 이천 = a city, no currency after
      "오는 5월 사업 구조를 바꾼다.",
  };
  for (const char* s : sentences) {
    CAPTURE(s);
    CHECK(run(s).claims.empty());
  }
}

TEST_CASE(
    "대 bands run to the unit of the last non-zero digit; 억대 is never a count of vehicles") {
  auto wide = run("시장은 2000억원대 규모다.");
  REQUIRE(find_claim(wide, "2000억원"));
  CHECK(*find_claim(wide, "2000억원")->value->high == doctest::Approx(3e11));
  auto share = run("점유율은 30%대다.");
  REQUIRE(find_claim(share, "30%"));
  CHECK(*find_claim(share, "30%")->rate->high == doctest::Approx(0.4));
  CHECK(run("그는 100억대 자산가다.").claims.empty());
  auto cars = run("판매량은 100만 대다.");
  REQUIRE(find_claim(cars, "100만 대"));
  CHECK(find_claim(cars, "100만 대")->unit.value_or("") == "units");
}
