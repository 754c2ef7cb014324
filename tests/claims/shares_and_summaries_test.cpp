// A share after its whole's partitive word, a share past a conversion, a prior figure's subject,
// a list whose items are parted by semicolons, and a multiple that sums up the move before it.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("an amount before a partitive word is the whole of the share after it") {
  auto r = run(
      "한빛코스메틱은 올해 일본 법인 매출이 420억 원에 달할 것으로 예상했다. 올해 회사 전체 매출 "
      "전망치 1,200억 원 가운데 일본 비중은 35%다.",
      "t.txt", "2021-11-02");
  CHECK(find_claim(r, "420억 원")->subject_key != find_claim(r, "1,200억 원")->subject_key);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("a share written past an amount's conversion is that amount's") {
  auto r =
      run("Global investment in battery storage reached $14.5bn last year, Acme said. Europe "
          "accounted for $4.2bn (€3.8bn) of that, or 38% of the total.",
          "t.txt", "2022-03-30");
  CHECK(count_rule(r, "share-mismatch") == 1);
  auto right =
      run("Global investment in battery storage reached $14.5bn last year, Acme said. Europe "
          "accounted for $4.2bn (€3.8bn) of that, or 29% of the total.",
          "t.txt", "2022-03-30");
  CHECK(count_rule(right, "share-mismatch") == 0);
}

TEST_CASE("the figure of the year before is its sentence's measure") {
  auto r =
      run("미국의 라면 수입액은 지난해 5억 달러였다. 이 가운데 한국산은 1억 2,600만 달러로 "
          "전년(9,800만 "
          "달러)보다 25.4% 증가했다.",
          "t.txt", "2023-10-05");
  CHECK(find_claim(r, "9,800만 달러")->subject_key ==
        find_claim(r, "1억 2,600만 달러")->subject_key);
  CHECK(count_rule(r, "change-mismatch") == 1);
  auto of =
      run("지난해 중국 온라인 교육 시장 규모는 3,480억 위안으로 전년의 2,810억 위안보다 23.8% "
          "증가했다.",
          "t.txt", "2019-05-16");
  CHECK(find_claim(of, "2,810억 위안")->year == 2017);
  CHECK(count_rule(of, "figure-disagreement") == 0);
}

TEST_CASE("a part an irregular past verb reports splits the measured level") {
  auto r = run(
      "아크로 디펜스는 유럽 지상무기 시장이 지난해 410억 유로에서 2029년 590억 유로로 커질 것으로 "
      "내다봤다. 국가별로는 독일이 88억 유로(21%)로 가장 컸고, 폴란드가 62억 유로로 15%를 차지해 "
      "2위에 올랐다.",
      "t.txt", "2025-04-30");
  CHECK(count_rule(r, "share-mismatch") == 0);
}

TEST_CASE("after a colon, semicolons part a list's items written as label, figure") {
  auto r = run(
      "Acme expects European spending on drones to climb from €3.8bn in 2022 to €9.5bn in 2030. "
      "Its 2030 forecast breaks down as follows: tactical drones, €3.9bn; surveillance aircraft, "
      "€2.8bn; counter-drone systems, €1.6bn.",
      "t.txt", "2023-10-04");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
  auto over = run(
      "Acme expects European spending on drones to climb from €3.8bn in 2022 to €9.5bn in 2030. "
      "Its 2030 forecast breaks down as follows: tactical drones, €6.9bn; surveillance aircraft, "
      "€2.8bn; counter-drone systems, €1.6bn.",
      "t.txt", "2023-10-04");
  CHECK(count_rule(over, "part-exceeds-whole") == 1);
}

TEST_CASE("a multiple that sums up the move of the sentence before, and a growing range") {
  auto r =
      run("북미 웹툰 시장은 지난해 3억 8,000만 달러에서 2027년 13억 2,000만 달러로 성장할 "
          "전망이다. 6년 "
          "만에 시장 규모가 4배 이상으로 불어나는 셈이다. 세로 스크롤 웹툰 비중은 지난해 31%에서 "
          "2027년 "
          "55%로 높아질 것으로 예상된다.",
          "t.txt", "2022-09-19");
  CHECK(count_rule(r, "change-mismatch") == 1);
  auto g = run(
      "Acme forecasts worldwide golf equipment sales of $8.3 billion this year. The United States, "
      "roughly 45% of the market, or about $3.7 billion, is seen growing 3% to 4%.",
      "t.txt", "2019-09-25");
  CHECK(find_claim(g, "3% to 4%")->kind == fc::claim_kind::growth);
  CHECK(count_rule(g, "share-mismatch") == 0);
}

TEST_CASE("a yearless part its sentence does not forecast is no share of a forecast total") {
  auto r = run(
      "Acme Securities estimates the global premium pet food market was worth $38bn last year. "
      "Its base case sees the category reaching $61bn by 2030, a CAGR of roughly 6.1%. Dry food "
      "accounts for roughly 55% of current sales, or about $21bn. North America remains the "
      "largest region at $15bn, just under 40% of "
      "the total.",
      "t.txt", "2023-03-14");
  CHECK(count_rule(r, "share-mismatch") == 0);
}

TEST_CASE("an undated move after a dated one in its sentence spans that move's years") {
  auto r = run(
      "한빛진흥원은 국내 물산업 매출 가운데 수출 비중이 지난해 4% 수준에서 2030년 10%로 높아지고, "
      "수출액도 2조 원 안팎에서 6조 8천억 원으로 3배 넘게 늘어날 것으로 내다봤다.",
      "t.txt", "2024-05-16");
  CHECK(find_claim(r, "2조 원")->year == 2023);
  CHECK(find_claim(r, "6조 8천억 원")->year == 2030);
  CHECK(count_rule(r, "change-mismatch") == 0);
  auto wrong = run(
      "한빛진흥원은 국내 물산업 매출 가운데 수출 비중이 지난해 4% 수준에서 2030년 10%로 높아지고, "
      "수출액도 2조 1천억 원에서 4조 8천억 원으로 3배 넘게 늘어날 것으로 내다봤다.",
      "t.txt", "2024-05-16");
  CHECK(count_rule(wrong, "change-mismatch") == 1);
}

TEST_CASE("currency prefixes of regional business copy: R$, ₱, KSh, Sh, RM, Rp") {
  auto r = run(
      "NAIROBI — Kenya's fertiliser import bill rose 28 per cent last year to Sh58.2 billion, from "
      "Sh47.6 billion in 2020, according to Acme Agri Research.",
      "t.txt", "2022-03-01");
  CHECK(*find_claim(r, "Sh58.2 billion")->currency == "KES");
  CHECK(count_rule(r, "change-mismatch") == 1);
  auto p = run("Sales reached R$16 billion, ₱128 billion, RM5 billion and Rp500 trillion.", "t.txt",
               "2024-01-01");
  CHECK(*find_claim(p, "R$16 billion")->currency == "BRL");
  CHECK(*find_claim(p, "₱128 billion")->currency == "PHP");
  CHECK(*find_claim(p, "Rp500 trillion")->currency == "IDR");
  auto words = run("Shares in Acme rose 5% as Rp and Sh traders watched.", "t.txt", "2024-01-01");
  CHECK(words.claims.size() == 1);
}

TEST_CASE("a target someone set is no second estimate of the market") {
  auto r =
      run("HANOI — Vietnam's garment exports are expected to reach $39 billion this year, Acme "
          "Council said. For next year, the council has set an export target of $43 billion to $44 "
          "billion, while Borealis Research is more conservative, forecasting around $42 billion.",
          "t.txt", "2021-12-06");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  auto t = run(
      "Acme forecasts revenue to reach 58 billion baht by 2030, still short of the 65 billion baht "
      "the government's agency has set as its target for the same year.",
      "t.txt", "2026-01-20");
  CHECK(count_rule(t, "figure-disagreement") == 0);
  CHECK(find_claim(t, "65 billion baht")->subject_key !=
        find_claim(t, "58 billion baht")->subject_key);
}

TEST_CASE("an earlier forecast in the pluperfect, a threshold approached, a rival's view") {
  auto r = run(
      "Acme Consulting values the UK modular housing market at £2.4bn this year and forecasts that "
      "it will reach £4.1bn by 2030. That is a marked upgrade: twelve months ago the consultancy "
      "was pencilling in just £3.6bn for the end of the decade.",
      "t.txt", "2024-05-01");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  auto ko =
      run("세계 모바일 게임 시장이 올해 1,000억달러 문턱에 바짝 다가설 것이라는 전망이 나왔다. "
          "한빛리서치는 "
          "올해 시장 규모를 987억달러로 추산했다. 반면 영국 아크로리서치는 올해 시장 규모를 "
          "940억달러로 "
          "보고 성장률도 3%대에 그칠 것으로 예상했다.",
          "t.txt", "2024-03-14");
  CHECK(count_rule(ko, "figure-disagreement") == 0);
  CHECK(*find_claim(ko, "940억달러")->source == "영국 아크로리서치");
}

TEST_CASE("the amount a share of a named whole comes to is a part of that whole") {
  auto r =
      run("한빛협의회는 세계 해수담수화 시장이 지난해 180억달러에서 2026년 290억달러로 커질 것으로 "
          "내다봤다. 지난해 시장의 48%인 86억달러가 중동 지역에서 발생했다.",
          "t.txt", "2021-05-25");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  auto wrong =
      run("한빛협의회는 세계 해수담수화 시장이 지난해 180억달러에서 2026년 290억달러로 커질 것으로 "
          "내다봤다. 지난해 시장 전체의 38%인 86억달러가 중동 지역에서 발생했다.",
          "t.txt", "2021-05-25");
  CHECK(count_rule(wrong, "share-mismatch") == 1);
}

TEST_CASE("a part stated in the present splits no level when every candidate is a forecast") {
  auto r = run(
      "Acme estimates the premium pet food market was worth $38bn last year. Its base case sees "
      "the category reaching $61bn by 2030. Dry food accounts for roughly 55% of current sales, "
      "or about $21bn. North America remains the largest region at $15bn, just under 40% of the "
      "total.",
      "t.txt", "2023-03-14");
  CHECK(count_rule(r, "share-mismatch") == 0);
  auto now = run(
      "Vietnam's garment exports are expected to reach $39 billion this year, up 11% from $35.1 "
      "billion in 2020, Acme said. The United States remains the largest buyer, taking $17.5 "
      "billion, or about 45% of the total.",
      "t.txt", "2021-12-06");
  CHECK(count_rule(now, "share-mismatch") == 0);
}
