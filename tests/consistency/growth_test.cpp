// The consistency rules on our own sentences: firing cases, near misses and rounding edges.
#include <doctest/doctest.h>

#include "../support.hpp"
#include "rules/pairs.hpp"

using fc::test::count_rule;
using fc::test::run;

TEST_CASE("a stated CAGR the figures cannot reach is a cagr-mismatch") {
  auto r =
      run("The global market was valued at USD 10.8 billion in 2022 and is expected to reach "
          "USD 51.8 billion by 2028, a CAGR of 34.6%.");
  REQUIRE(count_rule(r, "cagr-mismatch") == 1);
  const auto& f = r.findings[0];
  CHECK(f.claims.size() == 3);
  CHECK(f.message.find("29.9%") != std::string::npos);
}

TEST_CASE("rounding edge: stated 17% with figures implying 16.6% is consistent") {
  // 10.0억 → 21.6억 over 5 years: (2.16)^(1/5) − 1 = 16.65%.
  auto r = run(
      "국내 로봇 시장은 2023년 10.0억 달러에서 2028년 21.6억 달러로 연평균 17% 성장할 전망이다.");
  CHECK(r.findings.empty());
}

TEST_CASE("rounding edge: stated 17% with figures implying 15.9% is not") {
  // 10.0억 → 20.9억: (2.09)^(1/5) − 1 = 15.89%; even the widest reading stays below 16.5%.
  auto r = run(
      "국내 로봇 시장은 2023년 10.0억 달러에서 2028년 20.9억 달러로 연평균 17% 성장할 전망이다.");
  CHECK(count_rule(r, "cagr-mismatch") == 1);
}

TEST_CASE("base-year convention: a CAGR period starting a year after the base is accepted") {
  auto r =
      run("The market, valued at $2.1 billion in 2022, will reach $6.7 billion by 2032 "
          "(CAGR 12.3%, 2023–2032).");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == "period-mismatch");
  CHECK(r.findings[0].level == fc::severity::info);
}

TEST_CASE("figures of unrelated sentences are not bound to a rate") {
  auto r = run(
      "The market was $5 billion in 2020.\n\nOther news follows here.\n\n"
      "A separate survey found 40% growth is expected.\n\nThe market hit $5.1 billion in 2023.");
  CHECK(count_rule(r, "cagr-mismatch") == 0);
  CHECK(count_rule(r, "growth-contradiction") == 0);
}

TEST_CASE("two figures for one year that cannot overlap disagree") {
  auto r =
      run("국내 시장 규모는 2025년 3조2000억원으로 추산됐다. 다른 조사에서 국내 시장 규모는 2025년 "
          "2조8000억원이었다.");
  CHECK(count_rule(r, "figure-disagreement") == 1);
}

TEST_CASE("a CAGR that fits only from the year after the base figure is a warning naming it") {
  // (2,890.5 / 321.8)^(1/7) − 1 = 36.8%: the rate of 2023–2030, the base being 2022. The text
  // states no period, so the one-year-shorter count is a convention, said out loud.
  auto r =
      run("세계 AR 시장은 2022년 약 321억 8천만 달러에서 2030년까지 연평균 36.8%씩 성장해 약 "
          "2,890억 5천만 달러에 이를 전망이다.");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == "cagr-period-convention");
  CHECK(r.findings[0].level == fc::severity::warning);
  CHECK(r.findings[0].message.find("7년(2023~2030년)") != std::string::npos);
}

TEST_CASE("the same rate with its period stated is no warning") {
  auto r =
      run("세계 AR 시장은 2022년 약 321억 8천만 달러에서 2023~2030년 연평균 36.8%씩 성장해 약 "
          "2,890억 5천만 달러에 이를 전망이다.");
  CHECK(count_rule(r, "cagr-period-convention") == 0);
  CHECK(count_rule(r, "cagr-mismatch") == 0);
  CHECK(count_rule(r, "period-mismatch") == 1);
}

TEST_CASE("a rate a few tenths off the figures is a rounding warning, not silence") {
  // (10.31 / 2.14)^(1/8) − 1 = 21.72%: every rounding of the figures allows 21.68%–21.76%.
  auto r =
      run("The global marine robotics market is set to grow from USD 2.14 billion in 2022 "
          "to USD 10.31 billion by 2030, a CAGR of 22.1%.");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == "cagr-rounding");
  CHECK(r.findings[0].explanation.find("22.05%–22.15%") != std::string::npos);
}

TEST_CASE("a rate between the two readings fits neither and still fires") {
  // n = 6 implies 29.9% and n = 5 implies 36.8%: 34.6% matches neither.
  auto r =
      run("The market was valued at USD 10.8 billion in 2022 and is expected to reach USD 51.8 "
          "billion by 2028, a CAGR of 34.6%.");
  CHECK(count_rule(r, "cagr-mismatch") == 1);
}

TEST_CASE("moves between two levels are not ranges") {
  auto r = run("Market share rose from 10% to 15%, a 5 percentage point gain.");
  REQUIRE(r.claims.size() == 3);
  CHECK(r.claims[0].text == "10%");
  CHECK(r.claims[1].text == "15%");
  auto range = run("The deal values the company at $4.5bn-$5bn.");
  REQUIRE(range.claims.size() == 1);
  CHECK(*range.claims[0].value->high == doctest::Approx(5e9));
}

TEST_CASE("a rate reaches the figure stated a few sentences later") {
  const char* text =
      "The global AI market was estimated at USD 196.63 billion in 2023 and is projected to grow "
      "at a CAGR of {} from 2024 to 2030. North America accounted for a revenue share of 36.8%. "
      "The market is expected to reach USD 1,811.8 billion by 2030.";
  auto with = [&](const char* rate) {
    std::string t(text);
    t.replace(t.find("{}"), 2, rate);
    return run(t);
  };
  CHECK(count_rule(with("36.6%"), "cagr-mismatch") == 0);  // implied 37.3%: within tolerance
  CHECK(count_rule(with("33.6%"), "cagr-mismatch") == 1);
}

TEST_CASE("a bare market subject takes the market named in the next sentence") {
  auto r =
      run("리포트링커는 2028년 시장 규모를 10억달러로 예측했고, 그랜드 뷰 리서치는 2023년까지 "
          "14억달러에 이를 것으로 내다봤다. 양사 모두 생성 AI 시장이 연평균 약 17%씩 성장할 "
          "것으로 봤다.");
  CHECK(count_rule(r, "growth-contradiction") == 1);
  CHECK(r.claims[0].subject.value_or("") == "생성 AI 시장");
}

TEST_CASE("a change written before the move it describes ('doubled from A to B') is checked") {
  auto r = fc::test::run(
      "The market is expected to double from $5.0 billion in 2023 to $15.0 billion in 2028.");
  CHECK(fc::test::count_rule(r, "change-mismatch") == 1);
  auto ok = fc::test::run(
      "The market is expected to triple from $5.0 billion in 2023 to $15.0 billion in 2028.");
  CHECK(fc::test::count_rule(ok, "change-mismatch") == 0);
  // A change before figures that are not its move is left alone.
  auto other = fc::test::run(
      "Sales doubled in 2020, and the firm expects $5.0 billion in 2025 and $15.0 billion in "
      "2030.");
  CHECK(fc::test::count_rule(other, "change-mismatch") == 0);
}

TEST_CASE("year-over-year changes against the prior year's figure written beside them") {
  using fc::test::count_rule;
  using fc::test::run;
  // 66조1930억 / 32조7657억 = 2.02: "52%" is wrong, "102%" right.
  CHECK(count_rule(run("SK하이닉스의 2024년 매출은 66조1930억 원으로 전년(32조7657억 원) 대비 52% "
                       "증가했다."),
                   "change-mismatch") == 1);
  CHECK(count_rule(run("SK하이닉스의 2024년 매출은 66조1930억 원으로 전년(32조7657억 원) 대비 102% "
                       "증가했다."),
                   "change-mismatch") == 0);
  CHECK(count_rule(run("Data center revenue doubled to $30.8 billion in 2024, from $10.3 billion a "
                       "year earlier."),
                   "change-mismatch") == 1);
  CHECK(count_rule(run("Acme reported fiscal 2024 revenue of $3.49 billion, up 8% from $2.96 "
                       "billion a year earlier."),
                   "change-mismatch") == 1);
  CHECK(count_rule(run("Acme reported fiscal 2024 revenue of $3.49 billion, up 18% from $2.96 "
                       "billion a year earlier."),
                   "change-mismatch") == 0);
  auto units =
      run("Heat pump sales fell 31% to 2.64 million units in 2024 from 3.34 million in 2023.");
  REQUIRE(fc::test::find_claim(units, "3.34 million"));
  CHECK(count_rule(units, "change-mismatch") == 1);  // it is -21%
}

TEST_CASE("shares: the rest of a list in the next sentence, and a stated gap in points") {
  using fc::test::count_rule;
  using fc::test::run;
  CHECK(count_rule(
            run("Apple led the smartphone market with a 20% share, followed by Samsung at 19%, "
                "Xiaomi at 14% and vivo at 8%. The remaining vendors accounted for 49%."),
            "share-overflow") == 1);
  CHECK(count_rule(
            run("Apple led the smartphone market with a 20% share, followed by Samsung at 19%, "
                "Xiaomi at 14% and vivo at 8%. The remaining vendors accounted for 39%."),
            "share-overflow") == 0);
  CHECK(count_rule(run("애플의 점유율은 22%로 전년 동기(17%)보다 8%포인트 상승했다."),
                   "change-mismatch") == 1);
  CHECK(count_rule(run("애플의 점유율은 22%로 전년 동기(17%)보다 5%포인트 상승했다."),
                   "change-mismatch") == 0);
}

TEST_CASE("a source's short name is the same source: its two figures disagree as an error") {
  auto r =
      run("한국해양수산개발원은 2025년 국내 크루즈 시장 규모를 1조4000억원으로 추산했다. 같은 "
          "자료에서 개발원은 2025년 국내 크루즈 시장 규모가 1조1000억원에 머물 것이라고 밝혔다.");
  REQUIRE(count_rule(r, "figure-disagreement") == 1);
  for (const auto& f : r.findings)
    if (f.rule == "figure-disagreement") CHECK(f.level == fc::severity::error);
  CHECK(fc::rules::same_source(std::string("Gartner"), std::string("Gartner Inc.")));
  CHECK_FALSE(fc::rules::same_source(std::string("원"), std::string("한국개발원")));
  CHECK_FALSE(fc::rules::same_source(std::string("IDC"), std::string("Gartner")));
}

TEST_CASE("a rate with no period compounds from a later figure when that one fits as written") {
  auto r =
      run("We estimate the U.S. telehealth market at $18.6 billion in 2020, roughly triple its "
          "2019 size of $6.1 billion, and forecast $63.4 billion in 2026 — growth of about "
          "22.7% a year.",
          "t.txt", "2021-01-10");
  CHECK(count_rule(r, "cagr-mismatch") == 0);
  auto wrong =
      run("We estimate the U.S. telehealth market at $18.6 billion in 2020, roughly triple "
          "its 2019 size of $6.1 billion, and forecast $63.4 billion in 2026 — growth of "
          "about 12.7% a year.",
          "t.txt", "2021-01-10");
  CHECK(count_rule(wrong, "cagr-mismatch") == 1);
}

TEST_CASE("a source's rate compounds its own figures, not a rival's") {
  auto r =
      run("Lab-grown diamond jewelry sales reached $12.0 billion worldwide in 2023, according "
          "to Carraway Research. Facet Intelligence forecasts $21.5 billion in 2028, a compound "
          "annual growth rate of 9.3%.",
          "t.txt", "2024-02-01");
  // Facet may start from a 2023 estimate of its own: a warning that names both sources.
  REQUIRE(count_rule(r, "cagr-mismatch") == 1);
  CHECK(r.findings[0].level == fc::severity::warning);
  CHECK(r.findings[0].explanation.find("Carraway") != std::string::npos);
  CHECK(r.findings[0].explanation.find("Facet") != std::string::npos);
  auto own =
      run("Lab-grown diamond jewelry sales reached $12.0 billion worldwide in 2023, according "
          "to Carraway Research. Facet Intelligence forecasts $21.5 billion in 2028, a compound "
          "annual growth rate of 12.4%.",
          "t.txt", "2024-02-01");
  CHECK(own.findings.empty());
}

TEST_CASE("a period written before a move gives the move's figures its two ends") {
  auto r =
      run("The global pet insurance market will expand at a compound annual rate of 11.5% "
          "between 2024 and 2030, from $14.2 billion to $38.9 billion, according to Calloway.",
          "t.txt", "2025-01-10");
  CHECK(count_rule(r, "cagr-mismatch") == 1);
  auto fits =
      run("The global pet insurance market will expand at a compound annual rate of 18.3% "
          "between 2024 and 2030, from $14.2 billion to $38.9 billion, according to "
          "Calloway.",
          "t.txt", "2025-01-10");
  CHECK(count_rule(fits, "cagr-mismatch") == 0);
  CHECK(fits.findings.empty());
}
