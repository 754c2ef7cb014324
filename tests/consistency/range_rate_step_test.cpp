// range-rate-step: a rate stated for every year binds each step; an average binds only the span.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::run;

TEST_CASE("a per-year range is checked on every step between figures") {
  auto r =
      run("국내 배터리 시장은 2021년 1조2000억원, 2022년 1조5000억원, 2023년 1조6000억원으로 매년 "
          "15~25%씩 성장했다.");
  REQUIRE(count_rule(r, "range-rate-step") == 1);
  for (const auto& f : r.findings)
    if (f.rule == "range-rate-step") {
      CHECK(f.level == fc::severity::error);
      CHECK(f.explanation.find("0%~13.8%") != std::string::npos);
      CHECK(f.claims.size() == 3);
    }
  auto en = run(
      "The drone market grew 20–30% a year, from $1.00 billion in 2021 to $1.28 billion in 2022 "
      "and $1.45 billion in 2023.");
  CHECK(count_rule(en, "range-rate-step") == 1);
  CHECK(count_rule(en, "cagr-mismatch") == 0);
}

TEST_CASE("an average rate, steps inside the band and two figures stay quiet") {
  CHECK(count_rule(run("국내 배터리 시장은 2021년 1조2000억원, 2022년 1조5000억원, 2023년 "
                       "1조6000억원으로 연평균 15%씩 성장했다."),
                   "range-rate-step") == 0);
  CHECK(count_rule(run("The drone market grew at a CAGR of 16% from $1.00 billion in 2021 to "
                       "$1.25 billion in 2022 and $1.35 billion in 2023."),
                   "range-rate-step") == 0);
  CHECK(count_rule(run("국내 배터리 시장은 2021년 1조2000억원, 2022년 1조4000억원, 2023년 "
                       "1조6000억원으로 매년 15~20%씩 성장했다."),
                   "range-rate-step") == 0);
  CHECK(count_rule(run("The drone market grew 20–30% a year, from $1.00 billion in 2021 to $1.5 "
                       "billion in 2023."),
                   "range-rate-step") == 0);
}

TEST_CASE("a point rate 'a year' is an average; another firm's figures are another series") {
  // Fortune's own path implies 14.5% a year, Precedence's 15.4%: neither binds each step, and
  // neither firm's rate speaks of the other's figures.
  auto en = run(
      "Fortune Business Insights values the global electric bus market at USD 32.6 billion in 2024 "
      "and expects it to grow to USD 96.4 billion by 2032, a CAGR of 14.5% from 2024 to 2032. "
      "Precedence Research puts the 2024 figure considerably higher, at USD 41.8 billion, and "
      "forecasts USD 174.9 billion by 2034, implying growth of 15.4% a year.");
  CHECK(count_rule(en, "range-rate-step") == 0);
  CHECK(count_rule(en, "cagr-mismatch") == 0);
  // A range a year still binds every step, here from premiums, a measure of its own.
  auto broken =
      run("Munich Re expects global cyber insurance premiums to grow 15–20% a year through 2027, "
          "from $15.3 billion in 2024 to $16.3 billion in 2025, $19.1 billion in 2026 and $22.5 "
          "billion in 2027.");
  CHECK(count_rule(broken, "range-rate-step") == 1);
}

TEST_CASE("a forecast rate with no start says nothing of steps that ended before the article") {
  auto r = fc::test::run(
      "Bowling alley revenue rose 9% last year to $4.8 billion from $4.4 billion in 2022, the "
      "association said. It forecasts declines of 1% to 2% a year through 2028, to between $4.35 "
      "billion and $4.57 billion.",
      "t.txt", "2024-06-01");
  CHECK(count_rule(r, "range-rate-step") == 0);
  CHECK(count_rule(r, "growth-contradiction") == 0);
  // Without an article date the years are not known to be past: the step is still checked.
  auto undated = fc::test::run(
      "Bowling alley revenue was $4.4 billion in 2022 and $4.8 billion in 2023; the association "
      "forecasts declines of 1% to 2% a year to between $4.35 billion and $4.57 billion in 2028.");
  CHECK(count_rule(undated, "range-rate-step") == 1);
}
