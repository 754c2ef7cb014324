// A forecast revised by an amount: the amount is the revision's size, never a level, in
// Korean and English; a forecast in brackets after 予測 is the one a revision replaced; an
// alternative scenario's figures are no second estimate of the base forecast.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a revision by an amount names the revision's size, not a level") {
  auto ko =
      run("한빛리서치는 올해 세계 위젯 매출을 780억 달러로 본다. 이 회사는 연초에 올해 매출을 "
          "820억 달러로 봤다가 40억 달러 낮췄다.",
          "t.txt", "2025-06-01");
  CHECK(find_claim(ko, "40억 달러")->kind == fc::claim_kind::change);
  CHECK(count_rule(ko, "figure-disagreement") == 0);
  auto en = run(
      "Acme now expects the widget market to reach $64 billion by 2030 after raising its forecast "
      "by $9 billion from $55 billion.",
      "t.txt", "2023-11-08");
  CHECK(find_claim(en, "$9 billion")->kind == fc::claim_kind::change);
  CHECK(count_rule(en, "figure-disagreement") == 0);
}

TEST_CASE("ja: a forecast in brackets after 予測 is the one a revision replaced") {
  auto r = run(
      "アクメ統計は4日、2024年の世界ウィジェット市場規模が前年比16.0%"
      "増の2900億ドルになるとの見通しを"
      "発表した。昨年11月時点の予測（2800億ドル）から上方修正した。23年の実績は2500億ドルだった。",
      "t.txt", "2024-06-05");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  CHECK(count_rule(r, "change-mismatch") == 0);
}

TEST_CASE("an alternative scenario's figures are no second estimate of the forecast") {
  auto r =
      run("Acme Research expects widget sales in the UAE to hit Dh30 billion by 2028, from Dh20 "
          "billion last year. In a faster-uptake scenario, sales could be between Dh33 billion and "
          "Dh35 billion by 2028.",
          "t.txt", "2025-05-01");
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("the basis a share is measured by names no subject of its own") {
  auto r =
      run("Acme found that Alpha accounts for 45% of the widget market by transaction value, with "
          "Beta on 26% and Gamma on 23%. Smaller providers make up the remaining 12%.",
          "t.txt", "2024-05-01");
  CHECK(find_claim(r, "26%")->subject == find_claim(r, "45%")->subject);
  CHECK(count_rule(r, "share-overflow") == 1);
}

TEST_CASE("a share taken by each part of a total, and New Zealand dollars") {
  auto r = run(
      "Investment in widgets will reach $1.5tn this year, according to Acme. Of the widget total, "
      "blue widgets are expected to take 44%, red widgets 30%, green widgets 22%, and other "
      "widgets 15%.",
      "t.txt", "2025-06-05");
  CHECK(find_claim(r, "44%")->kind == fc::claim_kind::share);
  CHECK(count_rule(r, "share-overflow") == 1);
  auto nz =
      run("Acme expects widget sales of NZ$2.0 billion (US$1.2b) by 2035.", "t.txt", "2025-06-05");
  CHECK(find_claim(nz, "NZ$2.0 billion")->currency == "NZD");
}
