// Findings come in the article's language (issue 16): the wording picker, amounts in zh and
// ja, and a growth conflict's message, explanation and suggestion in Chinese and Japanese.
#include <doctest/doctest.h>

#include "../support.hpp"
#include "rules/format.hpp"
#include "rules/wording.hpp"

using fc::rules::interval_text;
using fc::rules::message_language;
using fc::rules::money;
using fc::rules::money_range;
using fc::rules::pick;
using fc::rules::say;
using fc::rules::wording;

TEST_CASE("a wording is picked by language, English when a language has none") {
  static constexpr wording w{.en = "at least {x}", .ko = "{x} 이상", .zh = "至少{x}"};
  CHECK(pick(w, "en") == "at least {x}");
  CHECK(pick(w, "ko") == "{x} 이상");
  CHECK(pick(w, "zh") == "至少{x}");
  CHECK(pick(w, "ja") == "at least {x}");  // no Japanese wording
  CHECK(pick(w, "fr") == "at least {x}");
  CHECK(say(w, "zh", fmt::arg("x", "14亿美元")) == "至少14亿美元");
  // A field one language's sentence leaves out is no error.
  CHECK(say(w, "ko", fmt::arg("x", "3억 원"), fmt::arg("unused", 1)) == "3억 원 이상");
}

TEST_CASE("messages are in the article's language; others get English") {
  CHECK(message_language("ko") == "ko");
  CHECK(message_language("zh") == "zh");
  CHECK(message_language("ja") == "ja");
  CHECK(message_language("en") == "en");
  CHECK(message_language("auto") == "en");
  CHECK(message_language("") == "en");
}

TEST_CASE("amounts in Chinese and Japanese scale words and currencies") {
  CHECK(money(1.4e9, "USD", "zh") == "14亿美元");
  CHECK(money(1.2e12, "CNY", "zh") == "1.2万亿元");
  CHECK(money(3.5e4, "JPY", "zh") == "3.5万日元");
  CHECK(money(1.4e9, "USD", "ja") == "14億ドル");
  CHECK(money(3.5e12, "JPY", "ja") == "3.5兆円");
  CHECK(money(2e8, "CNY", "ja") == "2億人民元");
  CHECK(money(2e8, "CHF", "ja") == "2億 CHF");  // no word of its own: the code, spaced
  CHECK(money(120, std::nullopt, "zh") == "120");
  CHECK(money_range(1.35e9, 1.45e9, "USD", "zh") == "13.5亿–14.5亿美元");
  CHECK(money_range(1.35e9, 1.45e9, "USD", "ja") == "13.5億～14.5億ドル");
  fc::interval at_least{1e8, 1e8, std::nullopt}, at_most{1e8, std::nullopt, 1e8};
  CHECK(interval_text(at_least, "CNY", "zh") == "至少1亿元");
  CHECK(interval_text(at_most, "CNY", "zh") == "至多1亿元");
  CHECK(interval_text(at_least, "JPY", "ja") == "1億円以上");
  CHECK(interval_text(at_most, "JPY", "ja") == "1億円以下");
  // Korean and English as before.
  CHECK(money(1.4e9, "USD", "ko") == "14억 달러");
  CHECK(money(1.4e9, "USD", "en") == "USD 1.4 billion");
  CHECK(interval_text(at_least, "KRW", "ko") == "1억 원 이상");
}

namespace {

const fc::finding* growth(const fc::file_result& r) {
  for (const auto& f : r.findings)
    if (f.rule == "growth-contradiction") return &f;
  return nullptr;
}

}  // namespace

TEST_CASE("a Chinese article's finding is worded in Chinese") {
  auto r = fc::test::run(
      "据甲乙研究院预测，全球生成式AI市场规模将从2023年的14亿美元增至2028年的10亿美元，"
      "年复合增长率约为17%。");
  CHECK(r.lang == "zh");
  const auto* f = growth(r);
  REQUIRE(f);
  CHECK(f->message == "2028年的数字（10亿美元）低于2023年的数字（14亿美元），却称年均增长约17%");
  CHECK(f->explanation.starts_with(
      "从2023年的14亿美元（13.5亿–14.5亿美元）以每年16.5%–17.5%的速度增长5年，"
      "2028年应为28.97亿–32.48亿美元"));
  CHECK(f->explanation.find("最多报告为警告") != std::string::npos);
  REQUIRE(f->suggestion);
  CHECK(*f->suggestion == "2028年的数字应为28.97亿–32.48亿美元才一致");
}

TEST_CASE("a Japanese article's finding is worded in Japanese") {
  auto r = fc::test::run(
      "アクメ総研によると、世界の生成AI市場は2023年の14億ドルから2028年には10億ドルに達し、"
      "年平均成長率は約17%となる見込みだ。");
  CHECK(r.lang == "ja");
  const auto* f = growth(r);
  REQUIRE(f);
  CHECK(f->message ==
        "2028年の数字（10億ドル）が2023年の数字（14億ドル）より小さいのに、年平均約17%の成長と"
        "しています");
  CHECK(f->explanation.starts_with(
      "2023年の14億ドル（13.5億～14.5億ドル）から年16.5%～17.5%ずつ5年成長すると、"));
  REQUIRE(f->suggestion);
  CHECK(*f->suggestion == "2028年の数字は28.97億～32.48億ドルであれば整合します");
}

TEST_CASE("a Japanese share overflow explains itself in Japanese") {
  // fixtures/rules/share-overflow/fires-ja-long-clause.txt, shortened.
  auto r = fc::test::run(
      "用途別の構成比では、物流関連が48.5%で最も大きく、配膳ロボットが33.0%、清掃ロボットが"
      "29.5%と続いた。");
  for (const auto& f : r.findings)
    if (f.rule == "share-overflow")
      CHECK(f.message == "列挙された比率の合計が少なくとも111%で、100%を超えています");
  CHECK(fc::test::count_rule(r, "share-overflow") == 1);
}
