// Chinese and Japanese years read off a sentence's own words: a year counted from the sentence's
// relative year ("昨年の…、前年の…").
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("ja: 前年 after a sentence's relative year is the year before that one") {
  auto r =
      run("業界団体の集計によると、昨年の家庭用蓄電池の国内出荷台数は12万4000台で、前年の"
          "13万1000台から5.3%減った。",
          "t.txt", "2025-05-20");
  REQUIRE(find_claim(r, "12万4000台") != nullptr);
  CHECK(find_claim(r, "12万4000台")->year == 2024);
  CHECK(find_claim(r, "13万1000台")->year == 2023);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("ja: a coarse share a bit past its figure (1割強) reaches up to its written step") {
  auto near =
      run("昨年の国内の業務用ドローン出荷台数は8万台だった。用途別では農薬散布用が約1万台で"
          "全体の1割強を占めた。",
          "t.txt", "2025-03-10");
  CHECK(count_rule(near, "share-mismatch") == 0);
  auto far =
      run("昨年の国内の業務用ドローン出荷台数は8万台だった。用途別では農薬散布用が約1万5000台"
          "で全体の1割強を占めた。",
          "t.txt", "2025-03-10");
  CHECK(count_rule(far, "share-mismatch") == 1);
}

TEST_CASE("ja: a scope before の names a bare demand head apart from the world's") {
  auto r =
      run("業界団体は、蓄電池の世界需要額が2030年に900億ドルになるとの見通しを示した。日本国内の"
          "需要額も30年には2兆4000億円に増える見込みだ。世界需要を円換算すると30年に約13兆円"
          "となる。",
          "t.txt", "2024-09-01");
  REQUIRE(find_claim(r, "2兆4000億円") != nullptr);
  CHECK(find_claim(r, "900億ドル")->subject.value_or("") == "世界需要額");
  CHECK(find_claim(r, "2兆4000億円")->subject.value_or("") == "日本国内需要額");
  CHECK(find_claim(r, "13兆円")->subject.value_or("") == "世界需要");
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("zh: a hedge between a relative year's possessive and the figure keeps the year") {
  auto r =
      run("据某研究机构测算，今年我国智能门锁市场规模预计达到约380亿元，较去年的约320亿元增长"
          "18.8%。",
          "t.txt", "2024-07-01");
  REQUIRE(find_claim(r, "320亿元") != nullptr);
  CHECK(find_claim(r, "380亿元")->year == 2024);
  CHECK(find_claim(r, "320亿元")->year == 2023);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("zh: output value, installations and box office head their own subjects") {
  auto r =
      run("今年上半年全国锂电池产量约500GWh，同比增长约20%，但受价格下跌影响，行业总产值约为"
          "3,000亿元，同比下降约25%。去年我国动漫衍生品市场规模达到300亿元，首次超过同期电影"
          "票房（约250亿元）。",
          "t.txt", "2024-08-01");
  REQUIRE(find_claim(r, "3,000亿元") != nullptr);
  CHECK(find_claim(r, "3,000亿元")->subject.value_or("").ends_with("总产值"));
  CHECK(find_claim(r, "250亿元")->subject.value_or("").ends_with("电影票房"));
  CHECK(count_rule(r, "change-mismatch") == 0);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("zh: 按照X的测算 names X as the source, so two of its figures for one year disagree") {
  auto r =
      run("赛迪顾问（CCID）预测，到2030年国内低空物流市场规模有望达到约900亿元。按照CCID的测算，"
          "2030年国内低空物流市场规模约为600亿元，其中城市配送占比约五成。",
          "t.txt", "2025-05-01");
  REQUIRE(find_claim(r, "600亿元") != nullptr);
  CHECK(find_claim(r, "600亿元")->source.value_or("") == "CCID");
  CHECK(count_rule(r, "figure-disagreement") == 1);
}

TEST_CASE("zh: a name's word that holds a function character (数据中心) stays in the subject") {
  auto r = run("去年我国数据中心市场收入约为2,400亿元，同比增长约12%。", "t.txt", "2025-04-01");
  REQUIRE(find_claim(r, "2,400亿元") != nullptr);
  CHECK(find_claim(r, "2,400亿元")->subject.value_or("") == "我国数据中心市场收入");
}

TEST_CASE("zh: a bare measure is the one named before, past a market named since") {
  auto r =
      run("去年我国废旧纺织品回收量约为500万吨，同比增长约10%，对应回收市场规模约200亿元。"
          "今年回收量预计同比增长20%—25%，全年回收量将达到约450万吨。",
          "t.txt", "2025-04-01");
  REQUIRE(find_claim(r, "450万吨") != nullptr);
  CHECK(find_claim(r, "450万吨")->subject.value_or("") == "我国废旧纺织品回收量");
  CHECK(find_claim(r, "200亿元")->subject.value_or("") == "回收市场规模");
  CHECK(count_rule(r, "change-mismatch") == 1);
}

TEST_CASE(
    "ja: a two-digit year before の and a figure dates that figure; 10年の歴史 stays a span") {
  auto r =
      run("同社は国内のペットフード市場が23年の5200億円から28年には6100億円に拡大すると予測する。"
          "同社は10年の歴史を持つ。",
          "t.txt", "2024-05-01");
  REQUIRE(find_claim(r, "5200億円") != nullptr);
  CHECK(find_claim(r, "5200億円")->year == 2023);
  CHECK(find_claim(r, "6100億円")->year == 2028);
  CHECK(r.claims.size() == 2);
}

TEST_CASE("ja, zh: 前年 opening a sentence with no year counts from the level dated before it") {
  auto r =
      run("北浜総研は3日、2023年の国内ボードゲーム市場が420億円になったと発表した。"
          "前年の350億円から20.0%増え、2018年に記録した300億円を大きく上回った。",
          "t.txt", "2024-04-03");
  REQUIRE(find_claim(r, "350億円") != nullptr);
  CHECK(find_claim(r, "350億円")->year == 2022);
  CHECK(find_claim(r, "20.0%")->period_from == 2022);
  CHECK(find_claim(r, "20.0%")->period_to == 2023);
  CHECK(count_rule(r, "change-mismatch") == 0);
  auto wrong =
      run("北浜総研は3日、2023年の国内ボードゲーム市場が420億円になったと発表した。"
          "前年の350億円から35.0%増え、2018年に記録した300億円を大きく上回った。",
          "t.txt", "2024-04-03");
  CHECK(count_rule(wrong, "change-mismatch") + count_rule(wrong, "growth-contradiction") >= 1);
  auto zh = run("2023年全国露营装备零售额为260亿元。上年从200亿元起步，增长势头明显。", "t.txt",
                "2024-02-01");
  CHECK(find_claim(zh, "200亿元")->year == 2022);
  // "前年度は…だった" restates a level without a move: it is left to the sentence's own words.
  auto level = run("2023年の国内ボードゲーム市場は420億円だった。前年は350億円だった。", "t.txt",
                   "2024-04-03");
  CHECK_FALSE(find_claim(level, "350億円")->year.has_value());
  // "配信のうちストリーミングは前年の…": a topic before the year may name a part; it is left.
  auto part =
      run("2023年の音楽配信売上は1100億円だった。ストリーミングは前年の900億円から10%伸びた。",
          "t.txt", "2024-03-01");
  CHECK_FALSE(find_claim(part, "900億円")->year.has_value());
}

TEST_CASE("ja: a publisher's name spaced between katakana words is one name") {
  auto r =
      run("ミナト リサーチ ラボは12日、国内の電子契約市場が今年度に480億円に達するとの見通しを"
          "発表した。",
          "t.txt", "2024-06-12");
  REQUIRE(find_claim(r, "480億円") != nullptr);
  CHECK(find_claim(r, "480億円")->source.value_or("") == "ミナト リサーチ ラボ");
}

TEST_CASE("ja, zh: a year-on-year rate right after a move's base is the change out of its year") {
  auto wrong =
      run("北浜総研は今年度の国内電子契約市場が620億円に達すると発表した。"
          "昨年度の500億円から前年度比40%増える計算だ。",
          "t.txt", "2024-11-20");
  REQUIRE(find_claim(wrong, "40%") != nullptr);
  CHECK(find_claim(wrong, "40%")->period_from == 2023);
  CHECK(find_claim(wrong, "40%")->period_to == 2024);
  CHECK(count_rule(wrong, "change-mismatch") == 1);
  auto ok = run("北浜总研预计，今年国内电子签约市场规模将达到620亿元，较去年的500亿元同比增长24%。",
                "t.txt", "2024-11-20");
  CHECK(count_rule(ok, "change-mismatch") == 0);
}

TEST_CASE("ja: ケース counts cases, and a fall between two years of them is checked") {
  auto r =
      run("大手各社によると、2023年の国内缶チューハイ出荷量は1億8000万ケースで、前年比2.0%減った。"
          "前年の2億2000万ケースから一段と縮んだ。",
          "t.txt", "2024-01-20");
  REQUIRE(find_claim(r, "1億8000万ケース") != nullptr);
  CHECK(find_claim(r, "2億2000万ケース")->year == 2022);
  CHECK(count_rule(r, "change-mismatch") == 1);
}

TEST_CASE("a year followed by の/的/의 and a multiple is the multiple's base, not the figure's") {
  auto ja =
      run("アクメ総研によると、2024年度の国内充電市場は650億円だった。2030年度には2024年度の"
          "約3.5倍にあたる2280億円に達すると予測する。",
          "t.txt", "2025-07-01");
  REQUIRE(find_claim(ja, "2280億円") != nullptr);
  CHECK(find_claim(ja, "2280億円")->year == 2030);
  CHECK(count_rule(ja, "figure-disagreement") == 0);
  auto zh =
      run("甲乙研究院估计，2024年国内充电市场规模为650亿元。预计2030年将达到2024年的约3.5倍，"
          "即2280亿元。",
          "t.txt", "2025-07-01");
  REQUIRE(find_claim(zh, "2280亿元") != nullptr);
  CHECK(find_claim(zh, "2280亿元")->year == 2030);
  CHECK(count_rule(zh, "figure-disagreement") == 0);
  auto ko =
      run("한빛리서치는 2024년 국내 충전 시장 규모를 650억원으로 추정했다. 2030년에는 "
          "2024년의 약 3.5배인 2280억원에 이를 것으로 전망했다.",
          "t.txt", "2025-07-01");
  REQUIRE(find_claim(ko, "2280억원") != nullptr);
  CHECK(find_claim(ko, "2280억원")->year == 2030);
  CHECK(count_rule(ko, "figure-disagreement") == 0);
}

TEST_CASE("ja: a change right after a part's prior-year figure is that part's move") {
  auto r =
      run("アクメ総研によると、2023年の国内通販市場規模は20兆円だった。このうち家電分野は"
          "8兆4000億円と全体の42%を占め、前年の8兆1000億円から9.5%伸びた。",
          "t.txt", "2024-09-01");
  REQUIRE(find_claim(r, "9.5%") != nullptr);
  CHECK(find_claim(r, "9.5%")->subject_key == find_claim(r, "8兆1000億円")->subject_key);
  CHECK(count_rule(r, "change-mismatch") == 1);
  auto fits =
      run("アクメ総研によると、2023年の国内通販市場規模は20兆円だった。このうち家電分野は"
          "8兆4000億円と全体の42%を占め、前年の8兆1000億円から3.7%伸びた。",
          "t.txt", "2024-09-01");
  CHECK(count_rule(fits, "change-mismatch") == 0);
}

TEST_CASE("ja: 前の年度の after the sentence's own year names the year before's figure") {
  auto r =
      run("アクメ総研によると、2024年度の国内ペット保険の契約総額は5200億円で、前の年度の"
          "4600億円から13.0%増えた。",
          "t.txt", "2025-07-01");
  REQUIRE(find_claim(r, "4600億円") != nullptr);
  CHECK(find_claim(r, "4600億円")->year == 2023);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE(
    "a year-on-year rate right after a level is that level's change, past another clause's year") {
  auto r = fc::test::run(
      "甲乙研究院报告显示，去年中国算力市场规模约为259亿美元，同比增长约36%"
      "；今年有望达到337亿美元，"
      "同比增长约30%。",
      "t.txt", "2026-01-15");
  const auto* rate = fc::test::find_claim(r, "30%");
  REQUIRE(rate);
  CHECK(rate->period_to == 2026);
  CHECK(fc::test::count_rule(r, "change-mismatch") == 0);
  auto tw =
      fc::test::run("甲乙研究院指出，今年全球AI伺服器產值可望達2,980億美元（約新台幣8.9兆元）。",
                    "t.txt", "2025-06-10");
  CHECK(fc::test::find_claim(tw, "新台幣8.9兆元")->currency == "TWD");
  CHECK(fc::test::count_rule(tw, "conversion-mismatch") == 0);
}
