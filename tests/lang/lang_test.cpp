// The language data (rules/lang/<id>.toml): the shipped files load, lists answer lookups,
// English matches in any case, bad data is an error with its place, and words are data.
#include "lang/lang.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "../support.hpp"
#include "lang/embedded.hpp"
#include "lang/schema.hpp"

namespace lang = fc::lang;

namespace {

// Parses `text` as rules/lang/xx.toml and returns the error ("" when it loads).
std::string error_of(const std::string& text, std::string_view path = "rules/lang/xx.toml") {
  std::string error;
  auto l = lang::parse(path, text, error);
  CHECK(l.has_value() == error.empty());
  return error;
}

// The shipped languages, with `from` replaced by `to` in one file's text.
std::vector<lang::language> edited(std::string_view file, const std::string& from,
                                   const std::string& to) {
  std::vector<lang::language> out;
  for (const auto& f : lang::embedded_lang_files()) {
    std::string text(f.text);
    if (f.name == file) {
      auto at = text.find(from);
      REQUIRE(at != std::string::npos);
      text.replace(at, from.size(), to);
    }
    std::string error;
    auto l = lang::parse("rules/lang/" + std::string(f.name), text, error);
    REQUIRE_MESSAGE(l, error);
    out.push_back(std::move(*l));
  }
  return out;
}

}  // namespace

TEST_CASE("every shipped language file loads and every list of the schema is used") {
  REQUIRE(lang::embedded_lang_files().size() >= 2);
  for (const auto& f : lang::embedded_lang_files()) {
    CAPTURE(f.name);
    CHECK(error_of(std::string(f.text), "rules/lang/" + std::string(f.name)) == "");
  }
  REQUIRE(lang::find("ko"));
  REQUIRE(lang::find("en"));
  CHECK(lang::find("ja"));
  CHECK(lang::find("zh"));
  CHECK_FALSE(lang::find("xx"));
  auto s = lang::schema();
  CHECK(std::is_sorted(s.begin(), s.end(), [](auto& a, auto& b) { return a.name < b.name; }));
  for (const auto& spec : s) {
    CAPTURE(spec.name);
    bool set = false;
    for (std::size_t l = 0; l < lang::languages().size(); ++l)
      set |= spec.kind == lang::shape::flag ? lang::flag(lang::lang_id{l}, spec.name)
                                            : !lang::words(lang::lang_id{l}, spec.name).empty();
    CHECK(set);
  }
}

TEST_CASE("lists answer by language, and joined over every language") {
  auto ko = lang::id_of("ko"), en = lang::id_of("en");
  const auto* next = lang::words(ko, "time.relative_years").equal_to("내년");
  REQUIRE(next);
  CHECK(next->number == 1);
  CHECK(lang::words(en, "time.relative_years").equal_to("last year")->number == -1);
  CHECK_FALSE(lang::words(en, "time.relative_years").equal_to("내년"));
  const auto& all = lang::words("time.relative_years");
  CHECK(all.equal_to("올해"));
  CHECK(all.equal_to("this year"));
  CHECK(lang::words(ko, "time.relations_after").prefix_of("까지 연평균")->text == "by");
  CHECK(lang::words("hedges.prefix").suffix_of("approximately")->text == "about");
  CHECK(lang::words("tables.currency_words").equal_to("dollars")->text == "USD");
  CHECK(lang::flag(en, "time.relative_year_after_figure"));
  CHECK_FALSE(lang::flag(ko, "time.relative_year_after_figure"));
  // A list a language leaves out is empty.
  CHECK(lang::words(en, "hedges.particles").empty());
}

TEST_CASE("English words match in any case; Korean lists keep their case") {
  auto en = lang::id_of("en");
  const auto& years = lang::words(en, "time.relative_years");
  CHECK(years.find_in("Last Year, the market") == years.equal_to("last year"));
  CHECK(years.find_in("LAST YEAR") != nullptr);
  const auto& e = *years.equal_to("next year");
  CHECK(lang::find("up Next Year and next year", e) == 3);
  CHECK(lang::rfind("up Next Year and next year", e) == 17);
  CHECK(lang::ends_with("to rise NEXT YEAR", e));
  CHECK(lang::words(en, "tables.cagr_headers").in("Cagr 2023-28"));
  // Capitalised copies are gone from the data: one entry answers every case.
  CHECK(error_of("id = \"xx\"\ncase_insensitive = true\n[time]\n"
                 "relative_years = [[\"Today\", 0], [\"today\", 0]]\n") ==
        "rules/lang/xx.toml:4:33: time.relative_years: 'today' is listed twice");
  std::string error;
  auto cased = lang::parse("rules/lang/xx.toml",
                           "id = \"xx\"\n[tables]\ncagr_headers = [\"CAGR\"]\n", error);
  REQUIRE(cased);
  CHECK_FALSE(cased->lists.at("tables.cagr_headers").in("cagr"));
  CHECK(cased->lists.at("tables.cagr_headers").in("CAGR"));
}

TEST_CASE("malformed language data is an error with its file, line and column") {
  const std::string head = "id = \"xx\"\n";
  CHECK(error_of(head + "[time]\nrelative_years = [[\"올해\", 0]\n") ==  // not TOML
        "rules/lang/xx.toml:3:29: Error while parsing array: encountered end-of-file");
  CHECK(error_of(head + "[time]\nrelatve_years = [[\"올해\", 0]]\n") ==
        "rules/lang/xx.toml:3:17: unknown list 'time.relatve_years'");
  CHECK(error_of(head + "[time]\nrelative_years = [[\"올해\", \"zero\"]]\n") ==
        "rules/lang/xx.toml:3:26: time.relative_years: expected a number for '올해'");
  CHECK(error_of(head + "[time]\nrelative_years = [\"올해\"]\n") ==
        "rules/lang/xx.toml:3:19: time.relative_years: expected [\"word\", value]");
  CHECK(error_of(head + "[hedges]\nprefix = [[\"약\", \"abuot\"]]\n") ==
        "rules/lang/xx.toml:3:17: hedges.prefix: unknown value 'abuot' (one of about, nearly, "
        "at_least, at_most, over, under, a_bit_over, a_bit_under)");
  CHECK(error_of(head + "[tables]\ncurrency_words = [[\"won\", \"krw\"]]\n") ==
        "rules/lang/xx.toml:3:27: tables.currency_words: 'krw' is no ISO 4217 code");
  CHECK(error_of(head + "[time]\nyears_ahead = [\"년 뒤\"]\n") ==
        "rules/lang/xx.toml:3:16: time.years_ahead: a count pattern has one '#': 년 뒤");
  CHECK(error_of(head + "[time]\ncontrast = [\"\"]\n") ==
        "rules/lang/xx.toml:3:13: time.contrast: expected a non-empty word");
  CHECK(error_of(head + "[time]\nrelative_year_after_figure = \"yes\"\n") ==
        "rules/lang/xx.toml:3:30: time.relative_year_after_figure: expected true or false");
  CHECK(error_of(head + "[time]\ncontrast = \" while \"\n") ==
        "rules/lang/xx.toml:3:12: time.contrast: expected a list");
  CHECK(error_of(head + "colour = \"red\"\n") == "rules/lang/xx.toml:2:10: unknown key 'colour'");
  CHECK(error_of("id = \"ko\"\n") == "rules/lang/xx.toml:1:6: id 'ko' differs from the file name");
  CHECK(error_of("name = \"?\"\n").starts_with("rules/lang/xx.toml:1:1: expected id = \"xx\""));
}

TEST_CASE("a word added to the data changes what the claims layer reads") {
  const char* ko = "시장은 얼추 3조원이다.";
  const char* en = "The market is worth $5 billion or so.";
  CHECK(fc::test::run(ko).claims.at(0).value_hedge == "exact");
  CHECK(fc::test::run(en).claims.at(0).value_hedge == "exact");
  {
    lang::scoped_languages more(
        edited("ko.toml", "[\"약\", \"about\"]", "[\"약\", \"about\"], [\"얼추\", \"about\"]"));
    CHECK(fc::test::run(ko).claims.at(0).value_hedge == "about");
  }
  {
    lang::scoped_languages more(edited("en.toml", "[\" or less\", \"at_most\"]",
                                       "[\" or less\", \"at_most\"], [\" or so\", \"about\"]"));
    CHECK(fc::test::run(en).claims.at(0).value_hedge == "about");
  }
  // A relative year of a language's data dates a figure by the article date.
  const char* year = "그러께 시장은 3조원이었다.";
  CHECK_FALSE(fc::test::run(year, "t.txt", "2024-05-01").claims.at(0).year);
  {
    lang::scoped_languages more(
        edited("ko.toml", "[\"내년\", 1]", "[\"내년\", 1], [\"그러께\", -2]"));
    CHECK(fc::test::run(year, "t.txt", "2024-05-01").claims.at(0).year == 2022);
  }
  // Back to the shipped data.
  CHECK(fc::test::run(ko).claims.at(0).value_hedge == "exact");
}

TEST_CASE("a word list answers with the first entry in data order, wherever it occurs") {
  using fc::lang::entry;
  fc::lang::word_list list({entry{"later", 0, "", true}, entry{" by ", 0, "", true},
                            entry{"이 중", 0, "", false}, entry{",", 0, "", false},
                            entry{"중", 0, "", false}});
  // "later" comes first in the data, so it wins though " by " occurs earlier in the text.
  REQUIRE(list.find_in("up by 5% Later") != nullptr);
  CHECK(list.find_in("up by 5% Later")->word == "later");
  CHECK(list.find_in("up BY 5%")->word == " by ");
  CHECK(list.find_in("이 중 반도체")->word == "이 중");
  CHECK(list.find_in("반도체, 가전")->word == ",");
  CHECK(list.find_in("그중")->word == "중");
  CHECK(list.find_in("nothing here") == nullptr);
  // A folded word starts a word of the text: "later" is not in "collaterally".
  CHECK(list.find_in("collaterally") == nullptr);
  CHECK(list.prefix_of("Later on")->word == "later");
  CHECK(list.suffix_of("반도체,")->word == ",");
  CHECK(list.suffix_of("그중")->word == "중");
  CHECK(list.equal_to("LATER") != nullptr);
  CHECK(list.equal_to("late") == nullptr);
  fc::lang::word_list joined;
  joined.append(list);
  CHECK(joined.find_in("그중")->word == "중");
}
