// A revised forecast's old figure, reports that are not forecasts, a fall named by a noun,
// physical units written out, and a move whose start follows a possessive: read from wordings
// of wire copy, in both languages where the construction exists in both.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("the start of a revised move is the forecast it replaced") {
  auto ko = run(
      "트렌드포스는 올해 세계 로봇청소기 출하량 전망치를 기존 2천200만대에서 1천900만대로 하향 "
      "조정했다고 밝혔다.",
      "t.txt", "2024-05-02");
  CHECK(find_claim(ko, "2천200만대")->superseded);
  CHECK(count_rule(ko, "figure-disagreement") == 0);
  auto en = run(
      "IDC raised its forecast for 2025 global AI spending from $227 billion to $264 billion, "
      "citing stronger demand.",
      "t.txt", "2025-02-02");
  CHECK(find_claim(en, "$227 billion")->superseded);
  CHECK(count_rule(en, "figure-disagreement") == 0);
  // Without a word of revision, two figures for one year still disagree.
  auto plain = run(
      "IDC put 2025 global AI spending at $227 billion. IDC also put 2025 global AI spending at "
      "$264 billion.",
      "t.txt", "2025-02-02");
  CHECK(count_rule(plain, "figure-disagreement") == 1);
}

TEST_CASE("a report of what happened is not a forecast, and a loss after a band is negative") {
  auto r = run(
      "국내 밀키트 시장은 지난해 3천1백억원으로 줄었다. 업계 1위 업체는 지난해 2백억원대 "
      "영업손실을 낸 것으로 알려졌다.",
      "t.txt", "2023-08-30");
  const auto* loss = find_claim(r, "2백억원");
  CHECK_FALSE(loss->forecast);
  CHECK(loss->value->point < 0);
  CHECK(count_rule(r, "stale-forecast") == 0);
}

TEST_CASE("a fall named by a noun after the rate is negative") {
  auto ok = run(
      "For the full year, tablet shipments totalled 128.4 million units in 2023, a 10.1% decrease "
      "from 142.8 million in 2022.");
  CHECK(find_claim(ok, "10.1%")->rate->point < 0);
  CHECK(count_rule(ok, "change-mismatch") == 0);
  auto wrong = run(
      "For the full year, tablet shipments totalled 128.4 million units in 2023, a 20.1% decrease "
      "from 142.8 million in 2022.");
  CHECK(count_rule(wrong, "change-mismatch") == 1);
}

TEST_CASE("units written out and a move from a possessive start") {
  auto r = run(
      "Offshore wind additions are expected to more than triple from last year's 10.8 gigawatts to "
      "24.6 GW in 2027, the consultancy said.",
      "t.txt", "2024-04-04");
  const auto* start = find_claim(r, "10.8 gigawatts");
  REQUIRE(start != nullptr);
  CHECK(start->unit.value_or("") == "GW");
  CHECK(start->move_base);
  CHECK(count_rule(r, "change-mismatch") == 1);
  auto fits = run(
      "Offshore wind additions are expected to more than double from last year's 10.8 gigawatts "
      "to 24.6 GW in 2027, the consultancy said.",
      "t.txt", "2024-04-04");
  CHECK(count_rule(fits, "change-mismatch") == 0);
}
