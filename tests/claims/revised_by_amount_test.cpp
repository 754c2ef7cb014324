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
      run("가트너 자료를 보면 올해 세계 위젯 매출이 1190억 달러예요. 가트너가 연초엔 올해 매출을 "
          "1250억 "
          "달러로 봤다가 60억 달러 낮춘 건데, 그래도 엄청난 숫자예요.",
          "t.txt", "2025-06-01");
  CHECK(find_claim(ko, "60억 달러")->kind == fc::claim_kind::change);
  CHECK(count_rule(ko, "figure-disagreement") == 0);
  auto en = run(
      "Acme analysts now see the widget market reaching $77 billion by 2030, having raised their "
      "forecast by $23 billion from an earlier $54 billion.",
      "t.txt", "2023-11-08");
  CHECK(find_claim(en, "$23 billion")->kind == fc::claim_kind::change);
  CHECK(count_rule(en, "figure-disagreement") == 0);
}

TEST_CASE("ja: a forecast in brackets after 予測 is the one a revision replaced") {
  auto r = run(
      "アクメ統計は4日、2024年の世界ウィジェット市場規模が前年比16.0%"
      "増の6112億ドルになるとの見通しを"
      "発表した。昨年11月時点の予測（5884億ドル）から上方修正した。23年の実績は5269億ドルだった。",
      "t.txt", "2024-06-05");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  CHECK(count_rule(r, "change-mismatch") == 0);
}

TEST_CASE("an alternative scenario's figures are no second estimate of the forecast") {
  auto r = run(
      "The UAE's widget market is expected to reach Dh48.5 billion by 2028, up from Dh32 billion "
      "last year, according to Acme Research. Under a faster-adoption scenario, the market could "
      "reach between Dh52 billion and Dh55 billion by 2028, the report said.",
      "t.txt", "2025-05-01");
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("the basis a share is measured by names no subject of its own") {
  auto r =
      run("Acme found that Alpha accounts for 42% of the widget market by transaction value, with "
          "Beta on 27% and Gamma on 24%. Smaller providers make up the remaining 14%.",
          "t.txt", "2024-05-01");
  CHECK(find_claim(r, "27%")->subject == find_claim(r, "42%")->subject);
  CHECK(count_rule(r, "share-overflow") == 1);
}

TEST_CASE("a share taken by each part of a total, and New Zealand dollars") {
  auto r = run(
      "Investment in widgets will reach $2.2tn this year, according to Acme. Of the widget total, "
      "blue widgets are expected to take 47%, red widgets 28%, green widgets 21%, and other "
      "widgets 17%.",
      "t.txt", "2025-06-05");
  CHECK(find_claim(r, "47%")->kind == fc::claim_kind::share);
  CHECK(count_rule(r, "share-overflow") == 1);
  auto nz =
      run("Acme expects widget sales of NZ$3.0 billion (US$1.8b) by 2035.", "t.txt", "2025-06-05");
  CHECK(find_claim(nz, "NZ$3.0 billion")->currency == "NZD");
}
