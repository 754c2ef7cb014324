// Korean message text: particles and copulas follow the final sound of whatever precedes them
// (원이어야, 달러여야), and values no market has are written in powers of ten.
#include <doctest/doctest.h>

#include <limits>

#include "../support.hpp"
#include "rules/format.hpp"
#include "rules/wording.hpp"

using fc::rules::fill;
using fc::rules::josa;
using fc::rules::money;
using fc::rules::money_range;

TEST_CASE("a copula or particle follows the final sound of every currency word") {
  CHECK(josa("7.084조~9.061조 원", "여야") == "7.084조~9.061조 원이어야");
  CHECK(josa("28.97억~32.48억 달러", "이어야") == "28.97억~32.48억 달러여야");
  CHECK(josa("3억 엔", "여야") == "3억 엔이어야");
  CHECK(josa("3억 위안", "는") == "3억 위안은");
  CHECK(josa("3억 유로", "이어야") == "3억 유로여야");
  CHECK(josa("3억 파운드", "을") == "3억 파운드를");
  CHECK(josa("3억 CHF", "이어야") == "3억 CHF여야");  // 에프
  CHECK(josa("3억 INR", "를") == "3억 INR을");        // 알
  CHECK(josa("3조 원", "로") == "3조 원으로");
  CHECK(josa("7", "으로") == "7로");  // 칠: ㄹ takes 로
  CHECK(josa("17%", "이어야") == "17%여야");
  CHECK(josa("3배", "은") == "3배는");
  CHECK(fill("{x}여야 합니다", {{"x", "3조 원"}}) == "3조 원이어야 합니다");
  CHECK(fill("{x}이어야 합니다", {{"x", "3억 달러"}}) == "3억 달러여야 합니다");
  // The copula before a condition or a list drops its 이 after a vowel.
  CHECK(fill("{x}이면 맞습니다", {{"x", "40달러"}}) == "40달러면 맞습니다");
  CHECK(fill("{x}면 맞습니다", {{"x", "3조 원"}}) == "3조 원이면 맞습니다");
  CHECK(fill("{x}이며", {{"x", "17%"}}) == "17%며");
}

TEST_CASE("the growth explanation says 원이어야, not 원여야") {
  auto r = fc::test::run(
      "국내 로봇 시장은 2023년 5조원에서 2028년 3조원 규모로 연평균 10% 성장할 전망이다.\n");
  REQUIRE(fc::test::count_rule(r, "growth-contradiction") == 1);
  CHECK(r.findings[0].explanation.find("조 원이어야 합니다") != std::string::npos);
  CHECK(r.findings[0].explanation.find("원여야") == std::string::npos);
}

TEST_CASE("amounts beyond 9,999조 or 9,999 trillion are written in powers of ten") {
  CHECK(money(1.0451541731015595e29, std::string("KRW"), "ko") == "1.05×10^29 원");
  CHECK(money(1.0451541731015595e29, std::string("USD"), "en") == "USD 1.05×10^29");
  CHECK(money(9.999e15, std::string("KRW"), "ko") == "9999조 원");
  CHECK(money(9.999e15, std::string("USD"), "en") == "USD 9999 trillion");
  CHECK(money(-2e30, std::nullopt, "ko") == "-2×10^30");
  CHECK(money_range(9.655e27, 1.036e28, std::string("KRW"), "ko") == "9.655×10^27~1.036×10^28 원");
  CHECK(money_range(9.655e27, 1.036e28, std::string("USD"), "en") == "USD 9.655×10^27–1.036×10^28");
  CHECK(fc::rules::percent(1e18) == "1×10^20%");
  auto r = fc::test::run(
      "국내 로봇 시장은 2023년 999999999조원에서 2030년 연평균 900% 성장해 2030년 1000조원 "
      "규모가 될 전망이다.\n");
  REQUIRE(fc::test::count_rule(r, "growth-contradiction") == 1);
  const auto& f = r.findings[0];
  CAPTURE(f.explanation);
  CHECK(f.explanation.find("9655206453612028조") == std::string::npos);
  CHECK(f.explanation.find("×10^28 원이어야 합니다") != std::string::npos);
}

TEST_CASE("an infinite amount is written as ∞, never cast to an exponent") {
  double inf = std::numeric_limits<double>::infinity();
  CHECK(money(inf, std::string("USD"), "en") == "USD ∞");
  CHECK(money_range(1e30, inf, std::string("KRW"), "ko").find("∞") != std::string::npos);
  // A rate of 222222222222222205% a year compounds past every double.
  auto r = fc::test::run(
      "리포트링커는 2093년 시장 규모를 10억달러로, 그랜드 뷰 리서치는 2023년까지 14억달러로 봤다. "
      "양사 모두 생성 AI 시장이 연평균 약 222222222222222205% 성장할 것으로 봤다.\n");
  CHECK(r.errors.empty());
}

TEST_CASE("a wording's Korean sentence writes each particle for the value filled before it") {
  static constexpr fc::rules::wording w{.en = "{hi} is above {lo}.",
                                        .ko = "{hi}이 {lo}보다 크고 {n:.1f}배는 {{괄호}}입니다."};
  CHECK(fc::rules::say(w, "ko", fmt::arg("hi", "1045억 달러"), fmt::arg("lo", "955억 원"),
                       fmt::arg("n", 2.0)) ==
        "1045억 달러가 955억 원보다 크고 2.0배는 {괄호}입니다.");
  CHECK(fc::rules::say(w, "ko", fmt::arg("hi", "3조 원"), fmt::arg("lo", "1조 원"),
                       fmt::arg("n", 1.5)) == "3조 원이 1조 원보다 크고 1.5배는 {괄호}입니다.");
  CHECK(fc::rules::say(w, "en", fmt::arg("hi", "$3"), fmt::arg("lo", "$1"), fmt::arg("n", 1.0)) ==
        "$3 is above $1.");
}
