// Chinese and Japanese years and periods (claim-language §7): 到2028年, 2028年までに, 2030年頃,
// 2023年度, 2023-2028年, 2023～2028年, 2022至2025年, and the relative words 今年, 明年, 去年,
// 来年, 昨年, 前年, 今後5年間, 未来五年, 近五年.
#include <doctest/doctest.h>

#include "cjk_mentions.hpp"
#include "grammar/time_words.hpp"

using fc::grammar::mention_kind;
using fc::grammar::time_word_kind;

TEST_CASE("Chinese and Japanese years, ranges, fiscal years and their relation") {
  struct {
    const char* sentence;
    const char* text;
    int from, to;
    bool fiscal;
    const char* relation;
  } const cases[] = {
      {"到2028年市场规模将达到10亿美元。", "2028年", 2028, 2028, false, "by"},
      {"2028年までに市場は倍増する。", "2028年", 2028, 2028, false, "by"},
      {"2030年頃には3兆円に達する。", "2030年", 2030, 2030, false, "around"},
      {"2030年左右将实现盈利。", "2030年", 2030, 2030, false, "around"},
      {"国内市場は2023年度に1兆円となった。", "2023年度", 2023, 2023, true, ""},
      {"2023-2028年年均复合增长率为12%。", "2023-2028年", 2023, 2028, false, ""},
      {"2023～2028年の年平均成長率は8%だ。", "2023～2028年", 2023, 2028, false, ""},
      {"2022至2025年市场持续扩大。", "2022至2025年", 2022, 2025, false, ""},
      {"2023—2030年年均复合增长率超过30%。", "2023—2030年", 2023, 2030, false, ""},
      {"截至2023年底，用户超过1亿人。", "2023年", 2023, 2023, false, "as_of"},
      {"2020年以降、市場は縮小した。", "2020年", 2020, 2020, false, "since"},
      {"２０２５年に1兆円を超える。", "２０２５年", 2025, 2025, false, ""},
      // A span by the years' last two digits, placed in 1950-2049 (the article date moves it).
      {"24〜27年の年平均成長率は15.7%だ。", "24〜27年", 2024, 2027, false, ""},
      {"25～29年度の年平均成長率は9%だ。", "25～29年度", 2025, 2029, true, ""},
      // A point in time past a short measure noun: the figure follows を, は or が.
      {"同社は29年の出荷台数を150万台と予測する。", "29年", 2029, 2029, false, ""},
  };
  for (const auto& c : cases) {
    std::string text = c.sentence;
    CAPTURE(text);
    const fc::test::located_mention* found = nullptr;
    auto all = fc::test::scan_original(c.sentence);
    for (const auto& lm : all)
      if (lm.text == c.text) found = &lm;
    REQUIRE(found != nullptr);
    CHECK(found->m.kind == mention_kind::year);
    CHECK(found->m.year == c.from);
    CHECK(found->m.year_to == c.to);
    CHECK(found->m.fiscal == c.fiscal);
    CHECK(fc::grammar::name(found->m.year_relation) == c.relation);
  }
}

TEST_CASE("a span of counts of years is no span of years") {
  for (const char* sentence : {"市場は10〜15年で倍になる。", "20〜30年間の長期契約だ。"}) {
    CAPTURE(sentence);
    for (const auto& lm : fc::test::scan_original(sentence)) CHECK(lm.m.kind != mention_kind::year);
  }
}

TEST_CASE("four digits before a Chinese or Japanese scale word are an amount, never a year") {
  auto all = fc::test::scan_original("公司获得2000万美元融资，另有2000億円の投資。");
  REQUIRE(all.size() == 2);
  CHECK(all[0].m.kind == mention_kind::amount);
  CHECK(all[0].m.value == doctest::Approx(2e7));
  CHECK(all[1].m.kind == mention_kind::amount);
  CHECK(all[1].m.value == doctest::Approx(2e11));
}

TEST_CASE("relative years and spans of years, by language") {
  struct expected {
    const char* text;
    time_word_kind kind;
    int offset, length;
    bool fiscal;
  };
  auto check = [](const char* sentence, const char* lang, std::vector<expected> want) {
    std::string text = sentence;
    CAPTURE(text);
    std::string_view s(sentence);
    auto got = fc::grammar::scan_time_words(s, lang);
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
      CHECK(s.substr(got[i].begin, got[i].end - got[i].begin) == want[i].text);
      CHECK(got[i].kind == want[i].kind);
      CHECK(got[i].offset == want[i].offset);
      CHECK(got[i].length == want[i].length);
      CHECK(got[i].fiscal == want[i].fiscal);
    }
  };
  using K = time_word_kind;
  check("今年市场规模为5000亿元，明年有望增长10%，去年为4500亿元。", "zh",
        {{"今年", K::relative_year, 0, 0, false},
         {"明年", K::relative_year, 1, 0, false},
         {"去年", K::relative_year, -1, 0, false}});
  check("前年该市场规模为800亿元。", "zh", {{"前年", K::relative_year, -2, 0, false}});
  check("前年の市場規模は800億円だった。", "ja", {{"前年", K::relative_year, -1, 0, false}});
  check("昨年は1兆円、来年は1.2兆円、今年度は1.1兆円の見込み。", "ja",
        {{"昨年", K::relative_year, -1, 0, false},
         {"来年", K::relative_year, 1, 0, false},
         {"今年度", K::relative_year, 0, 0, true}});
  check("今後5年間で市場は倍増する。", "ja", {{"今後5年間", K::years_ahead, 0, 5, false}});
  check("未来五年市场规模将翻一番，近五年增长了30%。", "zh",
        {{"未来五年", K::years_ahead, 0, 5, false}, {"近五年", K::years_past, 0, 5, false}});
  check("過去10年で市場は2倍になった。", "ja", {{"過去10年", K::years_past, 0, 10, false}});
  // Comparison cues name a rate's base, not a figure's year.
  check("前年比12%増、前年同期比5%減。", "ja", {});
  check("比上年增长12%，较去年同期下降3%。", "zh", {});
}

TEST_CASE("four digits before a Chinese or Japanese counter count things, never a year") {
  for (const char* s :
       {"全国共有超过2000家门店，规模约为80亿元。", "加盟店は1900社を超え、売上高は80億円だ。",
        "平台上架了2050款新品，销售额约为9亿元。"}) {
    CAPTURE(s);
    for (const auto& lm : fc::test::scan_original(s)) CHECK(lm.m.kind != mention_kind::year);
  }
}
