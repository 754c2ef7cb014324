// Language detection (claim-language §11.2): Japanese mixes Kanji with kana, Chinese is Hanzi
// alone, Korean may carry Hanja, and an English article may quote either; zh and ja articles
// are read but yield no claims and no findings yet (issue 16).
#include "document/language.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "../support.hpp"

using fc::document::detect_language;

TEST_CASE("auto detection tells Chinese, Japanese, Korean and English apart") {
  const std::pair<const char*, const char*> cases[] = {
      {"据研究机构预测，到2028年中国生成式AI市场规模将达到1.2万亿元，年复合增长率约为17%。", "zh"},
      {"该公司去年营收为5000万美元，同比增长23.5%。", "zh"},
      {"數據顯示，台灣市場規模約新臺幣2.1兆元。", "zh"},
      {"国内市場は2022年度に1兆2000億円となり、前年度比8.5%増えた。", "ja"},
      {"矢野経済研究所によると、市場規模は2030年までに3兆5000億円に拡大する見込みだ。", "ja"},
      {"クラウド市場、前年比12%増", "ja"},
      {"生成AIの世界需要額は2030年に2110億ドルに達する。", "ja"},
      {"국내 시장은 2028년 14억달러 규모로 커질 전망이다.", "ko"},
      {"今年 국내 반도체 수출은 1000억 달러를 넘을 전망이다.", "ko"},
      {"The market will reach USD 10.79 billion by 2030.", "en"},
      {"The Chinese term 市场规模 means market size; the market hit $5bn in 2023.", "en"},
      {"", "en"},
      {"2023 2024 12%", "en"},
  };
  for (auto [text, lang] : cases) {
    CAPTURE(text);
    CHECK(detect_language(text) == lang);
  }
}

TEST_CASE("a Chinese or a Japanese article is read with its own words, and its conflict found") {
  const std::pair<const char*, const char*> cases[] = {
      {"据IDC预测，2028年市场规模将达到10亿美元，2023年为14亿美元，年复合增长率约为17%。", "zh"},
      {"市場規模は2028年に10億ドル、2023年に14億ドルで、年平均成長率は17%の見込みだ。", "ja"},
  };
  for (auto [text, lang] : cases) {
    CAPTURE(text);
    auto r = fc::test::run(text);
    CHECK(r.lang == lang);
    REQUIRE(r.claims.size() == 3);
    CHECK(r.claims[0].subject.value_or("").find(
              lang == std::string("zh") ? "市场规模" : "市場規模") != std::string::npos);
    CHECK(r.claims[2].rate_of == fc::rate_kind::cagr);
    if (lang == std::string("zh")) CHECK(r.claims[0].source.value_or("") == "IDC");
    CHECK(fc::test::count_rule(r, "growth-contradiction") == 1);
    CHECK(r.errors.empty());
  }
}

TEST_CASE("zh and ja are accepted as forced languages") {
  fc::check_options o;
  o.lang = "zh";
  auto r = fc::check_text("t.txt", "市场规模为1.2万亿元。", o);
  CHECK(r.lang == "zh");
  REQUIRE(r.claims.size() == 1);
  CHECK(r.claims[0].value->point == doctest::Approx(1.2e12));
  CHECK(r.claims[0].currency.value_or("") == "CNY");
  o.lang = "ja";
  r = fc::check_text("t.txt", "市場規模は3兆円。", o);
  CHECK(r.lang == "ja");
  CHECK(r.findings.empty());
}

TEST_CASE("Chinese and Japanese findings are warnings unless cjk_severity raises them") {
  const char* text =
      "据IDC预测，2028年市场规模将达到10亿美元，2023年为14亿美元，年复合增长率约为17%。";
  auto r = fc::test::run(text);
  REQUIRE(fc::test::count_rule(r, "growth-contradiction") == 1);
  CHECK(r.findings[0].level == fc::severity::warning);
  CHECK(r.findings[0].explanation.find("cjk_severity") != std::string::npos);
  auto config = std::filesystem::temp_directory_path() / "forecheck-cjk-severity.toml";
  std::ofstream(config) << "cjk_severity = \"error\"\n";
  fc::check_options o;
  o.config_path = config.string();
  auto raised = fc::check_text("t.txt", text, o);
  REQUIRE(fc::test::count_rule(raised, "growth-contradiction") == 1);
  CHECK(raised.findings[0].level == fc::severity::error);
  std::ofstream(config) << "cjk_severity = \"loud\"\n";
  auto bad = fc::check_text("t.txt", text, o);
  REQUIRE(bad.errors.size() == 1);
  CHECK(bad.errors[0].message.find("cjk_severity") != std::string::npos);
}
