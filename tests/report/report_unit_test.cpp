// Unit tests of the report layer: escaping, the CSP hash, number words, the fit and the UI
// language.
#include <doctest/doctest.h>

#include <cmath>

#include "report/escape.hpp"
#include "report/format.hpp"
#include "report/series.hpp"
#include "report/sha256.hpp"
#include "report/strings.hpp"

using namespace fc;

TEST_CASE("report: html escaping keeps article markup as text in text and attribute contexts") {
  CHECK(report::html("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(report::html("\"><img src=x onerror=alert(1)>") ==
        "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  CHECK(report::html("it's & co") == "it&#39;s &amp; co");
  CHECK(report::html("14억달러") == "14억달러");
  CHECK(report::html("a\xff"
                     "b") ==
        "a\xEF\xBF\xBD"
        "b");  // stray byte
  CHECK(report::html(std::string("a\0b", 3)) ==
        "a\xEF\xBF\xBD"
        "b");  // NUL
  CHECK(report::html("x\r\ny") == "x\ny");
}

TEST_CASE("report: markdown cells cannot break the table or open markup") {
  CHECK(report::md_cell("a|b") == "a\\|b");
  CHECK(report::md_cell("<b>`x`</b>") == "&lt;b&gt;&#96;x&#96;&lt;/b&gt;");
  CHECK(report::md_cell("1~2\n[x](y)") == "1\\~2 \\[x\\](y)");
}

TEST_CASE("report: sha256 matches the FIPS 180-4 test vectors") {
  CHECK(report::sha256_base64("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
  CHECK(report::sha256_base64("") == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  CHECK(report::sha256_base64(std::string(1000, 'a')) ==
        "Qe3s5C1j6Nm/UVqbppMuHCDLyfWl0TRkWttdsblzfqM=");
}

TEST_CASE("report: amounts in Korean and English scale words") {
  CHECK(report::amount(1.4e9, "USD", std::nullopt, "ko") == "14억 달러");
  CHECK(report::amount(2.5e12, "KRW", std::nullopt, "ko") == "2.5조 원");
  CHECK(report::amount(1.4e9, "USD", std::nullopt, "en") == "USD 1.4 billion");
  CHECK(report::percent(0.165) == "16.5%");
  claim c;
  c.value = interval{1.4e9, 1.35e9, 1.45e9};
  c.currency = "USD";
  CHECK(report::interval_text(c, "ko") == "13.5억~14.5억 달러");
  c.value = interval{1e8, 1e8, std::nullopt};
  c.currency = "KRW";
  CHECK(report::interval_text(c, "ko") == "≥ 1억 원");
}

namespace {
claim figure(const char* id, int year, double v) {
  claim c;
  c.id = id;
  c.subject = "market";
  c.year = year;
  c.value = interval{v, v * 0.99, v * 1.01};
  c.currency = "USD";
  return c;
}
}  // namespace

TEST_CASE("report: series group by subject and currency; the fit follows the figures") {
  file_result r;
  r.claims = {figure("c1", 2020, 1e9), figure("c2", 2025, 2e9), figure("c3", 2020, 5e9)};
  r.claims[2].currency = "EUR";
  claim bad = figure("c4", 2020, 1e9);
  bad.subject.reset();  // no subject: never charted
  r.claims.push_back(bad);
  auto all = report::subject_series(r);
  REQUIRE(all.size() == 2);
  CHECK(all[0].figures.size() == 2);
  CHECK(all[1].figures.size() == 1);
  CHECK_FALSE(report::is_charted_figure(bad));
  auto p = report::fit_path(all[0]);
  REQUIRE(p);
  CHECK(p->slope == doctest::Approx(std::log(2.0) / 5).epsilon(1e-6));
  CHECK_FALSE(report::fit_path(all[1]));  // one point and no rate fix no line
}

TEST_CASE("report: the UI language follows the articles unless forced") {
  std::vector<file_result> rs(3);
  rs[0].lang = "en", rs[1].lang = "en", rs[2].lang = "ko";
  CHECK(report::pick_ui_lang(rs, "auto") == "en");
  CHECK(report::pick_ui_lang(rs, "ko") == "ko");
  rs[1].lang = "ko";
  CHECK(report::pick_ui_lang(rs, "auto") == "ko");
  CHECK(report::pick_ui_lang({}, "auto") == "en");
  // Chinese and Japanese articles count too; a forced zh or ja wins.
  rs[0].lang = "zh", rs[1].lang = "zh";
  CHECK(report::pick_ui_lang(rs, "auto") == "zh");
  CHECK(report::pick_ui_lang(rs, "ja") == "ja");
  rs[2].lang = "ja";
  CHECK(report::pick_ui_lang(rs, "auto") == "zh");
  CHECK(std::string(report::strings_for("zh").lang) == "zh");
  CHECK(std::string(report::strings_for("ja").by_rule) == "ルール別の指摘");
  CHECK(std::string(report::severity_word(report::strings_for("zh"), severity::error)) == "错误");
  CHECK(std::string(report::severity_word(report::strings_for("en"), severity::error)) == "error");
  CHECK(std::string(report::severity_word(report::strings_for("ko"), severity::info)) == "참고");
}

TEST_CASE("report: amounts in Chinese and Japanese scale words") {
  CHECK(report::amount(1.4e9, "USD", std::nullopt, "zh") == "14亿美元");
  CHECK(report::amount(1.2e12, "CNY", std::nullopt, "zh") == "1.2万亿元");
  CHECK(report::amount(3.5e12, "JPY", std::nullopt, "ja") == "3.5兆円");
  CHECK(report::amount(2e8, "CHF", std::nullopt, "ja") == "2億 CHF");
  claim c;
  c.value = interval{1.4e9, 1.35e9, 1.45e9};
  c.currency = "USD";
  CHECK(report::interval_text(c, "ja") == "13.5億~14.5億ドル");
}
