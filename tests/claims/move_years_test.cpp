// The years of a move's two ends: a target's year or relative year is not its base's.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a year written for a move's target does not date its base") {
  auto r =
      run("Satellite broadband subscribers are expected to roughly quadruple to 38 million by 2030 "
          "from 9.5 million at the end of 2025, according to Orbital Research Partners.");
  REQUIRE(find_claim(r, "38 million"));
  REQUIRE(find_claim(r, "9.5 million"));
  CHECK(find_claim(r, "38 million")->year == 2030);
  CHECK(find_claim(r, "9.5 million")->year == 2025);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("a relative year right after a figure is that figure's, not the one after it") {
  auto up_from =
      run("Brightline puts the 2030 market at $18.6 billion, up from $3.7 billion "
          "this year, implying annual growth of 22.4%.",
          "t.txt", "2022-05-01");
  REQUIRE(find_claim(up_from, "$3.7 billion"));
  CHECK(find_claim(up_from, "$3.7 billion")->year == 2022);
  CHECK(find_claim(up_from, "$18.6 billion")->year != 2022);
  CHECK(count_rule(up_from, "figure-disagreement") == 0);
  auto from =
      run("Streaming revenue in the region tripled between 2021 and 2025, reaching $6.3 billion "
          "last year from $3.5 billion, according to Pacific Screen Research.",
          "t.txt", "2026-01-14");
  REQUIRE(find_claim(from, "$6.3 billion"));
  CHECK(find_claim(from, "$6.3 billion")->year == 2025);
  CHECK(find_claim(from, "$3.5 billion")->year != 2025);
  // 6.3 / 3.5 = 1.8: not tripled.
  CHECK(count_rule(from, "change-mismatch") == 1);
}

TEST_CASE("a thousands comma below 만 belongs to the numeral") {
  auto r = run("판매 대수는 같은 기간 2만 7,000대에서 15만대로 늘고, 기체 수는 5만 8,000대다.");
  REQUIRE(find_claim(r, "2만 7,000대"));
  CHECK(find_claim(r, "2만 7,000대")->value->point == doctest::Approx(27000));
  REQUIRE(find_claim(r, "5만 8,000대"));
  CHECK(find_claim(r, "5만 8,000대")->value->point == doctest::Approx(58000));
}

TEST_CASE("two values one sentence sets side by side are a warning, not an error") {
  auto r =
      run("Last year, low-orbit operators had 6.8 million subscribers and geostationary operators "
          "2.7 million, the firm said.",
          "t.txt", "2026-02-01");
  for (const auto& f : r.findings) {
    CHECK(f.level != fc::severity::error);
    if (f.rule == "figure-disagreement")
      CHECK(f.explanation.find("one sentence") != std::string::npos);
  }
  // Across sentences, one source contradicting itself is still an error.
  auto apart =
      run("Okapi puts 2025 drone shipments at 6.8 million units. Okapi also puts 2025 drone "
          "shipments at 2.7 million units.");
  REQUIRE(count_rule(apart, "figure-disagreement") == 1);
  CHECK(apart.findings[0].level == fc::severity::error);
}

TEST_CASE("a forecast 'compared with the' earlier one is the forecast it replaces") {
  auto r =
      run("Okapi Insights raised its forecast for humanoid robot shipments, saying it now expects "
          "940,000 units to ship in 2030, compared with the 1.2 million units it projected in "
          "August.");
  CHECK(count_rule(r, "revision-direction") == 1);
  auto up =
      run("Okapi Insights raised its forecast for humanoid robot shipments, saying it now expects "
          "1.4 million units to ship in 2030, compared with the 1.2 million units it projected in "
          "August.");
  CHECK(count_rule(up, "revision-direction") == 0);
  CHECK(count_rule(up, "figure-disagreement") == 0);
}

TEST_CASE("the same period a year before dates a move's base, not its target") {
  auto r = run("특히 덤벨 판매량은 지난해 같은 기간 3만 2000개에서 7만 7000개로 2.4배가 됐다.",
               "t.txt", "2020-06-09");
  REQUIRE(find_claim(r, "3만 2000개"));
  CHECK(find_claim(r, "3만 2000개")->year == 2019);
  CHECK(find_claim(r, "7만 7000개")->year != 2019);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("a forecast named in brackets after the words that replace it is the one replaced") {
  auto r =
      run("넥스트셀은 세계 전고체 배터리 시장 규모가 2030년 72억 달러에 이를 것이라며 지난해 "
          "제시했던 전망치(85억 달러)를 상향 조정했다.",
          "t.txt", "2025-04-18");
  CHECK(count_rule(r, "revision-direction") == 1);
  auto up =
      run("넥스트셀은 세계 전고체 배터리 시장 규모가 2030년 92억 달러에 이를 것이라며 지난해 "
          "제시했던 전망치(85억 달러)를 상향 조정했다.",
          "t.txt", "2025-04-18");
  CHECK(up.findings.empty());
}

TEST_CASE("a relative year right after the figure before is not this figure's") {
  auto r =
      run("Global shipments of humanoid robots are expected to reach 38,000 units next year, about "
          "2.5 times the 15,000 units likely to ship this year, analysts said.",
          "t.txt", "2026-03-05");
  REQUIRE(find_claim(r, "15,000 units"));
  CHECK(find_claim(r, "38,000 units")->year == 2027);
  CHECK(find_claim(r, "15,000 units")->year == 2026);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("parts ranked before their figures are parts, not rival estimates") {
  auto r =
      run("Infrastructure inspection is the largest application at $4.6 billion this year, "
          "followed by agriculture at $3.1 billion.",
          "t.txt", "2019-06-01");
  CHECK(r.findings.empty());
  REQUIRE(find_claim(r, "$3.1 billion"));
  CHECK(find_claim(r, "$3.1 billion")->part);
}

TEST_CASE("a share after a move belongs to the move's end, not its base") {
  auto r =
      run("Kanto Precision's revenue for fiscal 2025 rose 6.2% to ¥412 billion from ¥388 billion, "
          "giving it roughly an 18% share of the domestic equipment market.",
          "t.txt", "2025-05-20");
  CHECK(count_rule(r, "share-mismatch") == 0);
}
