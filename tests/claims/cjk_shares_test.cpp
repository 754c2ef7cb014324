// Chinese share lists: the rest of a list ("其他…合计约占"), and a list whose own rest makes
// the whole.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("zh: '其他…合计约占' is the rest of the list, not the sum of the parts before it") {
  auto over =
      run("据星河研究院测算，2024年我国智能家居市场规模约为8000亿元。分品类看，照明约占市场总规模的"
          "45%，安防约占40%，家电控制及其他品类合计约占25%。",
          "t.txt", "2025-03-01");
  REQUIRE(find_claim(over, "25%"));
  CHECK(find_claim(over, "25%")->remainder);
  CHECK(count_rule(over, "share-overflow") == 1);
  auto fits =
      run("据星河研究院测算，2024年我国智能家居市场规模约为8000亿元。分品类看，照明约占市场总规模的"
          "45%，安防约占40%，家电控制及其他品类合计约占15%。",
          "t.txt", "2025-03-01");
  CHECK(count_rule(fits, "share-overflow") == 0);
}

TEST_CASE("zh: a list whose rest makes the whole does not go on with a share before it") {
  auto r = run(
      "据星河研究院测算，今年我国在线旅游交易规模将达到1.2万亿元，线上渗透率将升至约41%。分渠道看，"
      "甲平台、乙平台、丙平台的份额分别约为52%、30%和11%，其余平台合计约7%。",
      "t.txt", "2025-03-01");
  CHECK(count_rule(r, "share-overflow") == 0);
}

TEST_CASE("zh: '占X的' names the whole of a share, so shares of two wholes are two lists") {
  auto r = run(
      "据星河研究院测算，2024年我国户外用品市场规模为1850亿元。其中，服装鞋履约为1120亿元，占整体"
      "市场的60.5%；分品类来看，冲锋衣、徒步鞋和速干衣分别占服装鞋履销售额的48.2%、35.1%和16.7%。",
      "t.txt", "2025-03-01");
  REQUIRE(find_claim(r, "48.2%"));
  CHECK(find_claim(r, "48.2%")->share_whole == "服装鞋履销售额");
  CHECK(count_rule(r, "share-overflow") == 0);
}

TEST_CASE(
    "zh: a year written after the sentence's opening relative year dates the figures after it") {
  auto r =
      run("据星河研究院测算，今年我国低空物流市场规模约为120亿元，到2030年将突破500亿元，达到约530"
          "亿元。",
          "t.txt", "2025-03-01");
  REQUIRE(find_claim(r, "120亿元"));
  CHECK(find_claim(r, "120亿元")->year == 2025);
  REQUIRE(find_claim(r, "530亿元"));
  CHECK(find_claim(r, "530亿元")->year == 2030);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("zh/ja: an amount that names a price band is a unit price, not a size") {
  auto zh = run(
      "据星河研究院测算，2024年我国现制咖啡市场规模约为1320亿元。从价格带来看，15元至25元价格带门店"
      "占比约46%，15元以下约占38%。",
      "t.txt", "2025-03-01");
  REQUIRE(find_claim(zh, "15元至25元"));
  CHECK(find_claim(zh, "15元至25元")->per == "unit");
  CHECK(count_rule(zh, "share-mismatch") == 0);
  auto ja =
      run("ミライ総研によると、2024年の国内ワイヤレスイヤホン市場は2400億円だった。1万円から2万円の"
          "価格帯"
          "が全体の42%を占めた。",
          "t.txt", "2025-03-01");
  REQUIRE(find_claim(ja, "2万円"));
  CHECK(find_claim(ja, "2万円")->per == "unit");
  CHECK(count_rule(ja, "share-mismatch") == 0);
}

TEST_CASE("zh: a bare measure is of the market its own sentence named before it") {
  auto r =
      run("据星河研究院统计，去年我国平板电脑出货量约为2900万台，其中教育平板出货量约1100万台。该机"
          "构预计，"
          "今年中国平板电脑市场将小幅回暖，出货量同比增长约4%至约3016万台。",
          "t.txt", "2025-03-01");
  REQUIRE(find_claim(r, "3016万台"));
  CHECK(find_claim(r, "3016万台")->subject == "中国平板电脑市场出货量");
  CHECK(count_rule(r, "change-mismatch") == 0);
}

TEST_CASE("zh: retail sales ('零售') head a subject, so a segment's retail is its own measure") {
  auto r =
      run("据星河汽车研究院统计，去年全国摩托车零售1650万辆，同比增长6.2%"
          "；其中，电动摩托车零售520万辆，"
          "同比增长31.5%。",
          "t.txt", "2025-03-01");
  REQUIRE(find_claim(r, "520万辆"));
  CHECK(find_claim(r, "520万辆")->subject == "电动摩托车零售");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  CHECK(count_rule(r, "change-mismatch") == 0);
}

TEST_CASE(
    "zh: a figure after '从…口径看，' is measured on another basis, not a part of the total") {
  auto r = run(
      "据星河研究院统计，去年我国二手车线上交易额为3200亿元，其中，直播渠道1100亿元。从含线下成交的"
      "更宽口径看，星河研究院估算去年二手车交易总额约为1.2万亿元。",
      "t.txt", "2025-03-01");
  REQUIRE(find_claim(r, "1.2万亿元"));
  CHECK_FALSE(find_claim(r, "1.2万亿元")->part);
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
}

TEST_CASE("zh: a time word before a subject ('未来', '届时') is no part of its name") {
  auto r =
      run("星河研究院数据显示，2023年中国宠物医疗市场规模为800亿元。星河研究院预计，未来中国宠物医"
          "疗市场规模"
          "将稳步扩大，2027年有望达到1600亿元，2023—2027年年均复合增长率约为12%"
          "，届时市场规模将是2023年的"
          "2倍。",
          "t.txt", "2024-03-01");
  REQUIRE(find_claim(r, "1600亿元"));
  CHECK(find_claim(r, "1600亿元")->subject == "中国宠物医疗市场规模");
  CHECK(count_rule(r, "cagr-mismatch") == 1);
}

TEST_CASE("zh: sales written as a verb's noun ('累计销售') head a subject") {
  auto r =
      run("星河汽车研究院统计显示，去年全年我国氢能客车累计销售5200辆，较前年的4000辆同比增长45%。",
          "t.txt", "2025-03-01");
  REQUIRE(find_claim(r, "5200辆"));
  CHECK(find_claim(r, "5200辆")->subject == "我国氢能客车累计销售");
  CHECK(count_rule(r, "change-mismatch") == 1);
}

TEST_CASE("zh: a multiple of a named year's level written after it in brackets") {
  auto bad =
      run("星河研究院报告显示，今年我国露营经济规模预计将达到2400亿元，较去年的2000亿元增长约20%"
          "，已增长至"
          "2021年的4倍左右（2021年约为800亿元）。",
          "t.txt", "2024-09-01");
  CHECK(count_rule(bad, "change-mismatch") == 1);
  auto fits =
      run("星河研究院报告显示，今年我国露营经济规模预计将达到2400亿元，较去年的2000亿元增长约20%"
          "，已增长至"
          "2021年的3倍左右（2021年约为800亿元）。",
          "t.txt", "2024-09-01");
  CHECK(count_rule(fits, "change-mismatch") == 0);
}

TEST_CASE("ja: a fall written as a noun after の ('前年比20.0%の大幅減') is a decline") {
  auto r = run(
      "ミライ総研の推計によると、国内カラオケ市場は2019年に4,000億円だったが、2020年には3,200億円と"
      "前年比20.0%の大幅減となった。",
      "t.txt", "2024-10-01");
  REQUIRE(find_claim(r, "20.0%"));
  CHECK(find_claim(r, "20.0%")->rate->point < 0);
  CHECK(count_rule(r, "change-mismatch") == 0);
}

TEST_CASE(
    "zh/ja: the part a '其中'/'このうち' sentence names is not carried to the sentences after") {
  auto zh =
      run("星河研究院数据显示，去年我国储能电池出货量约为200GWh。其中，户用储能电池出货量为30GWh。"
          "该机构"
          "预计，到2030年出货量将达到约1000GWh，约为去年的5倍。",
          "t.txt", "2025-03-01");
  REQUIRE(find_claim(zh, "1000GWh"));
  CHECK(find_claim(zh, "1000GWh")->subject == "我国储能电池出货量");
  CHECK(count_rule(zh, "change-mismatch") == 0);
  auto ja = run(
      "ミライ総研は、2023年度の国内ペット保険市場規模が前年度比10.0%増の1,100億円になったとの推計を"
      "まとめた。このうち犬向けの保険市場が700億円を占める。2024年度も拡大が続き、前年度比10.0%増の"
      "900億円になる見通し。",
      "t.txt", "2024-06-01");
  CHECK(count_rule(ja, "change-mismatch") == 1);
}

TEST_CASE("zh: a share a move reaches in a later year is no item of today's list") {
  auto r =
      run("星河研究院数据显示，今年我国智能手表市场规模约为600亿元。其中，儿童手表和成人手表分别占"
          "比约40%和"
          "60%，但后者增速更快，预计2028年成人手表占比将提升至七成左右。",
          "t.txt", "2025-03-01");
  REQUIRE(find_claim(r, "七成"));
  CHECK(find_claim(r, "七成")->change_end);
  CHECK(count_rule(r, "share-overflow") == 0);
}

TEST_CASE("zh/ja: '同市場' and '该市场' are the market named before") {
  auto ja =
      run("ミライ総研は、国内の家庭用蓄電池市場が2023年度の約800億円から、2030年度には約2,"
          "000億円へ拡大すると"
          "予測した。ミライ総研は2030年度の同市場を約2,600億円と見込んでいる。",
          "t.txt", "2024-08-01");
  REQUIRE(find_claim(ja, "2,600億円"));
  CHECK(find_claim(ja, "2,600億円")->subject_key == find_claim(ja, "2,000億円")->subject_key);
  CHECK(count_rule(ja, "figure-disagreement") == 1);
  auto zh =
      run("星河研究院数据显示，2023年中国宠物医疗市场规模为800亿元。该机构预计，2027年该市场规模将"
          "达到1000亿元。",
          "t.txt", "2024-03-01");
  REQUIRE(find_claim(zh, "1000亿元"));
  CHECK(find_claim(zh, "1000亿元")->subject == "中国宠物医疗市场规模");
}

TEST_CASE("ja/zh: a dimension opened after a comma starts a list of its own") {
  auto ja =
      run("ミライ総研によると、2024年の国内クラウドゲーム市場は1,"
          "200億円だった。このうちスマートフォン向けが"
          "約6割を占め、地域別では首都圏が全体の約5割に上る。",
          "t.txt", "2025-03-01");
  CHECK(count_rule(ja, "share-overflow") == 0);
  auto zh = run(
      "星河研究院数据显示，2024年我国宠物保险市场规模约为80亿元。其中，犬类保险约占60%，分地区看，"
      "华东地区约占45%。",
      "t.txt", "2025-03-01");
  CHECK(count_rule(zh, "share-overflow") == 0);
}

TEST_CASE("ja: a year written with its month dates an event, not the sentence after it") {
  auto r =
      run("ミライ総研は、国内の電子契約サービス市場の推計を発表した。2026年4月に新たな規制が施行さ"
          "れるのを前に、"
          "導入が加速する。前年度の実績は420億円だった。",
          "t.txt", "2025-05-16");
  REQUIRE(find_claim(r, "420億円"));
  CHECK(find_claim(r, "420億円")->year != 2026);
}

TEST_CASE("zh: a price per cup is a unit price, and growth that slowed to a rate is still growth") {
  auto r =
      run("星河研究院数据显示，去年我国现制茶饮市场规模达到2000亿元，在“6."
          "9元一杯”价格战的推动下加速下沉。"
          "星河研究院预计，今年市场规模将增至2300亿元，同比增速回落至15.0%左右。",
          "t.txt", "2025-03-01");
  REQUIRE(find_claim(r, "6.9元"));
  CHECK(find_claim(r, "6.9元")->per == "unit");
  REQUIRE(find_claim(r, "15.0%"));
  CHECK(find_claim(r, "15.0%")->rate->point > 0);
  CHECK(r.findings.empty());
}

TEST_CASE("zh: 'X的口径' names the source of the figures after it") {
  auto r =
      run("星河研究院数据显示，2024年中国露营装备市场规模为820亿元。月湖咨询的口径则略有差异，其测"
          "算2024年"
          "市场规模约为790亿元。",
          "t.txt", "2025-03-01");
  REQUIRE(find_claim(r, "790亿元"));
  CHECK(find_claim(r, "790亿元")->source == "月湖咨询");
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE(
    "zh: '较去年创纪录的…' dates the base by the relative year, past the words that describe it") {
  auto r = run("星河协会报告指出，今年全球光伏组件出货量预计为480GW，较去年创纪录的500GW下降4.0%。",
               "t.txt", "2024-12-01");
  REQUIRE(find_claim(r, "500GW"));
  CHECK(find_claim(r, "500GW")->year == 2023);
  CHECK(find_claim(r, "480GW")->year == 2024);
  CHECK(r.findings.empty());
}

TEST_CASE("zh: new installations ('新增装机') head a subject of their own") {
  auto r = run(
      "星河协会数据显示，2023年我国风电整机产量达到120GW，同比增长30.0%"
      "；去年国内风电新增装机75GW，同比"
      "增长100.0%"
      "。星河协会预计，今年国内新增装机规模在70GW至80GW之间，全球新增装机则在140GW至160GW之间。",
      "t.txt", "2024-03-01");
  REQUIRE(find_claim(r, "75GW"));
  CHECK(find_claim(r, "75GW")->subject == "风电新增装机");
  CHECK(r.findings.empty());
}

TEST_CASE("zh: a part named after an inline '，其中' is not carried to a bare measure after it") {
  auto r =
      run("星河协会数据显示，去年全球储能电站新增并网容量20GW，其中中国新增装机约9GW。星河协会预计"
          "，到2028年"
          "全球储能年新增装机将达到约60GW。",
          "t.txt", "2025-03-01");
  REQUIRE(find_claim(r, "60GW"));
  CHECK(find_claim(r, "60GW")->subject != find_claim(r, "9GW")->subject);
}

TEST_CASE("zh: a share after 由 is the base of a move, not an item of a list") {
  auto r =
      run("星河协会测算，到2030年，分布式光伏占全国光伏装机的比重将由目前的45%左右提升至约65%。",
          "t.txt", "2024-05-01");
  REQUIRE(find_claim(r, "45%"));
  CHECK(find_claim(r, "45%")->move_base);
  CHECK(count_rule(r, "share-overflow") == 0);
}

TEST_CASE("ja: the amount after a share and にあたる is the share's part, not a second level") {
  auto ok =
      run("東西リサーチは、国内の家庭用蓄電池市場が2030年に4,000億円に達すると予測した。"
          "成長の中心は太陽光併設型で、30年には全体の60%にあたる2,400億円を占める見通し。",
          "t.txt", "2025-01-10");
  CHECK(count_rule(ok, "figure-disagreement") == 0);
  CHECK(count_rule(ok, "share-mismatch") == 0);
  auto wrong =
      run("東西リサーチは、国内の家庭用蓄電池市場が2030年に4,000億円に達すると予測した。"
          "成長の中心は太陽光併設型で、30年には全体の60%にあたる3,000億円を占める見通し。",
          "t.txt", "2025-01-10");
  CHECK(count_rule(wrong, "share-mismatch") == 1);
}

TEST_CASE("ja: a percentage before にあたる is a share of a whole") {
  auto r =
      run("富士総研は、介護ロボットの国内市場が2030年に535億円に達するとの見通しを示した。"
          "30年時点では見守り型が約45%にあたる240億円規模を占める。",
          "t.txt", "2024-05-01");
  REQUIRE(find_claim(r, "45%") != nullptr);
  CHECK(find_claim(r, "45%")->kind == fc::claim_kind::share);
  CHECK(r.findings.empty());
}

TEST_CASE("ja: a ranking opened by 2位は or closed by が続いた goes on with the shares before") {
  auto over =
      run("北浜総研の調べでは、国内の電子書籍ストア市場の事業者別シェアはA社が35.0%で首位だった。"
          "2位はB社の30.5%で、C社（24.0%）、D社（15.5%）が続いた。",
          "t.txt", "2024-06-01");
  REQUIRE(find_claim(over, "30.5%") != nullptr);
  CHECK(find_claim(over, "30.5%")->kind == fc::claim_kind::share);
  CHECK(count_rule(over, "share-overflow") == 1);
  auto fits =
      run("北浜総研の調べでは、国内の電子書籍ストア市場の事業者別シェアはA社が35.0%で首位だった。"
          "2位はB社の30.5%で、C社（14.0%）、D社（10.5%）が続いた。",
          "t.txt", "2024-06-01");
  CHECK(count_rule(fits, "share-overflow") == 0);
}

TEST_CASE("ja: percentages listed after 内訳 are shares of the whole") {
  auto r =
      run("北浜総研は、2023年の国内ボードゲーム市場が420億円になったと発表した。収益の内訳は"
          "カード型が52%、盤上型が31%、パズル型が27%だった。",
          "t.txt", "2024-04-03");
  REQUIRE(find_claim(r, "52%") != nullptr);
  CHECK(find_claim(r, "52%")->kind == fc::claim_kind::share);
  CHECK(count_rule(r, "share-overflow") == 1);
}

TEST_CASE("zh: a head word that modifies the noun after it names no part's own whole") {
  auto r =
      run("甲乙研究院数据显示，2023年国内茶饮市场规模约为1500亿元。分品类看，现制茶饮占比约60%，"
          "瓶装茶饮占比约30%，茶包及茶叶等零售产品占比约18%。",
          "t.txt", "2024-05-01");
  REQUIRE(find_claim(r, "18%") != nullptr);
  CHECK(find_claim(r, "18%")->subject_key == find_claim(r, "60%")->subject_key);
  CHECK(count_rule(r, "share-overflow") == 1);
}

TEST_CASE("zh: the prior fiscal year's figure (上一财年的) is no whole for a share of this year") {
  auto r =
      run("甲乙研究院数据显示，2024财年某国家电产值约为8.0万亿元，较上一财年的约6.5万亿元增长"
          "约23%。其中，空调产值约3.6万亿元，占比约45%。",
          "t.txt", "2025-06-01");
  REQUIRE(find_claim(r, "3.6万亿元") != nullptr);
  CHECK(count_rule(r, "share-mismatch") == 0);
}
