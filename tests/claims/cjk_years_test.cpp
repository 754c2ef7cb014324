// Chinese and Japanese years read off a sentence's own words: a year counted from the sentence's
// relative year ("昨年の…、前年の…").
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("ja: 前年 after a sentence's relative year is the year before that one") {
  auto r = run("業界団体の集計によると、昨年の家庭用蓄電池の国内出荷台数は12万4000台で、前年の"
               "13万1000台から5.3%減った。",
               "t.txt", "2025-05-20");
  REQUIRE(find_claim(r, "12万4000台") != nullptr);
  CHECK(find_claim(r, "12万4000台")->year == 2024);
  CHECK(find_claim(r, "13万1000台")->year == 2023);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}
