// Two-digit years placed by the article date (claims layer, claim-language §7.1).
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a two-digit year is placed in the hundred years around the article date") {
  struct {
    const char* sentence;
    const char* date;
    int year;
  } const cases[] = {
      {"'05년 시장은 3조원으로 커질 전망이다.", "2001-05-01", 2005},
      {"99년 시장은 2조원이었다.", "2001-05-01", 1999},
      {"05년 시장은 3조원이었다.", "2024-05-01", 2005},
      {"'50년 시장은 3조원으로 커질 전망이다.", "2024-05-01", 2050},
      {"'50년 시장은 3조원으로 커질 전망이다.", "", 1950},
      {"'60년 시장은 3조원이었다.", "2024-05-01", 1960},
  };
  for (const auto& c : cases) {
    CAPTURE(c.sentence);
    CAPTURE(c.date);
    auto r = run(c.sentence, "t.txt", c.date);
    REQUIRE(r.claims.size() == 1);
    CHECK(r.claims[0].year.value_or(0) == c.year);
  }
  // A span of years ahead still counts from the article date.
  auto ahead = run("10년 뒤 시장은 3조원으로 커질 전망이다.", "t.txt", "2024-05-01");
  REQUIRE(ahead.claims.size() == 1);
  CHECK(ahead.claims[0].year.value_or(0) == 2034);
}

TEST_CASE("a rate's period is the last range written before it, never a quoted title's") {
  auto two =
      run("보고서는 세계 시장 규모를 2025년 33억 달러, 2030년 122억 달러, 2040년 574억 달러로 "
          "제시했다. 2025~2030년 5년 사이에만 3.7배로 커지고, 2030~2040년에도 연평균 16.7%씩 "
          "성장한다는 계산이다.",
          "t.txt", "2025-05-15");
  CHECK(count_rule(two, "cagr-mismatch") == 0);
  auto title =
      run("한국IT서비스연구소는 '국내 클라우드 시장 전망 2022~2026' 보고서를 내고 국내 퍼블릭 "
          "클라우드 시장이 지난해 3조 5000억 원에서 연평균 19.8% 성장해 2026년 7조 2000억 원에 "
          "이를 것으로 내다봤다.",
          "t.txt", "2022-03-02");
  // No period written: 19.8% fits only over four years, not the five from the 2021 figure.
  CHECK(count_rule(title, "cagr-period-convention") == 1);
}

TEST_CASE("'by the same year' takes the latest year written before the figure") {
  auto r =
      run("Kestrel expects the market to reach $8 billion by 2030, seven times last year's level; "
          "Marlow sees as much as $12 billion by the same year.",
          "t.txt", "2024-11-18");
  REQUIRE(find_claim(r, "$12 billion"));
  CHECK(find_claim(r, "$12 billion")->year.value_or(0) == 2030);
  CHECK(find_claim(r, "$12 billion")->year_relation == "by");
}

TEST_CASE("'ending the forecast period at X' is the level at the span's end") {
  auto r = run(
      "The global padel market, estimated at $3.2 billion this year, is expected to grow at a CAGR "
      "of 14% over 2024-2030, ending the forecast period at $7.0 billion.",
      "t.txt", "2024-06-01");
  REQUIRE(find_claim(r, "$7.0 billion"));
  CHECK(find_claim(r, "$7.0 billion")->year.value_or(0) == 2030);
  CHECK(r.findings.empty());
}

TEST_CASE("a year after 'since' starts a period and dates no level after it") {
  auto r = run(
      "Vietnam's coffee exports rebounded last year for the first time since 2017, rising 14.4% to "
      "$2.30 billion from $2.01 billion in 2023.",
      "t.txt", "2025-02-01");
  REQUIRE(find_claim(r, "$2.30 billion"));
  CHECK(find_claim(r, "$2.30 billion")->year.value_or(0) == 2024);
  CHECK(r.findings.empty());
}

TEST_CASE("a relative year past the figure's participle, after the measure it is written in") {
  auto r = run(
      "Kestrel says the padel market could reach $60 billion by 2030, more than 12-fold the "
      "roughly $4.5 billion in sales recorded last year — an implied growth rate of close to 50% a "
      "year.",
      "t.txt", "2024-06-01");
  REQUIRE(find_claim(r, "$4.5 billion"));
  CHECK(find_claim(r, "$4.5 billion")->year.value_or(0) == 2023);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}
