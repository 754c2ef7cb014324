// A revised forecast's old figure, reports that are not forecasts, a fall named by a noun,
// physical units written out, and a move whose start follows a possessive: read from wordings
// of wire copy, in both languages where the construction exists in both.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("the start of a revised move is the forecast it replaced") {
  auto ko =
      run("트렌드포스는 올해 세계 로봇청소기 출하량 전망치를 기존 2천200만대에서 1천900만대로 하향 "
          "조정했다고 밝혔다.",
          "t.txt", "2024-05-02");
  CHECK(find_claim(ko, "2천200만대")->superseded);
  CHECK(count_rule(ko, "figure-disagreement") == 0);
  auto en =
      run("IDC raised its forecast for 2025 global AI spending from $227 billion to $264 billion, "
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
  auto r =
      run("국내 밀키트 시장은 지난해 3천1백억원으로 줄었다. 업계 1위 업체는 지난해 2백억원대 "
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

TEST_CASE("a year-on-year rate after a dated level is held to the level of the year before") {
  auto ko = run(
      "국내 캠핑용품 시장은 지난해 5조2000억원으로 커졌다. 협회는 올해 시장 규모가 6조1000억원으로 "
      "전년 대비 40% 늘어날 것으로 내다봤다.",
      "t.txt", "2024-05-20");
  const auto* rate = find_claim(ko, "40%");
  CHECK(rate->period_from == 2023);
  CHECK(rate->period_to == 2024);
  CHECK(count_rule(ko, "change-mismatch") == 1);
  auto fits = run(
      "국내 캠핑용품 시장은 지난해 5조2000억원으로 커졌다. 협회는 올해 시장 규모가 6조1000억원으로 "
      "전년 대비 17% 늘어날 것으로 내다봤다.",
      "t.txt", "2024-05-20");
  CHECK(count_rule(fits, "change-mismatch") == 0);
  auto en =
      run("The camping gear market was worth $5.2 billion last year. The association expects the "
          "market to reach $6.1 billion this year, up 40% year on year.",
          "t.txt", "2024-05-20");
  CHECK(count_rule(en, "change-mismatch") == 1);
}

TEST_CASE("a region ranked the largest is a part of the global move's start") {
  auto r =
      run("마켓앤마켓에 따르면 글로벌 수직농장 시장은 올해 58억달러에서 2028년 160억달러로 성장할 "
          "전망이다. 지역별로는 북미 시장이 올해 61억달러로 가장 큰 비중을 차지한다.",
          "t.txt", "2023-07-27");
  CHECK(find_claim(r, "61억달러")->subject.value_or("") == "북미 시장");
  CHECK(count_rule(r, "part-exceeds-whole") == 1);
}

TEST_CASE("a move's direction is read from its own words, not the sentence's other clauses") {
  auto r = run(
      "The global robot lawnmower market is expected to grow from USD 3.9 billion in 2022 to USD "
      "3.1 billion by 2028, helped by rising labour costs and falling battery prices, according to "
      "MarketsandMarkets.",
      "t.txt", "2023-01-10");
  CHECK(count_rule(r, "move-direction") == 1);
  auto fits = run(
      "The global robot lawnmower market is expected to grow from USD 3.9 billion in 2022 to USD "
      "5.1 billion by 2028, helped by rising labour costs and falling battery prices, according to "
      "MarketsandMarkets.",
      "t.txt", "2023-01-10");
  CHECK(count_rule(fits, "move-direction") == 0);
}

TEST_CASE("a compound rate written with a move compounds over that move") {
  // 2.31 → 8.12 over 2024–2032 is 17.0%; from the 2023 figure it would be 17.2%.
  auto r = run(
      "The global drone delivery market size was valued at USD 1.95 billion in 2023 and is "
      "projected to grow from USD 2.31 billion in 2024 to USD 8.12 billion by 2032, exhibiting a "
      "CAGR of 17.0% during the forecast period.",
      "t.txt", "2024-06-01");
  CHECK(find_claim(r, "17.0%")->rate_move == std::pair{2024, 2032});
  CHECK(count_rule(r, "cagr-mismatch") + count_rule(r, "cagr-rounding") == 0);
  auto wrong = run(
      "The global drone delivery market size was valued at USD 1.95 billion in 2023 and is "
      "projected to grow from USD 2.31 billion in 2024 to USD 8.12 billion by 2032, exhibiting a "
      "CAGR of 21.0% during the forecast period.",
      "t.txt", "2024-06-01");
  CHECK(count_rule(wrong, "cagr-mismatch") == 1);
}

TEST_CASE("a relative clause's verb names its publisher, and the market is the last market") {
  auto r = run(
      "Precedence Research values the global smart ring market at $0.21 billion in 2023. Oura "
      "said quarterly revenue rose 30%. Still, Precedence Research, which puts the 2023 market at "
      "$0.35 billion, expects strong growth.",
      "t.txt", "2024-02-01");
  const auto* second = find_claim(r, "$0.35 billion");
  CHECK(second->source.value_or("") == "Precedence Research");
  CHECK(second->subject_key == find_claim(r, "$0.21 billion")->subject_key);
  CHECK(count_rule(r, "figure-disagreement") == 1);
}

TEST_CASE("'That represents a CAGR' refers to the move of the sentence before") {
  auto r = run(
      "Vertical farming revenue is expected to rise from $5.6 billion in 2023 to $11.2 billion in "
      "2030, the firm said. That represents a compound annual growth rate of 16%.",
      "t.txt", "2024-01-01");
  CHECK(find_claim(r, "16%")->subject_key == find_claim(r, "$5.6 billion")->subject_key);
  CHECK(count_rule(r, "cagr-mismatch") == 1);
  auto fits = run(
      "Vertical farming revenue is expected to rise from $5.6 billion in 2023 to $11.2 billion in "
      "2030, the firm said. That represents a compound annual growth rate of 10.4%.",
      "t.txt", "2024-01-01");
  CHECK(count_rule(fits, "cagr-mismatch") + count_rule(fits, "cagr-rounding") == 0);
}

TEST_CASE("Korean: a revision's earlier forecast, a closed clause, a measure named again bare") {
  auto revised = run(
      "한국IDC는 국내 클라우드 시장이 2028년 8조4천억원에 이를 것이라고 밝혔다. 이는 지난해 제시한 "
      "2028년 전망치 6조원보다 40% 상향 조정된 수치다.",
      "t.txt", "2025-10-21");
  CHECK(find_claim(revised, "6조원")->superseded);
  CHECK(count_rule(revised, "figure-disagreement") == 0);
  auto closed = run(
      "A사는 지난해 매출 2조2천840억원, 영업이익 6천472억원을 기록했으며, 올해 유럽에서 신제품을 "
      "출시할 계획이다.",
      "t.txt", "2023-03-15");
  CHECK_FALSE(find_claim(closed, "6천472억원")->forecast);
  CHECK(count_rule(closed, "stale-forecast") == 0);
  auto bare =
      run("지난해 화장품 수출액은 102억달러로 전년 대비 32.5% 증가했다. 중국이 25억달러로 1위였다. "
          "2023년 수출액이 85억달러였던 점을 감안하면 크게 늘었다.",
          "t.txt", "2025-02-18");
  CHECK(find_claim(bare, "85억달러")->subject_key == find_claim(bare, "102억달러")->subject_key);
  CHECK(count_rule(bare, "change-mismatch") == 1);
}

TEST_CASE("'같은 해' takes the year named last, whatever figure it dated") {
  auto r = run(
      "SNE리서치는 세계 분리막 시장이 2030년 300억달러에 이를 것으로 내다봤다. 이 중 습식 분리막이 "
      "2030년 전체의 70%가량을 차지할 것으로 분석됐다. 반면 옴디아는 같은 해 분리막 시장을 "
      "250억달러 안팎으로 보다 보수적으로 추정했다.",
      "t.txt", "2024-05-01");
  CHECK(find_claim(r, "250억달러")->year == 2030);
}

TEST_CASE("two rates for one step must agree") {
  auto r =
      run("Gartner expects IT spending to grow 4.1% in 2025. Later in the report, Gartner says IT "
          "spending will rise 7.2% in 2025.",
          "t.txt", "2025-01-10");
  CHECK(find_claim(r, "4.1%")->period_to == 2025);
  CHECK(count_rule(r, "change-mismatch") == 1);
  auto agree =
      run("Gartner expects IT spending to grow 4.1% in 2025. Later in the report, Gartner says IT "
          "spending will rise 4.1% in 2025.",
          "t.txt", "2025-01-10");
  CHECK(count_rule(agree, "change-mismatch") == 0);
  auto years =
      run("Gartner expects IT spending to grow 4.1% in 2025. Gartner says IT spending will rise "
          "7.2% in 2026.",
          "t.txt", "2025-01-10");
  CHECK(count_rule(years, "change-mismatch") == 0);
}

TEST_CASE("a revision said to raise a forecast must not lower it, in either language") {
  auto ko =
      run("연구소는 2028년 국내 스마트팜 시장 규모를 기존 8조 2000억 원에서 7조 6000억 원으로 "
          "높여 잡았다.",
          "t.txt", "2025-06-11");
  CHECK(count_rule(ko, "revision-direction") == 1);
  CHECK(count_rule(ko, "move-direction") == 0);
  auto en =
      run("Pellham Research lowered its 2030 estimate for the e-cargo bike market from "
          "€2.1 billion to €2.4 billion.",
          "t.txt", "2026-01-10");
  CHECK(count_rule(en, "revision-direction") == 1);
  // The replaced forecast written after the new one, named by its words.
  auto after =
      run("Voltaris Research raised its outlook on Wednesday, now forecasting the global "
          "market to reach $8.7 billion in 2030, up from its previous projection of $9.4 "
          "billion.",
          "t.txt", "2025-03-01");
  CHECK(count_rule(after, "revision-direction") == 1);
  auto fits =
      run("연구소는 2028년 국내 스마트팜 시장 규모를 기존 7조 6000억 원에서 8조 2000억 원으로 "
          "높여 잡았다.",
          "t.txt", "2025-06-11");
  CHECK(count_rule(fits, "revision-direction") == 0);
  // A price said to fall 20% moves as a fall: 9만 → 7만2000 is 0.8×.
  auto price = run("평균 판매가격은 올해 9만 달러에서 내년 7만 2000달러로 20% 낮아질 것으로 봤다.",
                   "t.txt", "2026-03-02");
  CHECK(count_rule(price, "change-mismatch") == 0);
}

TEST_CASE("a revision measured against the forecast it replaces keeps its direction") {
  auto r =
      run("협의회는 2일 올해 세계 반도체 시장 규모 전망치를 6,112억 달러로 종전(6,269억 달러)보다 "
          "상향 조정했다고 밝혔다.",
          "t.txt", "2024-06-02");
  CHECK(count_rule(r, "revision-direction") == 1);
  auto fits =
      run("협의회는 2일 올해 세계 반도체 시장 규모 전망치를 6,412억 달러로 종전(6,269억 달러)보다 "
          "상향 조정했다고 밝혔다.",
          "t.txt", "2024-06-02");
  CHECK(count_rule(fits, "revision-direction") == 0);
}

TEST_CASE("a cause is no subject: the figures after it stay the market's") {
  auto r = run(
      "한국디바이스리서치는 지난해 2조 9700억 원을 기록한 국내 웨어러블 기기 시장이 스마트워치와 "
      "무선이어폰 수요에 힘입어 연평균 7.2% 성장해 2024년 2조 4200억 원 규모로 커질 것이라고 "
      "밝혔다.",
      "t.txt", "2020-03-25");
  CHECK(find_claim(r, "2조 4200억 원")->subject.value_or("") == "국내 웨어러블 기기 시장");
  CHECK(count_rule(r, "growth-contradiction") == 1);
}

TEST_CASE(
    "a figure with a pluperfect-like ending in a revision's sentence is the forecast replaced") {
  auto ja =
      run("アクメ総研は、国内の産業用ドローン市場が2028年度に4200億円に拡大すると予測した。"
          "前回調査では2028年度を3100億円と見込んでいたが、物流用途の伸びを受けて上方修正した。",
          "t.txt", "2025-04-10");
  REQUIRE(find_claim(ja, "3100億円") != nullptr);
  CHECK(find_claim(ja, "3100億円")->superseded);
  CHECK(count_rule(ja, "figure-disagreement") == 0);
  auto ko =
      run("한빛리서치는 국내 산업용 드론 시장이 2028년 4조2000억원에 이를 것으로 내다봤다. "
          "지난 조사에서는 2028년 3조1000억원으로 전망했었으나 물류 수요를 반영해 상향 조정했다.",
          "t.txt", "2025-04-10");
  REQUIRE(find_claim(ko, "3조1000억원") != nullptr);
  CHECK(find_claim(ko, "3조1000억원")->superseded);
  CHECK(count_rule(ko, "figure-disagreement") == 0);
  // Without a revision's words, the ending alone replaces nothing.
  auto plain =
      run("アクメ総研は2028年度の市場を4200億円と予測した。別の調査会社は2028年度を3100億円と"
          "見込んでいた。",
          "t.txt", "2025-04-10");
  CHECK_FALSE(find_claim(plain, "3100億円")->superseded);
}
