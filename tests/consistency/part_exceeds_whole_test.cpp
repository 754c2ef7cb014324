// part-exceeds-whole: a region above the global market of the same product and year.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::run;

TEST_CASE("a country's market above the global market of the same year is an error") {
  auto r =
      run("글로벌 클라우드 시장은 2024년 5000억 달러로 추산된다. 중국 클라우드 시장은 2024년 "
          "6000억 달러에 이를 전망이다.");
  REQUIRE(count_rule(r, "part-exceeds-whole") == 1);
  for (const auto& f : r.findings)
    if (f.rule == "part-exceeds-whole") {
      CHECK(f.level == fc::severity::error);
      CHECK(f.claims.size() == 2);
      CHECK(f.explanation.find("5950억 달러") != std::string::npos);
    }
  CHECK(count_rule(run("The global pet food market was worth $120 billion in 2024. The U.S. pet "
                       "food market alone reached $135 billion in 2024."),
                   "part-exceeds-whole") == 1);
}

TEST_CASE("other years, smaller parts and rounding stay quiet") {
  CHECK(count_rule(run("글로벌 클라우드 시장은 2020년 3000억 달러였다. 중국 클라우드 시장은 "
                       "2028년 3500억 달러에 이를 전망이다."),
                   "part-exceeds-whole") == 0);
  CHECK(count_rule(run("The global pet food market was worth about $1 billion in 2024. The U.S. "
                       "pet food market reached $1.2 billion in 2024."),
                   "part-exceeds-whole") == 0);
  CHECK(count_rule(run("The global market was $120 billion in 2024. The U.S. market reached $135 "
                       "billion in 2024."),
                   "part-exceeds-whole") == 0);
}
