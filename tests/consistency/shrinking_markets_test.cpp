// A stated negative CAGR with falling figures is consistent; the same rate with rising
// figures is not (claim-language §6.3: signed rates keep their sign).
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::run;

namespace {
bool silent(const fc::file_result& r) {
  for (const auto& f : r.findings)
    if (f.level != fc::severity::info) return false;
  return true;
}
}  // namespace

TEST_CASE("a shrinking market with a negative CAGR raises nothing") {
  // 100 × 0.95^5 = 77.4.
  const char* texts[] = {
      "국내 시장은 2023년 100억 달러에서 2028년 77억 달러로 연평균 -5% 성장할 전망이다.",
      "국내 시장은 2023년 100억 달러에서 2028년 77억 달러로 연평균 마이너스 5% 성장할 전망이다.",
      "국내 시장은 2023년 100억 달러에서 2028년 77억 달러로 연평균 \u22125%씩 줄어들 전망이다.",
      "The market will move from $10 billion in 2023 to $7.7 billion in 2028, a CAGR of -5%.",
      "The market will move from $10 billion in 2023 to $7.7 billion in 2028, a CAGR of "
      "\u22125%.",
      "The market will shrink from $10 billion in 2023 to $7.7 billion in 2028, a CAGR of -5%.",
  };
  for (const char* t : texts) {
    CAPTURE(t);
    auto r = run(t);
    CHECK(count_rule(r, "growth-contradiction") == 0);
    CHECK(count_rule(r, "cagr-mismatch") == 0);
    CHECK(silent(r));
  }
}

TEST_CASE("a negative CAGR with rising figures still conflicts") {
  for (const char* t :
       {"국내 시장은 2023년 100억 달러에서 2028년 130억 달러로 연평균 -5% 성장할 전망이다.",
        "The market will move from $10 billion in 2023 to $13 billion in 2028, a CAGR of -5%."}) {
    CAPTURE(t);
    auto r = run(t);
    CHECK(count_rule(r, "growth-contradiction") + count_rule(r, "cagr-mismatch") == 1);
  }
}
