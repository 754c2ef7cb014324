// source-disagreement: different sources for one market and year are one grouped finding;
// a source contradicting itself stays a figure-disagreement error.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::run;

TEST_CASE("three sources that cannot all hold make one finding naming each") {
  auto r = run(
      "According to IDC, the global drone market will reach $32.1 billion in 2025. Gartner "
      "expects the global drone market to reach $27.4 billion in 2025. Omdia expects the global "
      "drone market to reach $21.0 billion in 2025.");
  REQUIRE(count_rule(r, "source-disagreement") == 1);
  CHECK(count_rule(r, "figure-disagreement") == 0);
  for (const auto& f : r.findings)
    if (f.rule == "source-disagreement") {
      CHECK(f.level == fc::severity::info);  // rival forecasts differ: reported, not alarmed
      CHECK(f.claims.size() == 3);
      for (const char* s : {"IDC", "Gartner", "Omdia", "32.1", "27.4", "21"})
        CHECK(f.message.find(s) != std::string::npos);
      CHECK(f.explanation.find("Omdia") != std::string::npos);
    }
}

TEST_CASE("one source contradicting itself stays figure-disagreement; overlap stays quiet") {
  auto r =
      run("According to IDC, the global drone market will reach $32.1 billion in 2025. IDC also "
          "projected that the global drone market would hit $27.4 billion in 2025.");
  CHECK(count_rule(r, "figure-disagreement") == 1);
  CHECK(count_rule(r, "source-disagreement") == 0);
  CHECK(count_rule(run("According to IDC, the global drone market will reach nearly $30 billion "
                       "in 2025. Gartner expects the global drone market to reach $27.4 billion "
                       "in 2025."),
                   "source-disagreement") == 0);
  CHECK(count_rule(run("한국IDC와 한국클라우드산업협회는 2025년 국내 클라우드 시장 규모를 각각 "
                       "3조2000억원, 2조8000억원으로 추정했다."),
                   "source-disagreement") == 0);
}

TEST_CASE("sources said to agree must overlap: agreement-mismatch, even in one sentence") {
  auto en =
      run("Omdia estimates that consumers spent $8.2 billion on cloud gaming services in 2024, in "
          "line with Statista's estimate of $6.9 billion for the same year.");
  REQUIRE(count_rule(en, "agreement-mismatch") == 1);
  CHECK(count_rule(en, "source-disagreement") == 0);
  for (const auto& f : en.findings)
    if (f.rule == "agreement-mismatch") {
      CHECK(f.level == fc::severity::warning);
      CHECK(f.message.find("Omdia") != std::string::npos);
      CHECK(f.message.find("Statista") != std::string::npos);
    }
  auto ko =
      run("한국데이터센터연합회는 2027년 국내 데이터센터 시장 규모를 10조5천억원으로 추산했으며, "
          "한국IDC 역시 같은 해 시장을 9조8천억원으로 제시해 두 기관의 전망치가 일치했다.");
  CHECK(count_rule(ko, "agreement-mismatch") == 1);
  // Agreement that holds within rounding is quiet.
  CHECK(count_rule(run("Omdia estimates that consumers spent $8.2 billion on cloud gaming "
                       "services in 2024, in line with Statista's estimate of about $8 billion "
                       "for the same year."),
                   "agreement-mismatch") == 0);
}

TEST_CASE("'estimated by X' names the figure before it, and agreeing figures share a year") {
  auto en = run(
      "The value of credits traded on the voluntary carbon market reached $1.4 billion in 2024, "
      "according to BloombergNEF, matching the $1.1 billion estimated by MSCI Carbon Markets.");
  const auto* other = fc::test::find_claim(en, "$1.1 billion");
  REQUIRE(other);
  CHECK(other->source == "MSCI Carbon Markets");
  CHECK(other->year == 2024);
  CHECK(count_rule(en, "agreement-mismatch") == 1);
  CHECK(count_rule(en, "figure-disagreement") == 0);
}
