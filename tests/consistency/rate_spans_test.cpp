// A rate's written span length ("a five-year CAGR", "5년간 연평균"), and the figures it may
// compound: a subject named through a relative clause, a source named by its initials.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("'a five-year CAGR' after a forecast year counts back from it") {
  auto r = run(
      "Global shipments of smart rings fell 12% last year to 5.1 million units, from 5.8 million "
      "in 2023, Intellimark Data Corporation (IDC) said. The firm expects a rebound of 31% this "
      "year, which would lift shipments to about 6.7 million units. Rings stayed a niche of the "
      "wearables business in 2024. Looking further out, IDC forecasts shipments of 14.6 million "
      "units in 2029, a five-year CAGR of 23.4%.",
      "t.txt", "2025-03-10");
  const auto* rate = find_claim(r, "23.4%");
  REQUIRE(rate);
  CHECK(rate->period_from == 2024);
  CHECK(rate->period_to == 2029);
  // 5.1 (2024) → 14.6 (2029) is 23.4% a year: nothing to report.
  CHECK(count_rule(r, "cagr-mismatch") == 0);
  CHECK(r.findings.empty());
  // A rate the five years do not give is still reported.
  auto wrong = run(
      "Global shipments of smart rings fell 12% last year to 5.1 million units, from 5.8 million "
      "in 2023, Intellimark Data Corporation (IDC) said. Looking further out, IDC forecasts "
      "shipments of 14.6 million units in 2029, a five-year CAGR of 28.4%.",
      "t.txt", "2025-03-10");
  CHECK(count_rule(wrong, "cagr-mismatch") == 1);
}

TEST_CASE("'5년간 연평균' after a period's written end counts back from it") {
  auto r = run("국내 수면 보조기기 시장은 2029년까지 5년간 연평균 9.2% 성장할 전망이다.", "t.txt",
               "2025-03-10");
  const auto* rate = find_claim(r, "9.2%");
  REQUIRE(rate);
  CHECK(rate->period_from == 2024);
  CHECK(rate->period_to == 2029);
}

TEST_CASE("a relative clause's verb is no modifier of the subject after it") {
  auto r = run(
      "Global smart ring shipments rose 12% last year to 5.1 million units, Intellimark said. The "
      "firm expects growth of 31% this year, which would lift shipments to about 6.7 million "
      "units.",
      "t.txt", "2025-03-10");
  const auto* level = find_claim(r, "6.7 million units");
  REQUIRE(level);
  REQUIRE(level->subject_key);
  REQUIRE(find_claim(r, "5.1 million units"));
  CHECK(level->subject_key == find_claim(r, "5.1 million units")->subject_key);
}

TEST_CASE("a change in apposition to a dated level is its change from the year before") {
  auto wrong =
      run("Sales of e-cargo bikes in Germany rose to about 212,000 units last year. Velolytics "
          "forecasts sales of 300,000 units this year, a 22% increase.",
          "t.txt", "2025-03-01");
  const auto* rate = find_claim(wrong, "22%");
  REQUIRE(rate);
  CHECK(rate->rate_of == fc::rate_kind::yoy);
  CHECK(rate->period_from == 2024);
  CHECK(count_rule(wrong, "change-mismatch") == 1);
  auto right =
      run("Sales of e-cargo bikes in Germany rose to about 212,000 units last year. Velolytics "
          "forecasts sales of 300,000 units this year, a 42% increase.",
          "t.txt", "2025-03-01");
  CHECK(right.findings.empty());
  // A base written in the sentence is the change's own: nothing is assumed.
  auto based = run(
      "Velolytics forecasts sales of 300,000 units this year, a 22% increase from 246,000 units "
      "in 2023.",
      "t.txt", "2025-03-01");
  CHECK(find_claim(based, "22%")->rate_of != fc::rate_kind::yoy);
}

TEST_CASE("'올해 N대로 M% 늘어날' is the change from last year's level") {
  auto wrong =
      run("지난해 국내 전기 화물자전거 판매량은 2만1200대였다. 업계는 올해 판매량이 3만1000대로 "
          "22% 늘어날 것으로 내다봤다.",
          "t.txt", "2025-03-01");
  const auto* rate = find_claim(wrong, "22%");
  REQUIRE(rate);
  CHECK(rate->period_to == 2025);
  CHECK(count_rule(wrong, "change-mismatch") == 1);
  auto right =
      run("지난해 국내 전기 화물자전거 판매량은 2만1200대였다. 업계는 올해 판매량이 3만1000대로 "
          "46% 늘어날 것으로 내다봤다.",
          "t.txt", "2025-03-01");
  CHECK(right.findings.empty());
}

TEST_CASE("a clause describing a year names no subject of the figure after it") {
  auto wrong =
      run("세계 드론 부품 매출은 올해 820억달러로 집계될 전망이다. 물류용 드론 투자가 본격화하는 "
          "내년에는 980억달러로 올해보다 24% 늘어날 것으로 보인다.",
          "t.txt", "2025-03-01");
  REQUIRE(find_claim(wrong, "980억달러"));
  CHECK(find_claim(wrong, "980억달러")->subject_key == find_claim(wrong, "820억달러")->subject_key);
  CHECK(count_rule(wrong, "change-mismatch") == 1);
  auto right =
      run("세계 드론 부품 매출은 올해 820억달러로 집계될 전망이다. 물류용 드론 투자가 본격화하는 "
          "내년에는 980억달러로 올해보다 19.5% 늘어날 것으로 보인다.",
          "t.txt", "2025-03-01");
  CHECK(right.findings.empty());
}

TEST_CASE("'2년 전(…)' is the figure of two years before its sentence's") {
  auto r =
      run("올해 국내 수면 보조제 시장 규모는 4조2200억원으로 2년 전(4조3100억원)보다 2.1% 줄었다. "
          "내년에는 4조3000억원 안팎으로 소폭 회복할 전망이다.",
          "t.txt", "2024-06-01");
  REQUIRE(find_claim(r, "4조3100억원"));
  CHECK(find_claim(r, "4조3100억원")->year == 2022);
  CHECK(r.findings.empty());
}

TEST_CASE("a bare measure after a Korean topic is the topic's") {
  auto r =
      run("올해 세계 스마트워치 출하량은 1억6200만대로 지난해보다 5.3% 늘 전망이다. 수면 측정 "
          "기능을 앞세운 스마트링은 올해 출하량이 약 210만대로 지난해의 2배 수준이 될 것으로 "
          "보인다.",
          "t.txt", "2024-06-01");
  REQUIRE(find_claim(r, "210만대"));
  CHECK(find_claim(r, "210만대")->subject_key != find_claim(r, "1억6200만대")->subject_key);
  CHECK(count_rule(r, "change-mismatch") == 0);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("'재작년' is the year before last, never 'last year' inside it") {
  auto r = run(
      "한국거래소 집계로는 국내 탄소 크레딧 거래대금이 재작년 3100억원에서 지난해 약 3700억원으로 "
      "19% 늘었다. 관세청에 따르면 지난해 와인 수입액은 4억8000만달러로, 역대 최대였던 "
      "2021년(5억6000만달러) 이후 재작년(5억1000만달러)보다 5.9% 줄었다.",
      "t.txt", "2025-01-14");
  REQUIRE(find_claim(r, "3100억원"));
  CHECK(find_claim(r, "3100억원")->year == 2023);
  CHECK(find_claim(r, "3700억원")->year == 2024);
  CHECK(find_claim(r, "5억1000만달러")->year == 2023);
  CHECK(r.findings.empty());
}

TEST_CASE("'…이던 재작년' names the year of the figure before it") {
  auto r =
      run("지난해 국내 전동 휠체어 시장 규모는 약 2100억원으로, 2600억원이던 재작년보다 19% "
          "줄었다.",
          "t.txt", "2024-03-12");
  REQUIRE(find_claim(r, "2600억원"));
  CHECK(find_claim(r, "2600억원")->year == 2022);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("a topic that opens a quotation is no subject of the quoted rate") {
  auto r = run(
      "우주컨설팅업체 오비탈랩은 세계 위성 발사 서비스 시장이 재작년 42억달러에서 지난해 "
      "50억달러로 커졌으며 2033년에는 약 105억달러에 이를 것으로 내다봤다. 오비탈랩은 이를 두고 "
      "\"앞으로도 매년 15~20%의 고성장이 이어질 것\"이라고 설명했다.",
      "t.txt", "2025-05-01");
  CHECK(count_rule(r, "range-rate-step") == 1);
}

TEST_CASE("a sentence of one measured rate sums up the span the sentence before dates") {
  // 230 / 120 over four years is 17.7% a year; the forecast year written later is no end of it.
  auto fits = run(
      "국내 식물성 음료 시장은 2019년 120억원에서 2023년 230억원으로 커졌다. 연평균으로는 17.7%씩 "
      "성장한 셈이다. 업계는 2027년 시장이 400억원 안팎이 될 것으로 본다.");
  CHECK(count_rule(fits, "cagr-mismatch") == 0);
  auto broken = run(
      "국내 식물성 음료 시장은 2019년 120억원에서 2023년 230억원으로 커졌다. 연평균으로는 30%씩 "
      "성장한 셈이다.");
  CHECK(count_rule(broken, "cagr-mismatch") == 1);
  // A rate that looks ahead is no summary of the years before it.
  auto ahead =
      run("국내 식물성 음료 시장은 2019년 120억원에서 2023년 230억원으로 커졌다. 앞으로는 연평균 "
          "30%씩 성장할 전망이다.");
  CHECK(count_rule(ahead, "cagr-mismatch") == 0);
}

TEST_CASE("'지난해를 기점으로' opens a rate's period by itself") {
  // 4800억원 (2023) → 7000억원 (2028) is 7.8% a year; from the 2022 figure it would be 8.9%.
  auto r = run(
      "국내 스마트 조명 시장은 재작년 4200억원에서 지난해 4800억원으로 커졌다. 업계는 2028년 "
      "시장 규모를 7000억원으로 제시했는데, 지난해를 기점으로 계산하면 연평균 약 7.8%씩 성장하는 "
      "셈이다.",
      "t.txt", "2024-06-01");
  REQUIRE(find_claim(r, "7.8%"));
  CHECK(find_claim(r, "7.8%")->period_from == 2023);
  CHECK(count_rule(r, "cagr-mismatch") == 0);
}
