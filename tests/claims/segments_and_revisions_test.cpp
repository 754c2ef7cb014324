// A segment named in one sentence does not make the next sentence's rival estimate a part, and a
// Korean revision written "전망치를 기존 A에서 B로 높였다" replaces A with B for A's year.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a rival estimate after a segment's sentence is the whole's, not a part") {
  auto r = run(
      "Acme reckons worldwide end-user spending on drone services will reach $679 billion in "
      "2024. Inspection is tipped to be the fastest-growing segment, reaching $180 billion. "
      "Beta, which uses a broader definition, puts this year's figure at $805 billion.",
      "t.txt", "2024-05-20");
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
  CHECK(count_rule(r, "breakdown-exceeds-whole") == 0);
  CHECK(find_claim(r, "$679 billion")->subject.value_or("").starts_with("worldwide"));
  CHECK(find_claim(r, "$805 billion")->subject_key == find_claim(r, "$679 billion")->subject_key);
  // The segment named in its own sentence is still a part, and a part above its whole is caught.
  auto part = run(
      "Acme reckons worldwide end-user spending on drone services will reach $679 billion in "
      "2024. Inspection is tipped to be the fastest-growing segment, reaching $700 billion.",
      "t.txt", "2024-05-20");
  CHECK(count_rule(part, "part-exceeds-whole") + count_rule(part, "breakdown-exceeds-whole") >= 1);
}

TEST_CASE("a forecast raised from its earlier figure is checked at the raised figure") {
  const char* lead =
      "한빛리서치는 2029년 세계 혈당측정기 시장 전망치를 기존 248억달러에서 276억달러로 약 11% "
      "높였다. 올해 시장 규모는 약 121억달러로 추정되며, 2029년까지 연평균 ";
  auto r = run(std::string(lead) + "17.9% 성장할 것이라는 설명이다.", "t.txt", "2024-11-05");
  CHECK(r.findings.empty());
  CHECK(find_claim(r, "276억달러")->year == 2029);
  auto wrong = run(std::string(lead) + "25% 성장할 것이라는 설명이다.", "t.txt", "2024-11-05");
  CHECK(count_rule(wrong, "cagr-mismatch") == 1);
}
