// A segment named in one sentence does not make the next sentence's rival estimate a part, and a
// Korean revision written "전망치를 기존 A에서 B로 높였다" replaces A with B for A's year.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a rival estimate after a segment's sentence is the whole's, not a part") {
  auto r =
      run("Acme reckons worldwide end-user spending on drone services will reach $679 billion in "
          "2024. Inspection is tipped to be the fastest-growing segment, reaching $180 billion. "
          "Beta, which uses a broader definition, puts this year's figure at $805 billion.",
          "t.txt", "2024-05-20");
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
  CHECK(count_rule(r, "breakdown-exceeds-whole") == 0);
  CHECK(find_claim(r, "$679 billion")->subject.value_or("").starts_with("worldwide"));
  CHECK(find_claim(r, "$805 billion")->subject_key == find_claim(r, "$679 billion")->subject_key);
  // The segment named in its own sentence is still a part, and a part above its whole is caught.
  auto part =
      run("Acme reckons worldwide end-user spending on drone services will reach $679 billion in "
          "2024. Inspection is tipped to be the fastest-growing segment, reaching $700 billion.",
          "t.txt", "2024-05-20");
  CHECK(count_rule(part, "part-exceeds-whole") + count_rule(part, "breakdown-exceeds-whole") >= 1);
}

TEST_CASE("a forecast raised from its earlier figure is checked at the raised figure") {
  const char* lead =
      "한빛리서치는 2029년 세계 혈당측정기 시장 전망치를 기존 248억달러에서 276억달러로 약 11% "
      "높였다. 올해 시장 규모는 약 121억달러로 추정되며, 2029년까지 연평균 ";
  auto r = run(std::string(lead) + "17.9% 성장할 것이라는 설명이다.", "t.txt", "2024-11-05");
  CHECK(r.findings.empty());
  CHECK(find_claim(r, "276억달러")->year == 2029);
  auto wrong = run(std::string(lead) + "25% 성장할 것이라는 설명이다.", "t.txt", "2024-11-05");
  CHECK(count_rule(wrong, "cagr-mismatch") == 1);
}

TEST_CASE("measures listed in one bracket are each their figure's subject") {
  auto r = run(
      "한빛증권은 아크메조선의 올해 매출액을 28조원, 영업이익을 2조2000억원으로 추정했다. 지난해 "
      "추정치(매출 25조2000억원, 영업이익 1조4000억원) 대비 각각 11%, 57% 증가한 수준이다.",
      "t.txt", "2025-01-20");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  CHECK(find_claim(r, "25조2000억원")->subject.value_or("").starts_with("매출"));
  CHECK(find_claim(r, "1조4000억원")->subject.value_or("") == "영업이익");
}

TEST_CASE("a replaced forecast is no stale forecast, and '…보다 낮춘 수치' revises") {
  auto r = run(
      "Exports of Acme whiskey are forecast to reach €1.6bn by 2030, according to Acme Economics. "
      "That is up from the firm's previous forecast of €1.45bn, made 18 months ago.",
      "t.txt", "2024-10-02");
  CHECK(count_rule(r, "stale-forecast") == 0);
  auto ko = run(
      "한빛리서치는 세계 드론 시장 규모가 지난해 약 1200억달러에서 2030년 3070억달러로 연평균 17% "
      "커질 것으로 내다봤다. 다만 이는 1년 전 내놓은 2030년 전망치 3500억달러보다 12%가량 낮춘 "
      "수치다.",
      "t.txt", "2025-03-12");
  CHECK(count_rule(ko, "figure-disagreement") == 0);
}

TEST_CASE("Japanese: a level fallen short of, a part's prior-year base, a gap between forecasts") {
  auto below =
      run("アクメ総研によると、2023年の九州のIC生産額は1兆1560億円で、前年の1兆2050億円を4.1%"
          "下回った。",
          "t.txt", "2024-07-25");
  CHECK(count_rule(below, "change-mismatch") == 0);
  auto above =
      run("アクメ総研によると、2023年の九州のIC生産額は1兆1560億円で、前年の1兆2050億円を9.1%"
          "下回った。",
          "t.txt", "2024-07-25");
  CHECK(count_rule(above, "change-mismatch") == 1);
  auto part = run(
      "アクメ総研は、2023年の漫画市場の推定販売金額が前年比2.5%増の6937億円だったと発表した。うち"
      "電子漫画は前年の4479億円から7.8%伸びて4830億円となった。",
      "t.txt", "2024-02-26");
  CHECK(count_rule(part, "part-exceeds-whole") + count_rule(part, "breakdown-exceeds-whole") == 0);
  auto gap = run(
      "空飛ぶ車、市場予測に3倍の開き\n\n米調査会社の試算では、世界市場は来年の約20億ドルから、強気"
      "シナリオでは2035年に1500億ドルに膨らむ。",
      "t.txt", "2024-04-15");
  CHECK(count_rule(gap, "change-mismatch") == 0);
}

TEST_CASE("Japanese: a percentage of the year before with no direction is a ratio to it") {
  auto r =
      run("アクメ総研は、2023年度の国内プロテイン市場規模を前年度比105.2%の3850億円と推計した。"
          "前年度の3660億円から拡大した。",
          "t.txt", "2024-11-20");
  CHECK(r.findings.empty());
  const auto* rate = find_claim(r, "105.2%");
  REQUIRE(rate != nullptr);
  REQUIRE(rate->rate.has_value());
  CHECK(rate->rate->point == doctest::Approx(0.052));
  auto wrong =
      run("アクメ総研は、2023年度の国内プロテイン市場規模を前年度比115.2%の3850億円と推計した。"
          "前年度の3660億円から拡大した。",
          "t.txt", "2024-11-20");
  CHECK(count_rule(wrong, "change-mismatch") == 1);
  // With a direction after it, the percentage is the change itself.
  auto plain =
      run("アクメ総研は、2023年度の国内プロテイン市場規模を前年度比5.2%増の3850億円と推計した。"
          "前年度の3660億円から拡大した。",
          "t.txt", "2024-11-20");
  CHECK(plain.findings.empty());
}

TEST_CASE("Japanese: a sentence's topic names its figures when no measure is named before them") {
  auto r =
      run("アクメ総研は、次世代パワー半導体の世界市場を調査した。SiCパワー半導体の市場は2035年には"
          "3兆1000億円に拡大すると予測する。GaNパワー半導体は、データセンターの電源向けなどで採用が"
          "進み、2035年に2500億円が予測される。",
          "t.txt", "2024-06-18");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  CHECK(find_claim(r, "2500億円")->subject.value_or("") == "GaNパワー半導体");
  // A rate's noun or a place opening the sentence names nothing.
  auto rate =
      run("国内の倉庫ロボット市場は2024年の約1200億円から30年には約2400億円に倍増する見通し"
          "だ。年平均成長率は約12.2%に達するという。",
          "t.txt", "2025-01-22");
  CHECK(rate.findings.empty());
  auto inline_part = run(
      "アクメ総研は、国内の倉庫ロボット市場が2035年度には約9000億円に拡大するとの予測を公表した。"
      "2035年度では、うち物流向けが約5000億円と5割超を占める見通しだ。",
      "t.txt", "2025-05-22");
  CHECK(count_rule(inline_part, "figure-disagreement") == 0);
}

TEST_CASE("Chinese: a forecast named as the one a revision raised") {
  auto r =
      run("我们预计全球机器人市场规模将由2023年的约380亿美元增至2026年的约1050亿美元，较我们此前对"
          "2026年约900亿美元的预测上调约17%。",
          "t.txt", "2024-06-20");
  CHECK(r.findings.empty());
  auto wrong =
      run("我们预计全球机器人市场规模将由2023年的约380亿美元增至2026年的约1050亿美元，较我们此前对"
          "2026年约900亿美元的预测上调约27%。",
          "t.txt", "2024-06-20");
  CHECK(count_rule(wrong, "change-mismatch") == 1);
}

TEST_CASE(
    "a clause of cause names no subject, and a dated part reaches a whole three sentences up") {
  auto cause =
      run("我们测算，2022年国内储能温控市场规模约为32亿元，受益于大型储能装机放量，预计2025年将增至"
          "约105亿元，2022-2025年年均复合增长率约为62%。",
          "t.txt", "2023-09-15");
  CHECK(find_claim(cause, "105亿元")->subject.value_or("") == "储能温控市场规模");
  CHECK(count_rule(cause, "cagr-mismatch") == 1);
  auto part = run(
      "アクメ総研は、国内データセンターサービス市場が2030年に4兆1000億円に達するとの予測を発表"
      "した。2024年の2兆3000億円から拡大し、年平均成長率は12.3%になる。通信大手が大型施設の新設を"
      "計画している。うちハイパースケール事業者向けは30年に1兆8000億円と、全体の4割強を占める。",
      "t.txt", "2024-11-26");
  CHECK(count_rule(part, "cagr-period-convention") == 1);
  CHECK(count_rule(part, "figure-disagreement") == 0);
}

TEST_CASE("a headline's figure is the body's figure it restates") {
  auto r = run(
      "지난해 드론 투자 11조9천억원…AI에 3조6천억원 몰렸다\n\n한빛협회가 집계한 지난해 국내 드론 "
      "투자액은 11조9천억원으로 전년(10조9천억원)보다 9.2% 늘었다. 이 중 인공지능(AI) 분야 투자는 "
      "3조6천억원으로 전체의 30.3%를 차지했다.",
      "t.txt", "2025-01-22");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  // Without a paragraph of its own, a first sentence is body text.
  auto body = run("지난해 드론 투자는 11조9천억원이었다. 지난해 드론 투자는 3조6천억원이었다.",
                  "t.txt", "2025-01-22");
  CHECK(count_rule(body, "figure-disagreement") == 1);
}
