// Chinese and Japanese roles: a source that points back, a scope glued to the market's name, a
// compound rate named after its figure and a quarter's figure.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("zh: '该机构' is the source named before, so its CAGR is held to both figures") {
  auto r =
      run("智研瞻咨询统计，2020年中国智能家居市场规模约为5,145亿元。该机构预计，2025年市场规模将"
          "达到9,800亿元，2020-2025年年复合增长率约为24%。",
          "t.txt", "2021-06-01");
  REQUIRE(find_claim(r, "9,800亿元"));
  CHECK(find_claim(r, "9,800亿元")->source == "智研瞻咨询");
  CHECK(count_rule(r, "cagr-mismatch") == 1);
}

TEST_CASE("zh: a market written without its scope is the scoped one the article named") {
  auto r =
      run("机器人产业观察（RIO）统计数据显示，2021年中国工业机器人销量约为25.6万台。RIO预计，2026年"
          "国内工业机器人销量将达到约52万台，2021-2026年年复合增长率将达到22.4%。",
          "t.txt", "2022-06-01");
  CHECK(count_rule(r, "cagr-mismatch") == 1);
  auto fits =
      run("机器人产业观察（RIO）统计数据显示，2021年中国工业机器人销量约为25.6万台。RIO预计，2026年"
          "工业机器人销量将达到约52万台，2021-2026年年复合增长率将达到15.2%。",
          "t.txt", "2022-06-01");
  CHECK(fits.findings.empty());
}

TEST_CASE("zh: a compound rate named after its figure ('20%以上的年均增速')") {
  auto r =
      run("优品咨询数据显示，2022年中国预制菜市场规模约为4,196亿元。该机构认为，行业将保持20%以上的"
          "年均增速，预计到2026年市场规模将达到3,960亿元。",
          "t.txt", "2023-03-01");
  REQUIRE(find_claim(r, "20%"));
  CHECK(find_claim(r, "20%")->rate_of == fc::rate_kind::cagr);
  CHECK(find_claim(r, "4,196亿元")->subject == "中国预制菜市场规模");
  CHECK(count_rule(r, "growth-contradiction") == 1);
}

TEST_CASE("ja: a quarter's figure is not the year's") {
  auto r = run(
      "ストリームデータ総合研究所の推計によると、2024年4~6月期の国内動画配信市場は1,520億円だった。"
      "同社は2024年通年の市場規模を6,300億円と予測している。",
      "t.txt", "2024-08-01");
  REQUIRE(find_claim(r, "1,520億円"));
  CHECK(find_claim(r, "1,520億円")->part_year);
  CHECK(r.findings.empty());
}

TEST_CASE("zh/ja: container and ship counts, and a bracketed earlier forecast") {
  auto teu =
      run("海观航运研究院发布的报告称，2022年中国港口集装箱吞吐量达到2.96亿标准箱，较2021年的2.83亿"
          "标准箱同比增长8.7%。",
          "t.txt", "2023-02-01");
  REQUIRE(find_claim(teu, "2.96亿标准箱"));
  CHECK(find_claim(teu, "2.96亿标准箱")->unit == "TEU");
  CHECK(count_rule(teu, "change-mismatch") == 1);
  auto tons =
      run("オーシャン・ブローカーズ・アナリティクスのまとめでは、2024年のコンテナ船の新造船受注量は"
          "1,960万総トンと、前年の1,420万総トンから38%増加した。",
          "t.txt", "2025-01-20");
  CHECK(tons.findings.empty());
  auto revised =
      run("信达智研上调了对中国AI服务器市场的预期，预计2027年市场规模将达到1,340亿元（此前预测为"
          "1,460亿元）。",
          "t.txt", "2024-11-01");
  CHECK(count_rule(revised, "revision-direction") == 1);
}

TEST_CASE("ja: a breakdown by use and an unnamed share list are held to their whole") {
  auto parts = run(
      "英調査会社RAGは、2025年の世界の産業用ロボット市場が約155億ドルになるとの見通しを示した。"
      "用途別にみると、自動車向けが62億ドル、電機・電子向けが58億ドル、金属・機械向けが31億ドル、"
      "その他が27億ドルとなる。",
      "t.txt", "2024-05-01");
  CHECK(count_rule(parts, "part-exceeds-whole") == 1);
  auto shares = run(
      "HADによると、ブランド別シェアは米クリーンボットが58%で首位、国内のミツバ電機が22%、中国の"
      "龍翔科技が17%で、その他が9%だった。",
      "t.txt", "2019-10-10");
  CHECK(count_rule(shares, "share-overflow") == 1);
  auto fits = run(
      "HADによると、ブランド別シェアは米クリーンボットが52%で首位、国内のミツバ電機が22%、中国の"
      "龍翔科技が17%で、その他が9%だった。",
      "t.txt", "2019-10-10");
  CHECK(fits.findings.empty());
}
