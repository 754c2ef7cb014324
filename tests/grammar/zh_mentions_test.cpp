// Chinese figures (claim-language §13): amounts in 万/亿/万亿 with 元/美元/人民币, Hanzi numerals,
// full-width digits, 兆 as mega in unit words, rates, points, multiples and hedges.
#include <doctest/doctest.h>

#include "cjk_mentions.hpp"

using fc::grammar::mention_kind;
using fc::test::cjk_case;

namespace {
constexpr auto A = mention_kind::amount;
constexpr auto P = mention_kind::percent;
constexpr auto PT = mention_kind::points;
constexpr auto F = mention_kind::factor;
constexpr auto V = mention_kind::vague_amount;
}  // namespace

TEST_CASE("Chinese amounts, rates and multiples read with their precision and hedge") {
  const cjk_case cases[] = {
      {"研究机构预计到2028年该市场将达到10亿美元。", "10亿美元", A, 1e9, 5e7, "USD", "", ""},
      {"去年市场规模为14.4亿元人民币。", "14.4亿元人民币", A, 1.44e9, 5e6, "CNY", "", ""},
      {"预计2030年产业规模将突破1.2万亿元。", "1.2万亿元", A, 1.2e12, 5e10, "CNY", "", "at_least"},
      {"公司获得5000万美元融资。", "5000万美元", A, 5e7, 5e5, "USD", "", ""},
      {"计划投资人民币3,500亿元。", "人民币3,500亿元", A, 3.5e11, 5e9, "CNY", "", ""},
      {"前年该市场规模为800亿元。", "800亿元", A, 8e10, 5e8, "CNY", "", ""},
      {"全年交易额为14224亿元。", "14224亿元", A, 1.4224e12, 5e7, "CNY", "", ""},
      {"行业规模达到三千亿元。", "三千亿元", A, 3e11, 5e10, "CNY", "", ""},
      {"两万亿元的目标有望提前实现。", "两万亿元", A, 2e12, 5e11, "CNY", "", ""},
      {"该项目耗资二十亿美元。", "二十亿美元", A, 2e9, 5e8, "USD", "", ""},
      {"资本支出约新台币1兆元。", "新台币1兆元", A, 1e12, 5e11, "TWD", "", "about"},
      {"新建电厂装机300兆瓦。", "300兆瓦", A, 300, 5, "", "MW", ""},
      {"假期近5亿人次出游。", "5亿人次", A, 5e8, 5e7, "", "person-trips", "nearly"},
      {"人均花费约1000元。", "1000元", A, 1000, 50, "CNY", "", "about"},
      {"人均消费增至2.6万元以上。", "2.6万元", A, 2.6e4, 500, "CNY", "", "at_least"},
      {"产业规模达３﹒４２万亿元。", "３﹒４２万亿元", A, 3.42e12, 5e9, "CNY", "", ""},
      {"出口额为１，２００亿元。", "１，２００亿元", A, 1.2e11, 5e9, "CNY", "", ""},
      {"融资额约合人民币3.6亿元。", "人民币3.6亿元", A, 3.6e8, 5e6, "CNY", "", "about"},
      {"全球市场规模为5800亿美元。", "5800亿美元", A, 5.8e11, 5e9, "USD", "", ""},
      {"市场规模超2.3万亿元。", "2.3万亿元", A, 2.3e12, 5e10, "CNY", "", "over"},
      {"营收逾50亿元。", "50亿元", A, 5e9, 5e7, "CNY", "", "over"},
      {"利润不到10亿美元。", "10亿美元", A, 1e9, 5e7, "USD", "", "under"},
      {"投入至少5亿元用于研发。", "5亿元", A, 5e8, 5e7, "CNY", "", "at_least"},
      {"汽车销量达到5000万辆。", "5000万辆", A, 5e7, 5e5, "", "vehicles", ""},
      {"全社会用电量为13,261太瓦时。", "13,261太瓦时", A, 13261, 0.5, "", "TWh", ""},
      {"海外收入为12.5亿欧元左右。", "12.5亿欧元", A, 1.25e9, 5e6, "EUR", "", "about"},
      {"港股募资80亿港元。", "80亿港元", A, 8e9, 5e7, "HKD", "", ""},
      {"总投资1万亿2000亿元。", "1万亿2000亿元", A, 1.2e12, 5e10, "CNY", "", ""},
      {"年复合增长率约为17%。", "17%", P, 0.17, 0.005, "", "", "about"},
      {"同比增长23.5%。", "23.5%", P, 0.235, 0.0005, "", "", ""},
      {"较十三五末增长８６％。", "８６％", P, 0.86, 0.005, "", "", ""},
      {"年均复合增长率超过30%。", "30%", P, 0.30, 0.005, "", "", "over"},
      {"毛利率维持在15%左右。", "15%", P, 0.15, 0.005, "", "", "about"},
      {"百分之十七的企业实现盈利。", "百分之十七", P, 0.17, 0.005, "", "", ""},
      {"八成以上用户表示满意。", "八成", P, 0.8, 0.05, "", "", "at_least"},
      {"占比提高3.2个百分点。", "3.2个百分点", PT, 0.032, 0.0005, "", "", ""},
      {"渗透率提升两个百分点。", "两个百分点", PT, 0.02, 0.005, "", "", ""},
      {"销售额增长了1.5倍。", "1.5倍", F, 1.5, 0.05, "", "", ""},
      {"出口额是去年的3倍。", "3倍", F, 3, 0.5, "", "", ""},
      {"网购规模翻了一番。", "翻了一番", F, 2, 0.5, "", "", ""},
      {"十年间产值翻两番。", "翻两番", F, 4, 0.5, "", "", ""},
      {"市场规模从数十亿元起步。", "数十亿元", V, 2e9, 0, "CNY", "", ""},
      {"有望达到上百亿元。", "上百亿元", V, 1e10, 0, "CNY", "", ""},
  };
  fc::test::check_cases(cases, std::size(cases));
}

TEST_CASE("Chinese -odd amounts are a little over their written value") {
  auto all = fc::test::scan_original("营收100多亿元，营收10余亿元，用户1万多人。");
  REQUIRE(all.size() == 3);
  CHECK(all[0].text == "100多亿元");
  CHECK(all[0].m.odd_unit == doctest::Approx(1e10));  // (1e10, 2e10)
  CHECK(all[1].text == "10余亿元");
  CHECK(all[1].m.odd_unit == doctest::Approx(1e9));
  CHECK(all[2].text == "1万多人");
  CHECK(all[2].m.unit == "people");
}

TEST_CASE("Chinese rates carry what they measure and their direction") {
  struct {
    const char* sentence;
    const char* text;
    const char* cue;
    bool decline;
  } const cases[] = {
      {"2023~2028年期间年均复合增速有望达到12%。", "12%", "cagr", false},
      {"复合年均增长率（CAGR）为8.6%。", "8.6%", "cagr", false},
      {"营收同比增长23.5%。", "23.5%", "yoy", false},
      {"交易额同比下降5.2%。", "5.2%", "yoy", true},
      {"环比增长3%。", "3%", "qoq", false},
      {"出口额比上年增长1倍。", "1倍", "yoy", false},
      {"利润下滑7%。", "7%", "", true},
  };
  for (const auto& c : cases) {
    std::string text = c.sentence;
    CAPTURE(text);
    bool found = false;
    for (const auto& lm : fc::test::scan_original(c.sentence)) {
      if (lm.text != c.text) continue;
      found = true;
      CHECK(fc::grammar::name(lm.m.rate_cue) == c.cue);
      CHECK(lm.m.decline == c.decline);
    }
    CHECK(found);
  }
}

TEST_CASE("Chinese words that only look like figures give no mention") {
  for (const char* s :
       {"千万不要把\"十四五\"规划和双11、618的销售额混为一谈。", "亿万富翁的数量有所增加。",
        "万一市场下滑，一带一路项目也会受影响。", "该硬盘容量为300兆字节。", "第一季度营收创新高。",
        "5G手机出货量上升。", "元旦期间消费旺盛。", "他十分看好这个市场。"}) {
    std::string text = s;
    CAPTURE(text);
    for (const auto& lm : fc::test::scan_original(s))
      CHECK(lm.m.kind == mention_kind::year);  // only years may come out of these
    CHECK(fc::test::count_of(s, mention_kind::amount) == 0);
  }
}
