// A growth streak ("3년 연속 성장", "rose for a third straight year") holds every step between
// its sentence's dated levels to a rise.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::run;

TEST_CASE("a step that falls inside a stated growth streak is reported") {
  auto wrong =
      run("시장조사업체 홈데이터에 따르면 국내 식기세척기 시장 규모는 2021년 3200억원, 2022년 "
          "3700억원에 이어 지난해 3500억원을 기록하며 3년 연속 성장세를 이어갔다.",
          "t.txt", "2024-04-01");
  CHECK(count_rule(wrong, "move-direction") == 1);
  auto right =
      run("시장조사업체 홈데이터에 따르면 국내 식기세척기 시장 규모는 2021년 3200억원, 2022년 "
          "3700억원에 이어 지난해 3900억원을 기록하며 3년 연속 성장세를 이어갔다.",
          "t.txt", "2024-04-01");
  CHECK(right.findings.empty());
  auto en =
      run("U.S. dishwasher sales rose for a third straight year, according to HomeData, reaching "
          "$4.1 billion in 2023 after $4.3 billion in 2022.",
          "t.txt", "2024-04-01");
  CHECK(count_rule(en, "move-direction") == 1);
}
