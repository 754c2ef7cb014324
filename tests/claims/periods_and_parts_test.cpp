// Which period a figure is for and which whole it belongs to, in wording seen in wire copy and
// press releases: a relative year next to the figure over a year in a report's title, the
// quarter before as a comparison base, a publisher of a quoted report, a dimension that makes
// a figure a part, a range of expected growth written with "to".
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;
using fc::test::with_mark;

TEST_CASE("a relative year next to the figure wins over a year in a report's title") {
  auto r =
      run("한국경제연구원이 발표한 '2023 반려동물 산업 보고서'에 따르면 관련 시장 규모는 지난해 "
          "8조5천억원에서 2027년 15조원으로 연평균 12.0% 성장할 전망이다.",
          "t.txt", "2023-03-27");
  CHECK(find_claim(r, "8조5천억원")->year == 2022);
  CHECK(find_claim(r, "8조5천억원")->source.value_or("") == "한국경제연구원");
  CHECK(count_rule(r, "cagr-mismatch") == 0);
  // A comparison with last year does not take the figure's year away.
  auto base = run("2024년 매출은 지난해보다 10% 늘어난 5억달러로 집계됐다.", "t.txt", "2025-02-01");
  CHECK(find_claim(base, "5억달러")->year == 2024);
  // A relative year right after a figure is its own, not the year of the clause before.
  auto move = run("Sales could reach $85 billion by 2030, up from about $4.6 billion last year.",
                  "t.txt", "2019-09-17");
  CHECK(find_claim(move, "$85 billion")->year == 2030);
  CHECK(find_claim(move, "$4.6 billion")->year == 2018);
  CHECK(count_rule(move, "figure-disagreement") == 0);
}

TEST_CASE("the quarter before is a comparison base, not a second figure for the year") {
  auto r = run(
      "트렌드포스는 올해 2분기 파운드리 상위 10개사 매출이 320억 달러로 전 분기(292억 달러) 대비 "
      "9.6% 증가했다고 밝혔다.",
      "t.txt", "2024-09-03");
  CHECK_FALSE(find_claim(r, "292억 달러")->year);
  CHECK(count_rule(r, "figure-disagreement") == 0);
  auto en = run("Quarterly revenue rose to $32 billion from $29.2 billion in the previous quarter.",
                "t.txt", "2024-09-03");
  CHECK_FALSE(find_claim(en, "$29.2 billion")->year);
}

TEST_CASE("'N%의 점유율' is a share, and the rest of the list in the next sentence joins it") {
  auto r =
      run("올해 1분기 스마트폰 시장에서 제조사별 점유율은 삼성전자가 22.5%로 1위였고, 이어 "
          "애플(21.0%), 샤오미(11.3%), 오포(9.9%), 비보(8.8%) 순이었다. 상위 5개사를 제외한 기타 "
          "업체들의 점유율은 34.6%로 집계됐다.");
  CHECK(count_rule(r, "share-overflow") == 1);
  auto tsmc = run("이 중 TSMC가 199억 달러로 62.2%의 점유율을 기록했다.");
  CHECK(find_claim(tsmc, "62.2%")->kind == fc::claim_kind::share);
}

TEST_CASE("a figure after a dimension ('지역별', 'By region,') is a part of the whole before") {
  const char* fires =
      "SEMI는 올해 전 세계 반도체 장비 매출이 1,090억 달러에 이를 것으로 전망했다. 내년에는 "
      "1,280억 달러로 늘어날 전망이다. 지역별 장비 매출은 올해 중국이 1,140억 달러로 가장 많다.";
  auto r = run(fires, "t.txt", "2024-12-10");
  CHECK(count_rule(r, "part-exceeds-whole") == 1);
  CHECK(find_claim(r, "1,140억 달러")->subject.value_or("") == "중국");
  std::string near = with_mark(fires, "1,140억", "340억");
  CHECK(count_rule(run(near, "t.txt", "2024-12-10"), "part-exceeds-whole") == 0);
  auto en = run(
      "Global chip-equipment sales will reach $109 billion in 2024, SEMI said. Sales are seen at "
      "$128 billion in 2025. By region, China will account for $114 billion in 2024.");
  CHECK(count_rule(en, "part-exceeds-whole") == 1);
}

TEST_CASE("'to grow 8% to 12%' is one range; 'rose 2% to 12%' stays a change and a level") {
  auto r = run(
      "The company expects revenue in fiscal 2026 to grow 8% to 12% from $4.45 billion in fiscal "
      "2025, or roughly $4.8 billion to $5.0 billion.");
  auto* range = find_claim(r, "8% to 12%");
  REQUIRE(range);
  CHECK(range->rate->low.value_or(1) <= 0.0801);
  CHECK(range->rate->high.value_or(0) > 0.119);
  // The restated range is not a second figure for fiscal 2025.
  CHECK(find_claim(r, "$4.8 billion to $5.0 billion")->year != 2025);
  CHECK(count_rule(r, "figure-disagreement") == 0);
  auto move = run("Its market share rose 2% to 12% in 2024.");
  CHECK_FALSE(find_claim(move, "2% to 12%"));
}

TEST_CASE("'the global market' refers back to the global market named first") {
  auto r =
      run("According to Precedence Research, the global pet food market size was USD 118.7 billion "
          "in 2024. Dog food accounted for 53% of revenue in 2024. Precedence Research estimates "
          "that the global market stood at USD 131.4 billion in 2024.");
  CHECK(find_claim(r, "USD 131.4 billion")->subject.value_or("") == "global pet food market size");
  CHECK(count_rule(r, "figure-disagreement") == 1);
  // A market named with another scope is not the global one.
  auto other =
      run("The Chinese pet food market was USD 18 billion in 2024, Precedence Research said. The "
          "global market stood at USD 131.4 billion in 2024, it said.");
  CHECK(find_claim(other, "USD 131.4 billion")->subject.value_or("") != "Chinese pet food market");
}

TEST_CASE("a hedged base ('from about 48 million') is still the base of the move") {
  auto r = run(
      "Shipments of AI PCs are set to triple from about 48 million units in 2024 to 205 million "
      "in 2028, Canalys said.");
  CHECK(count_rule(r, "change-mismatch") == 1);
  auto near = run(
      "Shipments of AI PCs are set to triple from about 68 million units in 2024 to 205 million "
      "in 2028, Canalys said.");
  CHECK(count_rule(near, "change-mismatch") == 0);
}

TEST_CASE("registrations, output and capacity are measures a change is checked on") {
  auto r = run(
      "New car registrations in Britain rose 12.4% last year to 1.95 million vehicles from 1.90 "
      "million in 2022.",
      "t.txt", "2024-01-05");
  CHECK(count_rule(r, "change-mismatch") == 1);
  auto ok =
      run("New car registrations in Britain rose 2.6% last year to 1.95 million vehicles from 1.90 "
          "million in 2022.",
          "t.txt", "2024-01-05");
  CHECK(count_rule(ok, "change-mismatch") == 0);
}

TEST_CASE("energy and shipbuilding units measure at any size, in both languages") {
  auto en = run("Global battery demand rose to 705 GWh in 2023 from 517.9 GWh in 2022.");
  REQUIRE(find_claim(en, "517.9 GWh"));
  CHECK(find_claim(en, "517.9 GWh")->unit.value_or("") == "GWh");
  auto ko = run(
      "SNE리서치에 따르면 글로벌 배터리 수요는 2022년 517.9GWh에서 2023년 705GWh로 늘었다. 올해 "
      "선박 발주량은 4,168만CGT였다.");
  REQUIRE(find_claim(ko, "517.9GWh"));
  CHECK(find_claim(ko, "517.9GWh")->source.value_or("") == "SNE리서치");
  CHECK(find_claim(ko, "4,168만CGT")->unit.value_or("") == "CGT");
  // A small count stays a plain number: "3명" is not a figure.
  CHECK_FALSE(find_claim(run("직원 3명이 참여했다."), "3명"));
}

TEST_CASE("two quarters of one year are not two figures for the year") {
  auto r = run(
      "Worldwide semiconductor sales totaled $149.9 billion in the second quarter of 2024, an "
      "increase of 18.3% from $126.7 billion in the second quarter of 2023 and 6.5% more than the "
      "$140.8 billion recorded in the first quarter, the Semiconductor Industry Association said.");
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("'Among member states' ranks each member's own ratio; a year-ago share is no item") {
  auto r =
      run("Among member states, Sweden had by far the highest share at 66.4%, followed by Finland "
          "(50.8%) and Denmark (44.9%).");
  CHECK(count_rule(r, "share-overflow") == 0);
  auto market =
      run("In the phone market, Sweden had a 66.4% share, Finland 50.8% and Denmark 44.9%.");
  CHECK(count_rule(market, "share-overflow") == 1);
  auto prior =
      run("현대차는 수소차 시장 점유율 52.0%로 1위를 유지했지만, 전년 동기(54.3%)보다 2.3%포인트 "
          "하락했다.");
  CHECK(count_rule(prior, "share-overflow") == 0);
}

TEST_CASE("a breakdown's items share the year one of them states; a dimension is no source") {
  auto r =
      run("글로벌 첨단 패키징 시장은 2024년 450억 달러에서 2029년 800억 달러로 연평균 12.2% 성장할 "
          "전망이다. 부문별로는 2029년 기준 하이브리드 본딩이 380억 달러, 플립칩이 290억 달러, "
          "팬아웃 패키징이 210억 달러로 구성될 전망이다.");
  CHECK(find_claim(r, "290억 달러")->year == 2029);
  CHECK_FALSE(find_claim(r, "290억 달러")->source);
  CHECK(count_rule(r, "part-exceeds-whole") == 1);
}

TEST_CASE("'$90 billion of this year's total' is a part of the total, not a rival figure") {
  auto r = run(
      "IDC projects security spending of $207 billion this year. Gartner estimates that security "
      "services will account for roughly $90 billion of this year's total.",
      "t.txt", "2025-03-01");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  CHECK(find_claim(r, "$90 billion")->subject.value_or("") != "roughly");
  auto over = run(
      "IDC projects security spending of $207 billion this year. Gartner estimates that security "
      "services will account for roughly $290 billion of this year's total.",
      "t.txt", "2025-03-01");
  CHECK(count_rule(over, "part-exceeds-whole") == 1);
}

TEST_CASE("a share beside its amount: the amount is the part, the total written or stated before") {
  auto r =
      run("Exports reached $610 million in 2024. The United States took $180 million, or 29.5% of "
          "the total, while China took 21% more than a year earlier.");
  auto share = find_claim(r, "29.5%");
  REQUIRE(share->share_part);
  CHECK(*share->share_part == find_claim(r, "$180 million")->id);
  CHECK(share->share_total.value_or("") == find_claim(r, "$610 million")->id);
  CHECK_FALSE(share->share_total_written);
  auto written =
      run("2023년 김 수출은 전체 수산물 수출액 30억달러의 26%인 7억9000만달러를 기록했다.");
  auto s = find_claim(written, "26%");
  CHECK(s->share_part.value_or("") == find_claim(written, "7억9000만달러")->id);
  CHECK(s->share_total.value_or("") == find_claim(written, "30억달러")->id);
  CHECK(s->share_total_written);
  // A verb between an amount and a share ends the apposition: the share is another figure's.
  auto clause = run(
      "DS부문은 매출 28조5600억원, 영업이익 6조4500억원을 올리며 전체 매출의 38.6%를 차지했다.");
  CHECK_FALSE(find_claim(clause, "38.6%")->share_part);
  // A change in brackets is no share, and the next item's amount is not this share's part.
  auto change =
      run("모바일이 13조1000억원(-4.1%)으로 전체의 57.0%를 차지했고, PC가 6조400억원(26.3%)으로 "
          "뒤를 이었다.");
  CHECK_FALSE(find_claim(change, "-4.1%")->share_part);
  CHECK(find_claim(change, "57.0%")->share_part.value_or("") !=
        find_claim(change, "6조400억원")->id);
}

TEST_CASE("a year counted from sets no scene for the sentences after it") {
  auto r =
      run("2023년 국내 게임 시장 규모는 22조9642억원으로 감소했다. 역성장은 2013년 이후 10년 "
          "만이다. 모바일 게임이 13조1720억원으로 전체의 57.4%를 차지했다.");
  CHECK(find_claim(r, "13조1720억원")->year != 2013);
}

TEST_CASE("the forecast a new one is compared with, in brackets before 보다, is superseded") {
  auto r =
      run("WSTS는 올해 시장이 6112억달러로 커질 것으로 전망했다. 지난해 11월 내놓은 "
          "전망치(5884억달러)보다 228억달러 상향 조정한 것이다.",
          "t.txt", "2024-06-05");
  CHECK(find_claim(r, "5884억달러")->superseded);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("tonnes glued to a Korean scale word, and 'N% 적은' as a fall") {
  auto r =
      run("한국의 조강 생산량은 2023년 6760만t으로 2019년(7140만t)보다 5% 이상 적은 수준이다.");
  CHECK(find_claim(r, "6760만t")->unit.value_or("") == "tonnes");
  CHECK(find_claim(r, "5%")->rate->point < 0);
  CHECK(count_rule(r, "change-mismatch") == 0);
}

TEST_CASE("a level, its change and its written base are one measure even with no subject named") {
  auto en = run(
      "Americans spent a record $123.6 billion on their pets in 2021, up 14% from $103.6 billion "
      "in 2020.",
      "t.txt", "2022-03-23");
  CHECK(count_rule(en, "change-mismatch") == 1);
  auto en_ok = run(
      "Americans spent a record $123.6 billion on their pets in 2021, up 19% from $103.6 billion "
      "in 2020.",
      "t.txt", "2022-03-23");
  CHECK(count_rule(en_ok, "change-mismatch") == 0);
  auto ko =
      run("지난해에는 12조3600억원으로 전년(10조3600억원)보다 14% 늘었다.", "t.txt", "2022-03-23");
  CHECK(count_rule(ko, "change-mismatch") == 1);
  auto ko_ok =
      run("지난해에는 12조3600억원으로 전년(10조3600억원)보다 19% 늘었다.", "t.txt", "2022-03-23");
  CHECK(count_rule(ko_ok, "change-mismatch") == 0);
  // Two unrelated figures and a rate in one sentence with no base: nothing is linked.
  auto loose = run("Revenue was $5 billion in 2021 and $3 billion in 2020, and margins rose 14%.",
                   "t.txt", "2022-03-23");
  CHECK(count_rule(loose, "change-mismatch") == 0);
}

TEST_CASE("a half-year's total is the whole of the breakdown that follows it") {
  auto r =
      run("올해 상반기 화장품 수출액은 41억 2000만 달러로 집계됐다. 국가별로는 중국이 16억 8000만 "
          "달러로 가장 많았고 동남아시아 10억 4000만 달러, 미국 9억 5000만 달러, 일본 7억 "
          "1000만 달러 순이었다.",
          "t.txt", "2023-07-12");
  CHECK(count_rule(r, "part-exceeds-whole") == 1);
  auto fits =
      run("올해 상반기 화장품 수출액은 48억 2000만 달러로 집계됐다. 국가별로는 중국이 16억 "
          "8000만 달러로 가장 많았고 동남아시아 10억 4000만 달러, 미국 9억 5000만 달러, "
          "일본 7억 1000만 달러 순이었다.",
          "t.txt", "2023-07-12");
  CHECK(count_rule(fits, "part-exceeds-whole") == 0);
}

TEST_CASE("the base of a multiple is no whole for the breakdown after it") {
  auto r =
      run("올해 1~7월 진단키트 수출액은 15억 6000만 달러로, 지난해 연간 수출액(1억 6000만 "
          "달러)의 9배를 웃돌았다. 국가별로는 미국이 2억 8000만 달러로 가장 많았고 인도 1억 "
          "9000만 달러, 브라질 1억 4000만 달러 순이었다.",
          "t.txt", "2020-08-19");
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
}

TEST_CASE("a breakdown's first item, cut off by its own clause, dates the items after it") {
  auto r =
      run("세계 드론 시장은 올해 372억 달러에서 2027년 580억 달러로 연평균 11.7% 성장할 전망이다. "
          "2027년 기준 용도별로는 군용이 310억 달러로 가장 크고, 물류·농업·측량 등 상업용이 195억 "
          "달러, 취미·촬영용 소비자 드론이 98억 달러로 예상됐다.",
          "t.txt", "2023-05-12");
  CHECK(find_claim(r, "195억 달러")->year == 2027);
  CHECK(count_rule(r, "part-exceeds-whole") == 1);
}

TEST_CASE("'X의 약 N%' is a share of X past its hedge") {
  auto r = run("지난해 신규 설치량의 약 40%인 2.1GW는 대만에서 나왔다.", "t.txt", "2024-05-01");
  REQUIRE(find_claim(r, "40%"));
  CHECK(find_claim(r, "40%")->kind == fc::claim_kind::share);
}

TEST_CASE("', of which' after a share opens a breakdown, not the share's total") {
  auto r = run(
      "Padel spending should reach $70 billion this year. Court rental is the largest category at "
      "roughly $26 billion this year, or 37% of the total, of which about $9 billion is booked "
      "online.",
      "t.txt", "2025-06-01");
  CHECK(count_rule(r, "share-mismatch") == 0);
  auto compound =
      run("Padel spending should reach $70 billion this year and $120 billion by 2030, a compound "
          "growth rate of about 11.4%.",
          "t.txt", "2025-06-01");
  CHECK(find_claim(compound, "11.4%")->rate_of == fc::rate_kind::cagr);
  CHECK(compound.findings.empty());
}
