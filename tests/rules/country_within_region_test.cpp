// part-exceeds-whole for a country inside its region, whatever list each was named in.
#include <doctest/doctest.h>

#include <string>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::run;
using fc::test::with_mark;

TEST_CASE("a country's figure above its region's is a part above its whole") {
  auto with = [](const char* china) {
    return run(with_mark("한빛리서치에 따르면 올해 세계 위젯 시장은 약 250억달러 규모다. 지역별로 "
                         "보면 아시아태평양이 약 110억달러로 전체의 절반에 못 미치고, 그중에서도 "
                         "중국이 약 N로 가장 크다.",
                         "N", china),
               "t.txt", "2024-08-27");
  };
  CHECK(count_rule(with("130억달러"), "part-exceeds-whole") == 1);
  CHECK(count_rule(with("70억달러"), "part-exceeds-whole") == 0);
  auto en =
      run("Acme puts the global widget market at $25 billion in 2024. By region, Asia-Pacific "
          "accounted for $11 billion in 2024, with China alone at $13 billion.",
          "t.txt", "2024-08-27");
  CHECK(count_rule(en, "part-exceeds-whole") == 1);
  // A country outside the region is no part of it.
  auto apart =
      run("Acme puts the global widget market at $25 billion in 2024. By region, Asia-Pacific "
          "accounted for $11 billion in 2024, with Germany alone at $13 billion.",
          "t.txt", "2024-08-27");
  CHECK(count_rule(apart, "part-exceeds-whole") == 0);
}

TEST_CASE("a region without some of its countries is no whole of theirs") {
  auto r =
      run("Acme puts the global widget market at $25 billion in 2024. Asia-Pacific excluding China "
          "accounted for $8 billion in 2024, and China for $11 billion in 2024.",
          "t.txt", "2024-08-27");
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
}
