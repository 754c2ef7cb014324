// JUnit failures agree with the exit code: a finding below the fail level (info by default,
// warnings unless --fail-level warning) is a passing case that still shows its message.
#include <doctest/doctest.h>

#include <sstream>

#include "../support.hpp"
#include "render/render.hpp"

namespace {

// One error (cagr-mismatch), then a currency-mix info and an agreement-mismatch warning.
const char* kText =
    "The global market was valued at USD 10.8 billion in 2022 and is expected to reach USD 51.8 "
    "billion by 2028, a CAGR of 34.6%.\n\n"
    "국내 로봇 시장은 2023년 5조원으로 추산된다. 국내 로봇 시장은 2028년 20억 달러에 이른다.\n\n"
    "The cloud market will reach USD 5.0 billion in 2024, according to IDC. Gartner puts the "
    "cloud market at USD 8.0 billion in 2024, in line with IDC.\n";

std::string junit(const fc::file_result& r, std::optional<fc::severity> fail_level) {
  fc::render::marks m;
  m.fail_level = fail_level;
  std::ostringstream out;
  fc::render::junit({r}, out, m);
  return out.str();
}

}  // namespace

TEST_CASE("junit fails only the findings at or above the fail level") {
  fc::check_options o;
  o.discover_config = false;
  auto r = fc::check_text("a.md", kText, o);
  REQUIRE(fc::test::count_rule(r, "cagr-mismatch") == 1);
  REQUIRE(fc::test::count_rule(r, "currency-mix") == 1);
  REQUIRE(fc::test::count_rule(r, "agreement-mismatch") == 1);
  std::string by_default = junit(r, fc::severity::error);
  CHECK(by_default.find("<testsuites name=\"forecheck\" tests=\"3\" failures=\"1\"") !=
        std::string::npos);
  CHECK(by_default.find("<system-out>info: ") != std::string::npos);
  CHECK(by_default.find("<system-out>warning: ") != std::string::npos);
  CHECK(junit(r, fc::severity::warning).find("tests=\"3\" failures=\"2\"") != std::string::npos);
  CHECK(junit(r, fc::severity::info).find("tests=\"3\" failures=\"3\"") != std::string::npos);
  CHECK(junit(r, std::nullopt).find("tests=\"3\" failures=\"0\"") != std::string::npos);
}
