// Whether a figure is a forecast, and whose it is, from the words around it.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("'것으로' looks ahead only after the future adnominal") {
  auto past =
      run("국내 시장은 지난해 기준 4200억 원 안팎에 머문 것으로 파악된다.", "t.txt", "2020-02-18");
  REQUIRE(find_claim(past, "4200억 원"));
  CHECK_FALSE(find_claim(past, "4200억 원")->forecast);
  CHECK(count_rule(past, "stale-forecast") == 0);
  auto ahead = run("국내 시장은 올해 5000억 원에 이를 것으로 파악된다.", "t.txt", "2020-02-18");
  REQUIRE(find_claim(ahead, "5000억 원"));
  CHECK(find_claim(ahead, "5000억 원")->forecast);
}

TEST_CASE("a closing 'X estimates' stands behind the figures before it") {
  auto r =
      run("The market will be worth $71.9 billion in 2028, up from $48.6 billion in 2022, Kestrel "
          "Research estimates, implying annual growth of 6.7%. Rival house Larchmont, which "
          "excludes fragrances, puts the 2028 figure at $58 billion.");
  REQUIRE(find_claim(r, "$71.9 billion"));
  CHECK(find_claim(r, "$71.9 billion")->source == "Kestrel Research");
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("a figure 'in the year just ended' is the year before the sentence's other") {
  auto r =
      run("Kirasawa forecast revenue of ¥1.32 trillion for the fiscal year ending March 2026, up "
          "6.5% from ¥1.24 trillion in the year just ended.",
          "t.txt", "2025-05-13");
  REQUIRE(find_claim(r, "¥1.24 trillion"));
  CHECK(find_claim(r, "¥1.24 trillion")->year == 2025);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("'보인다' after a past adnominal is an estimate of the past, not a forecast") {
  auto past = run("지난해 시장은 4200억 원으로 늘어난 것으로 보인다.", "t.txt", "2020-02-18");
  REQUIRE(find_claim(past, "4200억 원"));
  CHECK_FALSE(find_claim(past, "4200억 원")->forecast);
  CHECK(past.findings.empty());
  auto ahead = run("올해 시장은 5000억 원으로 늘어날 것으로 보인다.", "t.txt", "2020-02-18");
  REQUIRE(find_claim(ahead, "5000억 원"));
  CHECK(find_claim(ahead, "5000억 원")->forecast);
}

TEST_CASE("'was valued at' reports a measured level, whatever a report's title forecasts") {
  auto r = run(
      "According to \"Padel Equipment Market: Industry Forecast, 2024-2031,\" the global padel "
      "equipment market was valued at $1.2 billion in 2023 and is projected to reach $2.9 billion "
      "by 2031.",
      "t.txt", "2024-06-01");
  REQUIRE(find_claim(r, "$1.2 billion"));
  CHECK_FALSE(find_claim(r, "$1.2 billion")->forecast);
  CHECK(find_claim(r, "$2.9 billion")->forecast);
  CHECK(count_rule(r, "stale-forecast") == 0);
}

TEST_CASE("a named CAGR after a share verb is a rate, of the subject named before") {
  auto r = run(
      "The global padel market is projected to climb from $1.6 billion in 2023 to $4.2 billion by "
      "2032. That trajectory, the firm said, represents a CAGR of 15.2% over 2023-2032, "
      "underpinned by rising demand for court capacity.");
  const auto* c = find_claim(r, "15.2%");
  REQUIRE(c);
  CHECK(c->kind == fc::claim_kind::growth);
  CHECK(c->rate_of == fc::rate_kind::cagr);
  CHECK(count_rule(r, "cagr-mismatch") == 1);  // the figures imply 11.3% a year
}
