// An unscoped market in an article that names one scope for it, and a wire dateline before the
// source: real wire copy, read as one market and one source.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a market written without its scope is the one scoped market of the article") {
  auto r =
      run("가트너에 따르면 올해 세계 AI 반도체 시장은 1190억달러 규모다. 가트너가 제시한 올해 AI "
          "반도체 시장 규모 1420억달러 가운데 절반이 GPU다.",
          "t.txt", "2025-11-12");
  CHECK(find_claim(r, "1190억달러")->subject_key == find_claim(r, "1420억달러")->subject_key);
  CHECK(count_rule(r, "figure-disagreement") == 1);
  // Two scopes named: the bare market could be either, and stays its own.
  auto two = run(
      "국내 AI 반도체 시장은 올해 3조원이다. 세계 AI 반도체 시장은 올해 1190억달러다. AI 반도체 "
      "시장은 올해 1420억달러로 추산된다.",
      "t.txt", "2025-11-12");
  CHECK(find_claim(two, "1420억달러")->subject_key != find_claim(two, "1190억달러")->subject_key);
}

TEST_CASE("a wire dateline and byline are not part of the source's name") {
  auto r = run("(서울=뉴시스) 가트너에 따르면 세계 AI 반도체 시장은 2025년 1190억달러에 이른다.");
  CHECK(find_claim(r, "1190억달러")->source.value_or("") == "가트너");
  auto byline = run(
      "(서울=연합뉴스) 김철수 기자 = 한국IDC는 국내 클라우드 시장이 2025년 3조원에 이를 것이라고 "
      "밝혔다.");
  CHECK(find_claim(byline, "3조원")->source.value_or("") == "한국IDC");
}

TEST_CASE("a figure before its noun names that noun's market, and 'last year's' dates it") {
  auto r =
      run("AeroVista's agricultural drone revenue of $410 million last year gave it about 12% "
          "of what a consultancy estimates is a $3.4 billion global market for crop-spraying "
          "drones.",
          "t.txt", "2023-05-14");
  CHECK(find_claim(r, "$3.4 billion")->subject.value_or("") == "global market");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  auto y =
      run("Battery recycling is poised to become a 2.5 trillion won industry by 2030, more than "
          "eight times last year's 300 billion won.",
          "t.txt", "2025-05-14");
  CHECK(find_claim(y, "300 billion won")->year == 2024);
}

TEST_CASE("a scenario's figure is no second estimate of the base forecast") {
  auto r =
      run("We expect the humanoid robot market to reach $38 billion by 2035. Our bull case, in "
          "which unit prices fall faster, puts the 2035 market at $65 billion.",
          "t.txt", "2025-04-02");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  auto same =
      run("We expect the humanoid robot market to reach $38 billion by 2035. Elsewhere in the "
          "note we put the 2035 market at $65 billion.",
          "t.txt", "2025-04-02");
  CHECK(count_rule(same, "figure-disagreement") == 1);
}

TEST_CASE("what a figure is compared with is not what it measures") {
  auto r =
      run("We forecast the market for infotainment chips at $16.8 billion in 2019, rising to "
          "$26.4 billion in 2024 (CAGR 2019-24: 9.5%). Our top pick, Velocore, should grow its "
          "infotainment chip revenue faster than the market, at around 14% a year.",
          "t.txt", "2019-06-10");
  CHECK(count_rule(r, "cagr-mismatch") == 0);
  CHECK(find_claim(r, "14%")->subject.value_or("") == "infotainment chip revenue");
}
