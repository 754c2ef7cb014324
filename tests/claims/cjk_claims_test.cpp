// Chinese and Japanese claims: subjects, sources, periods and roles read with the words of
// rules/lang/zh.toml and ja.toml, on passages of the shapes real releases use.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("zh: a source named before a date, a comparison's base and a span before the CAGR") {
  auto r =
      run("味澜研究院12月18日发布的《2020新式茶饮发展报告》显示，2020年中国新式茶饮市场规模达到约"
          "1,020亿元，较2019年的约980亿元同比增长约4.1%；预计2023年将增至约1,850亿元，三年年复合"
          "增长率约22%。",
          "t.txt", "2020-12-20");
  const auto* c = find_claim(r, "1,850亿元");
  REQUIRE(c != nullptr);
  CHECK(c->source.value_or("") == "味澜研究院");
  CHECK(c->subject.value_or("") == "中国新式茶饮市场规模");
  CHECK(r.findings.empty());
  // The same passage with a CAGR the figures cannot give.
  auto wrong =
      run("味澜研究院显示，2020年中国新式茶饮市场规模达到约1,020亿元；预计2023年将增至约1,850亿元，"
          "三年年复合增长率约32%。",
          "t.txt", "2020-12-20");
  CHECK(count_rule(wrong, "cagr-mismatch") == 1);
}

TEST_CASE("ja: a revision names the forecast it replaces across a bracketed date") {
  auto r = run(
      "ITマーケット研究所は9日、クラウド会計ソフトの国内市場が2028年度に2,030億円に達するとの予測"
      "を発表した。前回(2023年7月)予測の1,850億円から引き上げた。2024年度の見込みは1,480億円で、"
      "28年度までの年平均成長率は8.2%となる。",
      "t.txt", "2024-05-09");
  CHECK(count_rule(r, "growth-contradiction") == 0);
  CHECK(count_rule(r, "cagr-mismatch") == 0);
}

TEST_CASE("ja: このうち opens a part, and a CJK source is read with its particle") {
  auto r =
      run("調査会社BWEAによると、洋上風力発電の国内関連市場は2030年度に約1兆8,000億円に拡大する。"
          "このうち保守・運用サービスは2030年度に約2,700億円と、全体の15%を占める見通し。",
          "t.txt", "2024-05-18");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  CHECK(find_claim(r, "1兆8,000億円")->source.value_or("") == "BWEA");
  auto over =
      run("調査会社BWEAによると、洋上風力発電の国内関連市場は2030年度に約1兆8,000億円に拡大する。"
          "このうち保守・運用サービスは2030年度に約2兆2,000億円を占める見通し。",
          "t.txt", "2024-05-18");
  CHECK(count_rule(over, "part-exceeds-whole") == 1);
}

TEST_CASE("ja: shares named at the head of a long clause, a fall written after its rate") {
  auto shares =
      run("化粧品OEMの国内市場は2024年度に3,860億円となる見通しだ。コスモ総研の推計によると、"
          "受託額ベースのシェアは首位の日本コスメティックファクトリーが38%、2位の白鳳化粧品"
          "工業が27%、以下、ルミエール・ラボが22%、三和ビューティープロダクツが18%だった。",
          "t.txt", "2024-09-01");
  CHECK(count_rule(shares, "share-overflow") == 1);
  CHECK(find_claim(shares, "38%")->source.value_or("") == "コスモ総研");
  auto fall = run("代替肉の国内市場は2024年に331億円と、前年の352億円から6.0%縮小した。", "t.txt",
                  "2025-02-01");
  CHECK(count_rule(fall, "change-mismatch") == 0);
}

TEST_CASE("zh: a bare 市场规模 is the market named before it, and 从 opens a move") {
  auto r =
      run("报告显示，2020年我国手术机器人市场规模为42.8亿元；预计2026年市场规模将增长至232亿元，"
          "2020—2026年年复合增长率为28.5%。",
          "t.txt", "2021-03-01");
  CHECK(find_claim(r, "232亿元")->subject.value_or("") == "我国手术机器人市场规模");
  CHECK(count_rule(r, "cagr-mismatch") == 1);
}

TEST_CASE("Chinese and Japanese relative years, two-digit years and signed rates") {
  using fc::test::find_claim;
  auto ja = fc::test::run(
      "今年度は1兆2200億円程度を見込む。同社は28年度に1兆3800億円、30年には1兆5000億円まで"
      "拡大すると予測している。昨年比12%増の9800億円だった。10年間で3000億円に達した。",
      "t.txt", "2024-08-08");
  CHECK(find_claim(ja, "1兆2200億円")->year == 2024);
  CHECK(find_claim(ja, "1兆3800億円")->year == 2028);
  CHECK(find_claim(ja, "1兆5000億円")->year == 2030);
  CHECK_FALSE(find_claim(ja, "9800億円")->year == 2023);  // 昨年比: a comparison's base
  CHECK_FALSE(find_claim(ja, "3000億円")->year);          // 10年間: a span, not a year
  auto zh = fc::test::run("市场规模明年将达到1.2万亿元，2023—2028年年复合增长率约为-3.6%。",
                          "t.txt", "2024-05-01");
  CHECK(find_claim(zh, "1.2万亿元")->year == 2025);
  REQUIRE(find_claim(zh, "-3.6%"));
  CHECK(find_claim(zh, "-3.6%")->rate->point < 0);
}

TEST_CASE("Chinese ranges joined by 至 and multiples that count the increase") {
  using fc::test::find_claim;
  auto r = fc::test::run(
      "行业年复合增长率预计在10%至15%之间。截至2023年底保有量约2万辆，距离2025年约5万辆的目标，"
      "仍需增长1.5倍。",
      "t.txt", "2024-03-01");
  const auto* range = find_claim(r, "10%至15%");
  REQUIRE(range);
  CHECK(*range->rate->low == doctest::Approx(0.10));
  CHECK(*range->rate->high == doctest::Approx(0.15));
  const auto* factor = find_claim(r, "1.5倍");
  REQUIRE(factor);
  CHECK(factor->rate->point == doctest::Approx(2.5));  // 增长1.5倍: ×2.5
  CHECK(fc::test::count_rule(r, "change-mismatch") == 0);
}

TEST_CASE("Chinese and Japanese comparison bases and bounds after a figure") {
  using fc::test::find_claim;
  auto ja = fc::test::run(
      "2023年度の市場規模は1520億円と、前年度（1410億円）比で12.8%増えた。今年の市場規模は前年比"
      "9.4%増の1660億円を見込む。同社は40年に1兆ドルを超えると予測する。",
      "t.txt", "2024-08-08");
  CHECK(find_claim(ja, "1410億円")->year == 2022);          // 前年度（…）: the year before
  CHECK(find_claim(ja, "1660億円")->year == 2024);          // 今年, not the 前年 of 前年比
  CHECK(find_claim(ja, "1兆ドル")->value_hedge == "over");  // を超える
  CHECK(fc::test::count_rule(ja, "change-mismatch") == 1);  // 1520/1410 is 7.8%, not 12.8%
  auto zh = fc::test::run("去年我国现制咖啡市场规模约为1515亿元，较前年的1150亿元增长31.7%。",
                          "t.txt", "2024-05-01");
  CHECK(find_claim(zh, "1515亿元")->year == 2023);
  CHECK(find_claim(zh, "1150亿元")->year == 2022);  // 前年的: the base's own year
}

TEST_CASE("ja: a second publisher that opens its sentence and estimates names its own figure") {
  auto r =
      run("東西リサーチによると、国内の家庭用蓄電池市場は2030年に2,400億円に達する見通しだ。"
          "一方、北斗総研は同年の市場規模を2,000億円程度と、慎重に見積もっている。",
          "t.txt", "2025-03-01");
  CHECK(find_claim(r, "2,000億円")->source.value_or("") == "北斗総研");
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("zh: a rate in a sentence dated to a half is the half's change, not the year's") {
  auto r =
      run("某研究机构数据显示，今年上半年国内扫地机器人销量为820万台，同比增长9.5%。该机构预计，"
          "今年全年销量约为1900万台，同比增长18.0%。",
          "t.txt", "2024-08-01");
  REQUIRE(find_claim(r, "9.5%") != nullptr);
  CHECK(find_claim(r, "9.5%")->part_year);
  CHECK_FALSE(find_claim(r, "18.0%")->part_year);
  CHECK(count_rule(r, "change-mismatch") == 0);
}

TEST_CASE("ja: a bare market carried to a sentence's figures is still meant two sentences on") {
  auto r =
      run("北浜総研によると、2023年の市場規模は前年比5.0%増の420億円だった。同社は2028年には"
          "600億円に拡大すると予測。このうち業務用が約6割を占めるとみる。同社の担当者は「28年に"
          "540億円という予測は控えめだ」と話す。",
          "t.txt", "2024-10-30");
  REQUIRE(find_claim(r, "540億円") != nullptr);
  CHECK(find_claim(r, "540億円")->subject.value_or("") == "市場規模");
  CHECK(count_rule(r, "figure-disagreement") == 1);
}

TEST_CASE(
    "ja: a market named among the parts of a breakdown is not the one a later bare market means") {
  const char* lead =
      "北浜総研は、国内の家庭用ロボット市場規模が2023年度に1000億円となり、28年度には"
      "2000億円に達するとの予測を公表した。分野別では掃除ロボット市場が600億円と6割を"
      "占め、見守りロボット市場は250億円だった。同社は市場が年平均約";
  auto wrong =
      run(std::string(lead) + "25%のペースで伸びると見込んでいる。", "t.txt", "2024-06-01");
  REQUIRE(find_claim(wrong, "25%") != nullptr);
  CHECK(find_claim(wrong, "25%")->subject.value_or("") == "家庭用ロボット市場規模");
  CHECK(count_rule(wrong, "cagr-mismatch") == 1);
  auto ok = run(std::string(lead) + "15%のペースで伸びると見込んでいる。", "t.txt", "2024-06-01");
  CHECK(count_rule(ok, "cagr-mismatch") == 0);
}

TEST_CASE("ja: a name opening a sentence that ends in 見込んでおり or みている is its source") {
  auto r =
      run("アクメ総研は、国内の家庭用蓄電池市場が2035年度に約9000億円に拡大すると予測した。一方、"
          "ベータ研究所は35年度の市場を約7000億円と見込んでおり、見通しには幅がある。",
          "t.txt", "2025-06-01");
  REQUIRE(find_claim(r, "7000億円") != nullptr);
  CHECK(find_claim(r, "7000億円")->source.value_or("") == "ベータ研究所");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  auto seen =
      run("アクメ総研は、国内の家庭用蓄電池市場が2035年度に約9000億円に拡大すると予測した。"
          "一方、ベータ研究所は同じ35年度の市場を約7000億円とやや慎重にみている。",
          "t.txt", "2025-06-01");
  REQUIRE(find_claim(seen, "7000億円") != nullptr);
  CHECK(find_claim(seen, "7000億円")->source.value_or("") == "ベータ研究所");
}
