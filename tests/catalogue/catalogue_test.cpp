// The rule catalogue agrees with itself: each registered rule has data, a doc page whose first
// line is its summary, and messages in English, Korean, Chinese and Japanese; registry and
// catalogue are sorted.
#include "rules/catalogue.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "rules/rule.hpp"

TEST_CASE("every registered rule has data, messages and a doc page") {
  const auto& registry = fc::rules::registry();
  REQUIRE_FALSE(registry.empty());
  CHECK(std::is_sorted(registry.begin(), registry.end(),
                       [](const auto& a, const auto& b) { return std::string(a.id) < b.id; }));
  for (const auto& r : registry) {
    CAPTURE(r.id);
    const auto* info = fc::rules::find_rule(r.id);
    REQUIRE(info != nullptr);
    for (const char* lang : {"en", "ko", "zh", "ja"}) {
      CAPTURE(lang);
      CHECK(info->messages.count(lang) == 1);
    }
    REQUIRE_FALSE(info->doc.empty());
    CHECK(info->doc.substr(0, info->doc.find('\n')) == info->summary);
  }
}

TEST_CASE("implausible-rate reads its parameters from data") {
  const auto* info = fc::rules::find_rule("implausible-rate");
  REQUIRE(info);
  CHECK(fc::rules::param(*info, "max_cagr", -1) == doctest::Approx(1.0));
  CHECK(fc::rules::param(*info, "min_cagr", 1) == doctest::Approx(-0.5));
}
