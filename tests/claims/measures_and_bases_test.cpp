// What a figure measures and what it is measured against: a profit is no whole of sales, a
// rate names its own measure after it, a change against an earlier estimate links no two dated
// levels, and a figure converted in brackets is in a currency of its own.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a share of the total is of the sales measured before it, never of a profit") {
  auto r =
      run("한빛전자는 3분기 매출이 2조1000억원으로 집계됐고, 영업이익은 1,500억원이었다고 밝혔다. "
          "배터리 부문 매출은 9,200억원으로 전체의 44%를 차지했다.",
          "t.txt", "2025-10-30");
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
  CHECK(count_rule(r, "share-mismatch") == 0);
  auto e =
      run("Acme said quarterly revenue reached $5.0 billion and operating profit was $0.6 billion. "
          "Its storage unit's sales were $2.2 billion, 44% of the total.",
          "t.txt", "2025-10-30");
  CHECK(count_rule(e, "part-exceeds-whole") == 0);
  CHECK(count_rule(e, "share-mismatch") == 0);
}

TEST_CASE("a rate measures the noun phrase its words name after it") {
  auto r = run(
      "The Bureau projects provincial spending on transit of C$4.1 billion in fiscal 2026, up from "
      "C$3.0 billion in fiscal 2021, which works out to annual growth of 6.4%, well ahead of its "
      "2.2% forecast for overall program spending.",
      "t.txt", "2025-05-06");
  CHECK(count_rule(r, "cagr-mismatch") == 0);
  CHECK(find_claim(r, "2.2%")->subject_key != find_claim(r, "C$4.1 billion")->subject_key);
}

TEST_CASE("a change against an earlier estimate or consensus links no two dated levels") {
  auto r = run(
      "\"We now forecast Nordic heat-pump sales of 420,000 units in 2030, up from 250,000 units in "
      "2024 and 9% above our previous estimate,\" Acme analysts wrote.",
      "t.txt", "2025-11-05");
  CHECK(find_claim(r, "9%")->other_basis);
  CHECK(count_rule(r, "change-mismatch") == 0);
  auto k = run("한빛리서치는 2030년 시장 규모를 기존 전망치보다 9% 높은 42억 달러로 제시했다.",
               "t.txt", "2025-11-05");
  CHECK(find_claim(k, "9%")->other_basis);
}

TEST_CASE("a Korean amount converted in brackets is in a currency of its own") {
  auto r = run(
      "한빛리서치에 따르면 2024년 말레이시아 화장품 시장 규모는 약 30억 링깃(약 6억5000만 "
      "달러)으로 "
      "집계됐다. 한빛리서치는 이 시장이 2029년까지 연평균 6% 성장해 약 8억7000만 달러 규모에 이를 "
      "것으로 내다봤다.",
      "t.txt", "2025-04-18");
  CHECK(find_claim(r, "30억 링깃")->currency == "MYR");
  CHECK(count_rule(r, "growth-contradiction") == 0);
  // With an unknown currency word, the figure takes no currency from its bracket.
  auto u = run("2024년 시장 규모는 약 52조 동(약 21억 달러)으로 집계됐다.", "t.txt", "2025-04-18");
  const auto* c = find_claim(u, "52조");
  CHECK((c == nullptr || c->currency != "USD"));
}

TEST_CASE("a name before a polite-style verb of estimating is the source") {
  auto r =
      run("가람리서치는 국내 데이터센터 시장이 2029년 12조 원으로 성장할 것으로 내다봤습니다. 반면 "
          "한빛협회는 2029년 시장 규모를 10조 원 안팎으로 봤습니다.",
          "t.txt", "2026-01-15");
  CHECK(*find_claim(r, "10조 원")->source == "한빛협회");
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("a forecast a revision replaced is superseded, however the text dates or names it") {
  auto r = run(
      "Global drone sales are set to rise 12% this year to $48 billion, Acme Council said, raising "
      "its June forecast of $45 billion. The council had earlier pencilled in $44 billion for next "
      "year but now sees $53 billion.",
      "t.txt", "2025-12-03");
  CHECK(find_claim(r, "$45 billion")->superseded);
  CHECK(find_claim(r, "$44 billion")->superseded);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("the second verb of a relative clause about a name is that name's") {
  auto r = run(
      "Drone sales will reach $53 billion in 2026, the Acme Council said. \"Demand is broad,\" "
      "said Jo Lee, an analyst at Beta Capital, which is more bullish and sees 2026 sales of $56 "
      "billion.",
      "t.txt", "2025-12-03");
  CHECK(*find_claim(r, "$56 billion")->source == "Beta Capital");
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("a share of the present is no item of a later year's list") {
  auto r = run(
      "한빛리서치는 올해 약 8천억원 수준인 수소충전 시장이 연평균 15% 성장할 것으로 내다봤다. "
      "현재는 "
      "승용차 충전이 매출의 약 55%를 차지하고 있지만, 2030년에는 상용차 충전 비중이 60%까지 올라설 "
      "것으로 봤다.",
      "t.txt", "2024-11-05");
  CHECK(count_rule(r, "share-overflow") == 0);
  CHECK(*find_claim(r, "15%")->subject == "수소충전 시장");
  auto e =
      run("현재 승용차 충전이 매출의 55%, 상용차 충전이 60%를 차지한다.", "t.txt", "2024-11-05");
  CHECK(count_rule(e, "share-overflow") == 1);
}

TEST_CASE("items of a ratio named as the topic, and a share naming its whole after 'of'") {
  auto ko =
      run("한빛협회에 따르면 국내 스마트농업 매출은 지난해 2조1천억원이었다. 분야별 비중은 센서 등 "
          "하드웨어가 45.2%, 플랫폼이 33.5%, 서비스가 25.1%였다.",
          "t.txt", "2025-12-10");
  CHECK(find_claim(ko, "45.2%")->kind == fc::claim_kind::share);
  CHECK(count_rule(ko, "share-overflow") == 1);
  auto en =
      run("Ride-hailing bookings in the region rose 5% to $9.1 billion in 2023, according to "
          "Jakarta-based research firm Acme Insights. Indonesia was the largest market with 35% of "
          "GMV, followed by Vietnam at 30%, Thailand at 25% and Malaysia at 14%.",
          "t.txt", "2024-09-05");
  CHECK(*find_claim(en, "$9.1 billion")->source == "Acme Insights");
  CHECK(count_rule(en, "share-overflow") == 1);
}

TEST_CASE("a band around a figure, an annual noun after a rate, and scenario rates") {
  auto band = run(
      "Acme guided first-quarter revenue to $3.1 billion, plus or minus $100 million, roughly 24% "
      "above the $2.5 billion it booked a year earlier.",
      "t.txt", "2026-01-29");
  CHECK(find_claim(band, "$100 million") == nullptr);
  CHECK(count_rule(band, "change-mismatch") == 0);
  auto clip =
      run("The market for custom accelerators would grow from about $45 billion in 2025 to $150 "
          "billion in 2030, a roughly 27% annual clip.",
          "t.txt", "2026-01-29");
  CHECK(find_claim(clip, "27%")->rate_of == fc::rate_kind::cagr);
  CHECK(count_rule(clip, "change-mismatch") == 0);
  auto ko = run(
      "한빛증권은 세계 수소 시장이 지난해 580억 달러에서 2030년 낙관 시나리오 1,450억 달러, 보수 "
      "시나리오 1,030억 달러로 커질 것으로 전망했는데, 연평균 성장률로는 각각 20.1%, 12.2%다.",
      "t.txt", "2026-03-09");
  CHECK(count_rule(ko, "cagr-mismatch") == 0);
}

TEST_CASE("a share with the amount it comes to in brackets after it") {
  auto r = run(
      "가람리서치에 따르면 세계 선박 시장은 2030년 3,120억 달러로 커질 전망이다. 2030년에는 LNG "
      "추진선이 약 40%(1,250억 달러)로 가장 큰 비중을 점할 전망이다.",
      "t.txt", "2024-09-25");
  CHECK(find_claim(r, "40%")->kind == fc::claim_kind::share);
  CHECK(r.findings.empty());
  auto off = run(
      "가람리서치에 따르면 세계 선박 시장은 2030년 3,120억 달러로 커질 전망이다. 2030년에는 LNG "
      "추진선이 약 40%(1,500억 달러)로 가장 큰 비중을 점할 전망이다.",
      "t.txt", "2024-09-25");
  CHECK(count_rule(off, "share-mismatch") == 1);
}

TEST_CASE("a rate's span written after it ends at the latest level dated before it") {
  auto r = run(
      "India's e-bus market touched Rs 4,850 crore in FY25, up 24% from Rs 3,900 crore a year "
      "earlier, and is on track to reach Rs 19,500 crore by FY30, according to Acme Research. That "
      "implies a CAGR of about 32% over the five years.",
      "t.txt", "2026-03-09");
  CHECK(find_claim(r, "32%")->period_from == 2025);
  CHECK(count_rule(r, "cagr-mismatch") == 0);
}

TEST_CASE("a revision's start that its sentence does not repeat is the forecast replaced") {
  auto r = run(
      "アクメ総研は、国内の水素市場が2030年度に4兆8,500億円に拡大すると予測する。前回調査時点の30年"
      "度予測である3兆9,000億円から大幅に上方修正した。",
      "t.txt", "2025-03-12");
  CHECK(find_claim(r, "3兆9,000億円")->superseded);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("a move with its compound rate in a sentence that names no subject is one measure") {
  auto r = run(
      "The value of used tractors imported into East Africa is set to climb from US$2.4 billion in "
      "2023 to US$3.9 billion by 2030, a compound annual growth rate of 8.4%, Acme said.",
      "t.txt", "2024-06-20");
  CHECK(count_rule(r, "cagr-period-convention") == 1);
  auto ok = run(
      "The value of used tractors imported into East Africa is set to climb from US$2.4 billion in "
      "2023 to US$3.9 billion by 2030, a compound annual growth rate of 7.2%, Acme said.",
      "t.txt", "2024-06-20");
  CHECK(ok.findings.empty());
}
