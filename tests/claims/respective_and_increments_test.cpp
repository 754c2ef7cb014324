// Years and amounts paired "respectively", increments written as amounts or as multiples of the
// increase in Chinese, and Japanese point changes.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("listed years and as many amounts pair in order when the text says respectively") {
  auto zh =
      run("甲乙研究院称，2018年、2019年我国宠物保险市场规模分别为100亿元和125亿元，去年进一步增至"
          "150亿元，同比增长20%。",
          "t.txt", "2021-05-01");
  CHECK(find_claim(zh, "100亿元")->year == 2018);
  CHECK(find_claim(zh, "125亿元")->year == 2019);
  CHECK(count_rule(zh, "change-mismatch") == 0);
  auto en =
      run("The Acme drone market was worth $1.0 billion and $1.5 billion in 2022 and 2023, "
          "respectively, up 30%.",
          "t.txt", "2024-05-01");
  CHECK(find_claim(en, "$1.0 billion")->year == 2022);
  CHECK(count_rule(en, "change-mismatch") == 1);
}

TEST_CASE("a Chinese increment: a net increase amount, and a multiple of the increase") {
  auto r = run(
      "甲乙研究院数据显示，2022年中国算力市场规模约为1370亿元，同比增长38.4%，较2021年净增约380亿"
      "元。",
      "t.txt", "2023-02-14");
  CHECK(find_claim(r, "380亿元")->kind == fc::claim_kind::change);
  CHECK(count_rule(r, "change-mismatch") == 0);
  auto factor = run(
      "甲乙研究院预计，到2030年我国银发经济规模将达到19.1万亿元，较2023年的7.1万亿元增长约1.7倍。",
      "t.txt", "2023-10-30");
  CHECK(find_claim(factor, "1.7倍")->rate->point == doctest::Approx(2.7));
  CHECK(count_rule(factor, "change-mismatch") == 0);
}

TEST_CASE("a Japanese point change is a change in points") {
  auto r =
      run("アクメ総研によると、販売チャネルではECの比率が前年の14％から17％へ3ポイント上昇した。",
          "t.txt", "2019-04-08");
  CHECK(find_claim(r, "3ポイント")->rate_of == fc::rate_kind::points);
  CHECK(count_rule(r, "points-vs-percent") == 0);
}

TEST_CASE("a Japanese multiple of a named year's level, and a share after its holder's amount") {
  auto r = run(
      "アクメ総研によると、国内のフェムテック市場は2024年に約770億円となった。同社は2030年には約"
      "2000億円と、2024年比で約3.6倍に拡大すると予測する。",
      "t.txt", "2025-06-03");
  CHECK(find_claim(r, "3.6倍")->year == 2024);
  CHECK(count_rule(r, "change-mismatch") == 1);
  auto s =
      run("アクメ総研の調べによると、2023年の国内冷凍食品市場は1兆2300億円だった。このうち家庭用は"
          "6250億円で構成比は55.8％となった。",
          "t.txt", "2024-07-09");
  CHECK(count_rule(s, "share-mismatch") == 1);
  auto right =
      run("アクメ総研の調べによると、2023年の国内冷凍食品市場は1兆2300億円だった。このうち家庭用は"
          "6250億円で構成比は50.8％となった。",
          "t.txt", "2024-07-09");
  CHECK(count_rule(right, "share-mismatch") == 0);
}

TEST_CASE("a Chinese conversion in full-width brackets, and a proportion of a level") {
  auto r =
      run("甲乙研究院报告显示，2020年全球跨境物流市场规模约为1160亿美元（约合人民币1."
          "1万亿元），同比增长"
          "约24%。",
          "t.txt", "2021-11-05");
  CHECK(find_claim(r, "人民币1.1万亿元")->conversion_of == find_claim(r, "1160亿美元")->id);
  CHECK(count_rule(r, "conversion-mismatch") == 1);
  auto p = run(
      "据甲乙研究院预测，今年我国入境旅游收入有望达到约940亿美元，恢复至2019年1313亿美元的约72%。",
      "t.txt", "2024-12-02");
  CHECK(find_claim(p, "72%")->kind == fc::claim_kind::share);
  CHECK(count_rule(p, "change-mismatch") == 0);
}

TEST_CASE("full-width Latin letters read as their ASCII forms ('ＣＡＧＲは約９％')") {
  auto r =
      run("アクメ総研は５日、再生繊維の世界市場予測をまとめた。２０２４年の約９８億ドルから２０３０"
          "年には約"
          "１６５億ドルへ拡大し、ＣＡＧＲは約９％で推移する見通しだ。",
          "t.txt", "2025-03-05");
  CHECK(find_claim(r, "９％")->rate_of == fc::rate_kind::cagr);
  CHECK(count_rule(r, "change-mismatch") == 0);
  CHECK(count_rule(r, "cagr-mismatch") == 0);
}
