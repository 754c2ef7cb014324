// Rates keep their written sign (claim-language §3.1, §6.3), 연 glued to a rate is "a
// year" (§6.2), and a rate on another basis is not a change of the figures: readings of the
// claims layer.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a written minus makes the rate negative, with or without a decline word") {
  struct {
    const char* sentence;
    const char* text;
    fc::rate_kind kind;
    double point;
  } const cases[] = {
      {"시장은 연평균 -5% 성장할 전망이다.", "-5%", fc::rate_kind::cagr, -0.05},
      {"The market will grow at a CAGR of -5% through 2030.", "-5%", fc::rate_kind::cagr, -0.05},
      {"The market grew \u22125% last year.", "\u22125%", fc::rate_kind::total, -0.05},
      {"Sales changed -3.2% year over year.", "-3.2%", fc::rate_kind::yoy, -0.032},
      {"시장은 연평균 마이너스 5% 성장할 전망이다.", "마이너스 5%", fc::rate_kind::cagr, -0.05},
      // A decline word beside a written minus repeats the direction; it never flips it back.
      {"The market will shrink at a CAGR of -5% through 2030.", "-5%", fc::rate_kind::cagr, -0.05},
      {"시장이 연평균 -5%씩 감소할 전망이다.", "-5%", fc::rate_kind::cagr, -0.05},
      {"Sales rose +12% year over year.", "+12%", fc::rate_kind::yoy, 0.12},
  };
  for (const auto& c : cases) {
    CAPTURE(c.sentence);
    auto r = run(c.sentence);
    const auto* claim = find_claim(r, c.text);
    REQUIRE(claim);
    CHECK(claim->kind == fc::claim_kind::growth);
    CHECK(claim->rate_of == c.kind);
    CHECK(claim->rate->point == doctest::Approx(c.point));
    CHECK(*claim->rate->low <= *claim->rate->high);
  }
}

TEST_CASE("연 glued to a rate makes it annual, not a share") {
  auto r = run("시장은 2030년까지 연5.31%로 성장할 전망이다.");
  const auto* c = find_claim(r, "5.31%");
  REQUIRE(c);
  CHECK(c->kind == fc::claim_kind::growth);
  CHECK(c->rate_of == fc::rate_kind::cagr);
  auto s = run("시장은 연5.31%의 성장률을 보일 전망이다.");
  REQUIRE(find_claim(s, "5.31%"));
  CHECK(find_claim(s, "5.31%")->rate_of == fc::rate_kind::cagr);
  auto loan = run("대출 금리는 연5.31%다.");  // an interest rate stays one
  REQUIRE(find_claim(loan, "5.31%"));
  CHECK(find_claim(loan, "5.31%")->rate_of == fc::rate_kind::other);
}

TEST_CASE("a sharp fall in either language is a fall: the direction words come from the data") {
  auto ko =
      run("판매량은 19만3000대로 전년(35만6000대)보다 46% 가량 급감했다.", "t.txt", "2025-08-19");
  REQUIRE(find_claim(ko, "46%"));
  CHECK(find_claim(ko, "46%")->rate->point < 0);
  CHECK(fc::test::count_rule(ko, "change-mismatch") == 0);
  auto en = run("Shipments plunged 12% to 88 million units in 2024 from 100 million in 2023.");
  REQUIRE(find_claim(en, "12%"));
  CHECK(find_claim(en, "12%")->rate->point < 0);
  CHECK(fc::test::count_rule(en, "change-mismatch") == 0);
}

TEST_CASE("plural decline nouns and compound rates keep a rate's direction and kind") {
  auto fall = run("The institute expects declines of 4% to 6% a year through 2029.");
  const auto* c = find_claim(fall, "4% to 6%");
  REQUIRE(c);
  CHECK(c->rate_of == fc::rate_kind::cagr);
  CHECK(*c->rate->high < 0);
  auto compound =
      run("Ticket revenue should reach $8.1 billion in 2031, a compound rate of roughly 12%.");
  REQUIRE(find_claim(compound, "12%"));
  CHECK(find_claim(compound, "12%")->rate_of == fc::rate_kind::cagr);
}

TEST_CASE("an exclusion puts a rate on another basis only when it strips a basis") {
  struct {
    const char* sentence;
    const char* text;
    bool other_basis;
  } const cases[] = {
      {"Sales of cargo drones, excluding hobby models, rose 35% last year to $5.4 billion.", "35%",
       false},
      {"Sales of cargo drones, excluding currency effects, rose 35% last year to $5.4 billion.",
       "35%", true},
      {"Revenue grew 9%, excluding the impact of acquisitions, to $4.1 billion in 2024.", "9%",
       true},
      {"Revenue grew 9% in constant currency in 2024.", "9%", true},
      {"완구용 제품을 제외한 화물 드론 판매액은 지난해 35% 늘어난 54억달러였다.", "35%", false},
      {"화물 드론 판매액은 환율 효과를 제외하면 35% 늘었다.", "35%", true},
  };
  for (const auto& c : cases) {
    std::string sentence = c.sentence;
    CAPTURE(sentence);
    auto r = run(c.sentence);
    const auto* claim = find_claim(r, c.text);
    REQUIRE(claim);
    CHECK(claim->other_basis == c.other_basis);
  }
}
