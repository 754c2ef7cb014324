// Japanese figures (claim-language §14): 万/億/兆 groups with 円/ドル, Kanji numerals, full-width
// digits, 割 and 分, ポイント, 倍, 倍増 and 半減, and the hedges 約, 超, 強, 弱, 程度, 前後, 台.
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

TEST_CASE("Japanese amounts, rates and multiples read with their precision and hedge") {
  const cjk_case cases[] = {
      {"国内市場は1兆2000億円となった。", "1兆2000億円", A, 1.2e12, 5e10, "JPY", "", ""},
      {"市場は3兆5000億円に拡大する。", "3兆5000億円", A, 3.5e12, 5e10, "JPY", "", ""},
      {"受注額は645億円だった。", "645億円", A, 6.45e10, 5e7, "JPY", "", ""},
      {"営業利益は49.4億円。", "49.4億円", A, 4.94e9, 5e6, "JPY", "", ""},
      {"世界需要は約106億ドルとみられる。", "106億ドル", A, 1.06e10, 5e7, "USD", "", "about"},
      {"投資総額は1兆5,000億ドルに上る。", "1兆5,000億ドル", A, 1.5e12, 5e10, "USD", "", ""},
      {"世界市場は4兆4,220億ドル超に達した。", "4兆4,220億ドル", A, 4.422e12, 5e8, "USD", "",
       "over"},
      {"平均単価は1万5000ドルだ。", "1万5000ドル", A, 1.5e4, 500, "USD", "", ""},
      {"同社は二十億ドルを投じる。", "二十億ドル", A, 2e9, 5e8, "USD", "", ""},
      {"予算は五千万円程度だ。", "五千万円", A, 5e7, 5e6, "JPY", "", "about"},
      {"2030年には3兆円強に拡大する。", "3兆円", A, 3e12, 5e11, "JPY", "", "a_bit_over"},
      {"国内需要は1兆円弱にとどまる。", "1兆円", A, 1e12, 5e11, "JPY", "", "a_bit_under"},
      {"市場は1兆円台に乗った。", "1兆円", A, 1e12, 5e11, "JPY", "", "band"},
      {"売上高は約2000億円程度になる。", "2000億円", A, 2e11, 5e9, "JPY", "", "about"},
      {"輸出額は830億ドル超だった。", "830億ドル", A, 8.3e10, 5e8, "USD", "", "over"},
      {"最終利益は820億円を見込む。", "820億円", A, 8.2e10, 5e8, "JPY", "", ""},
      {"売上高は前年同期比3割増の450億円。", "450億円", A, 4.5e10, 5e8, "JPY", "", ""},
      {"設備投資は５０００万円だった。", "５０００万円", A, 5e7, 5e5, "JPY", "", ""},
      {"投資額はUS$10億に達した。", "US$10億", A, 1e9, 5e7, "USD", "", ""},
      {"中国向けは300億人民元だった。", "300億人民元", A, 3e10, 5e8, "CNY", "", ""},
      {"欧州では20億ユーロの投資がある。", "20億ユーロ", A, 2e9, 5e7, "EUR", "", ""},
      {"出荷台数は500万台に達した。", "500万台", A, 5e6, 5e4, "", "units", ""},
      {"対象は120万世帯に及ぶ。", "120万世帯", A, 1.2e6, 5e4, "", "households", ""},
      {"訪日客は3000万人前後で推移する。", "3000万人", A, 3e7, 5e5, "", "people", "about"},
      {"年平均成長率（CAGR）は24.8%だった。", "24.8%", P, 0.248, 0.0005, "", "", ""},
      {"前年比12%増となった。", "12%", P, 0.12, 0.005, "", "", ""},
      {"前年同期比7.2%減だった。", "7.2%", P, 0.072, 0.0005, "", "", ""},
      {"利益率は１２．５％だった。", "１２．５％", P, 0.125, 0.0005, "", "", ""},
      {"成長率は15%前後で推移する。", "15%", P, 0.15, 0.005, "", "", "about"},
      {"導入率は3%台にとどまる。", "3%", P, 0.03, 0.005, "", "", "band"},
      {"企業の8割が導入した。", "8割", P, 0.8, 0.05, "", "", ""},
      {"回答者の8割超が満足した。", "8割", P, 0.8, 0.05, "", "", "over"},
      {"利用率は3割5分だった。", "3割5分", P, 0.35, 0.005, "", "", ""},
      {"売上は三割増えた。", "三割", P, 0.3, 0.05, "", "", ""},
      {"シェアは15ポイント低下した。", "15ポイント", PT, 0.15, 0.005, "", "", ""},
      {"金利は1.2%ポイント上昇した。", "1.2%ポイント", PT, 0.012, 0.0005, "", "", ""},
      {"2023年の約20倍に達する。", "20倍", F, 20, 0.5, "", "", "about"},
      {"需要は2.1倍に増えた。", "2.1倍", F, 2.1, 0.05, "", "", ""},
      {"売上は倍増した。", "倍増", F, 2, 0.5, "", "", ""},
      {"コストは半減した。", "半減", F, 0.5, 0.05, "", "", ""},
      {"数十億円規模の案件がある。", "数十億円", V, 2e9, 0, "JPY", "", ""},
      {"数千億円の投資が見込まれる。", "数千億円", V, 2e11, 0, "JPY", "", ""},
      {"十数億円の赤字が出た。", "十数億円", V, 1.1e9, 0, "JPY", "", ""},
  };
  fc::test::check_cases(cases, std::size(cases));
}

TEST_CASE("Japanese -odd amounts and forecast cues") {
  auto all = fc::test::scan_original("投資は10億円余で、最終利益は820億円の見込みだ。");
  REQUIRE(all.size() == 2);
  CHECK(all[0].text == "10億円余");
  CHECK(all[0].m.odd_unit == doctest::Approx(1e9));  // (1e9, 2e9)
  CHECK_FALSE(all[0].m.forecast_cue);
  CHECK(all[1].text == "820億円");
  CHECK(all[1].m.forecast_cue);
}

TEST_CASE("Japanese rates carry what they measure and their direction") {
  struct {
    const char* sentence;
    const char* text;
    const char* cue;
    bool decline;
  } const cases[] = {
      {"年平均成長率（CAGR）は24.8%で推移する。", "24.8%", "cagr", false},
      {"年平均53.3%のペースで伸びる。", "53.3%", "cagr", false},
      {"前年度比8.5%増えた。", "8.5%", "yoy", false},
      {"前年同期比7.2%減だった。", "7.2%", "yoy", true},
      {"売上高は前年同期比3割増の450億円。", "3割", "yoy", false},
      {"シェアは15ポイント低下した。", "15ポイント", "growth", true},
      {"販売は12%増だった。", "12%", "growth", false},
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

TEST_CASE("Japanese words that only look like figures give no mention") {
  for (const char* s : {"兆しが見え始めた億劫な交渉には、万が一に備えた十分な準備が要る。",
                        "一万円札と千葉の万博は関係ない。", "一方、一部の企業は撤退した。",
                        "第3四半期は好調だった。", "百貨店の売上が伸びた。"}) {
    std::string text = s;
    CAPTURE(text);
    CHECK(fc::test::scan_original(s).empty());
  }
}
