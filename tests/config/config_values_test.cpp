// Every number in .forecheck.toml is finite and in its rule's range, with the error at the
// setting's line and column; user text quoted in messages is shortened.
#include <doctest/doctest.h>

#include <string>

#include "config/settings.hpp"
#include "findings/apply_settings.hpp"

namespace {

// The first problem: a parse error, else a validation error, else "".
std::string problem(const std::string& text) {
  std::string error;
  auto s = fc::config::parse(text, "c.toml", error);
  if (!s) return error;
  return fc::findings::validate(*s).value_or("");
}

}  // namespace

TEST_CASE("nan and inf are refused where they are written") {
  for (const char* v : {"nan", "+nan", "-nan", "inf", "+inf", "-inf"}) {
    CAPTURE(v);
    CHECK(problem(std::string("[rules.implausible-rate]\nmax_cagr = ") + v + "\n") ==
          "c.toml:2:12: 'max_cagr' must be a finite number");
    CHECK(problem(std::string("[currency.rates]\n\"USD/KRW\" = ") + v + "\n") ==
          "c.toml:2:13: a rate must be a positive, finite number");
  }
  CHECK(problem("[rules.implausible-rate]\nmax_cagr = \"nan\"\n") ==
        "c.toml:2:1: parameter 'max_cagr' of rule 'implausible-rate' must be a finite number");
}

TEST_CASE("implausible-rate bounds must make a band") {
  CHECK(problem("[rules.implausible-rate]\nmax_cagr = 0\n") ==
        "c.toml:2:1: rule 'implausible-rate': 'max_cagr' must be above 0");
  CHECK(problem("[rules.implausible-rate]\nmax_cagr = -0.7\n") ==
        "c.toml:2:1: rule 'implausible-rate': 'max_cagr' must be above 0");
  CHECK(problem("[rules.implausible-rate]\nmin_cagr = 1.5\n") ==
        "c.toml:2:1: rule 'implausible-rate': 'min_cagr' (1.5) must be below 'max_cagr' (1)");
  CHECK(problem("[rules.implausible-rate]\nmax_cagr = 0.2\nmin_cagr = 0.3\n") ==
        "c.toml:3:1: rule 'implausible-rate': 'min_cagr' (0.3) must be below 'max_cagr' (0.2)");
  CHECK(problem("[rules.implausible-rate]\nmin_cagr = -1.5\n") ==
        "c.toml:2:1: rule 'implausible-rate': 'min_cagr' must be -1 (a fall of 100%) or more");
  CHECK(problem("[rules.implausible-rate]\nmin_cagr = -1\nmax_cagr = 3\n").empty());
}

TEST_CASE("other rule parameters are checked too") {
  CHECK(problem("[rules.conversion-mismatch]\n\"USD/KRW\" = \"1700-900\"\n") ==
        "c.toml:2:1: rule 'conversion-mismatch': 'USD/KRW' must be a band \"LOW-HIGH\" with "
        "0 < LOW < HIGH");
  CHECK(
      problem("[rules.conversion-mismatch]\n\"USD/KRW\" = \"nan-inf\"\n").find("must be a band") !=
      std::string::npos);
  CHECK(problem("[rules.conversion-mismatch]\n\"USD/KRW\" = \"1000-1500\"\n").empty());
  CHECK(problem("[rules.figure-disagreement]\nsame_source_severity = \"fatal\"\n") ==
        "c.toml:2:1: rule 'figure-disagreement': 'same_source_severity' must be \"error\", "
        "\"warning\" or \"info\"");
}

TEST_CASE("long keys are shortened to 60 characters in messages") {
  std::string key(500, 'k');
  std::string shown = std::string(60, 'k') + "\u2026";
  CHECK(problem(key + " = 1\n") == "c.toml:1:1: unknown key '" + shown +
                                       "' (expected rules, article, subjects, currency, "
                                       "cross_source_severity, cjk_severity)");
  CHECK(problem("[article]\n" + key + " = 1\n") ==
        "c.toml:2:1: unknown key 'article." + shown + "' (expected date, lang)");
  CHECK(problem("[rules." + key + "]\n") ==
        "c.toml:1:8: unknown rule '" + shown + "' (see 'forecheck rules')");
  CHECK(problem("[rules.cagr-mismatch]\n" + key + " = 1\n") ==
        "c.toml:2:1: unknown parameter '" + shown + "' for rule 'cagr-mismatch' (it has none)");
  std::string hangul;
  for (int i = 0; i < 100; ++i) hangul += "가";
  CHECK(problem("\"" + hangul + "\" = 1\n").find(hangul.substr(0, 180) + "\u2026'") !=
        std::string::npos);
}
