// .forecheck.toml: overrides take effect, unknown keys and wrong types are errors with their
// line and column, and the file is found by walking up from the checked article.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "../support.hpp"
#include "config/settings.hpp"

namespace {

const char* kConflict =
    "The global market was valued at USD 10.8 billion in 2022 and is expected to reach USD 51.8 "
    "billion by 2028, a CAGR of 34.6%.\n";

void write(const std::filesystem::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("a valid configuration is read") {
  std::string error;
  auto s = fc::config::parse(
      "cross_source_severity = \"warning\"\n"
      "[article]\ndate = 2023-04-14\nlang = \"ko\"\n"
      "[rules.cagr-mismatch]\nseverity = \"warning\"\n"
      "[rules.implausible-rate]\nmax_cagr = 1.5\nenabled = false\n"
      "[subjects.aliases]\n\"생성형 AI 시장\" = \"생성 AI 시장\"\n"
      "[currency.rates]\n\"USD/KRW\" = 1300\n",
      "cfg.toml", error);
  REQUIRE_MESSAGE(s, error);
  CHECK(s->article_date->iso() == "2023-04-14");
  CHECK(*s->lang == "ko");
  CHECK(*s->rules["cagr-mismatch"].level == fc::severity::warning);
  CHECK_FALSE(*s->rules["implausible-rate"].enabled);
  CHECK(s->rules["implausible-rate"].params["max_cagr"] == "1.5");
  CHECK(s->subject_aliases.size() == 1);
  CHECK(s->fx_rates["USD/KRW"] == doctest::Approx(1300));
}

TEST_CASE("unknown keys and wrong types are reported with their location") {
  std::string error;
  CHECK_FALSE(fc::config::parse("[article]\nlang = \"ko\"\ndaet = 2023-01-01\n", "c.toml", error));
  CHECK(error == "c.toml:3:1: unknown key 'article.daet' (expected date, lang)");
  CHECK_FALSE(fc::config::parse("[rules.cagr-mismatch]\nseverity = 3\n", "c.toml", error));
  CHECK(error.rfind("c.toml:2:", 0) == 0);
  CHECK(error.find("'severity' must be") != std::string::npos);
  CHECK_FALSE(fc::config::parse("colour = true\n", "c.toml", error));
  CHECK(error.rfind("c.toml:1:1: unknown key 'colour'", 0) == 0);
  CHECK_FALSE(fc::config::parse("[rules\n", "c.toml", error));
  CHECK(error.rfind("c.toml:1:", 0) == 0);
}

TEST_CASE("the nearest .forecheck.toml applies, and a broken one stops the check") {
  auto dir = std::filesystem::temp_directory_path() / "forecheck-config-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "drafts");
  write(dir / "drafts" / "a.txt", kConflict);
  write(dir / ".forecheck.toml", "[rules.cagr-mismatch]\nseverity = \"warning\"\n");
  auto r = fc::check_file((dir / "drafts" / "a.txt").string(), {});
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].level == fc::severity::warning);

  write(dir / ".forecheck.toml", "[rules.cagr-mismatch]\nenabled = false\n");
  CHECK(fc::check_file((dir / "drafts" / "a.txt").string(), {}).findings.empty());

  write(dir / ".forecheck.toml", "[rules.cagr-mismatch]\nseverty = \"info\"\n");
  auto broken = fc::check_file((dir / "drafts" / "a.txt").string(), {});
  CHECK(broken.unreadable);
  REQUIRE(broken.errors.size() == 1);
  CHECK(broken.errors[0].message.find(".forecheck.toml:2:1: unknown parameter 'severty' for rule "
                                      "'cagr-mismatch' (it has none)") != std::string::npos);

  fc::check_options no_discovery;
  no_discovery.discover_config = false;
  CHECK(fc::check_file((dir / "drafts" / "a.txt").string(), no_discovery).findings.size() == 1);
  std::filesystem::remove_all(dir);
}

TEST_CASE("a configured rate table lets figures in two currencies be compared") {
  namespace fs = std::filesystem;
  auto cfg = fs::temp_directory_path() / "forecheck-fx.toml";
  write(cfg, "[currency.rates]\n\"USD/KRW\" = 1300\n");
  const char* text =
      "국내 로봇 시장은 2023년 5조원으로 추산된다. 국내 로봇 시장은 2028년 20억 달러에 이르며 "
      "연평균 약 10% 성장할 것으로 보인다.";
  fc::check_options with_rates;
  with_rates.config_path = cfg.string();
  auto converted = fc::check_text("a.txt", text, with_rates);
  CHECK(fc::test::count_rule(converted, "growth-contradiction") == 1);
  CHECK(fc::test::count_rule(converted, "currency-mix") == 1);
  CHECK(converted.claims[1].currency.value_or("") == "USD");  // the output keeps what was written
  fc::check_options none;
  none.discover_config = false;
  auto skipped = fc::check_text("a.txt", text, none);
  CHECK(fc::test::count_rule(skipped, "growth-contradiction") == 0);
  CHECK(fc::test::count_rule(skipped, "currency-mix") == 1);
  fs::remove(cfg);
}
