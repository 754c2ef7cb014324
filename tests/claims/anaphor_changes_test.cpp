// A sentence opened by an anaphor that states a change from its one level measures the move to
// the figure the sentence before reached, in every language.
#include <doctest/doctest.h>

#include <string>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::run;
using fc::test::with_mark;

TEST_CASE("a change that refers back is held to the move from its level") {
  struct passage {
    const char* text;
    const char* wrong;
    const char* right;
  };
  const passage passages[] = {
      {"Acme sees the widget market reaching about $84 billion by 2030, up from its earlier "
       "estimate of $80 billion. That would be a N jump from roughly $20 billion last year.",
       "six-fold", "four-fold"},
      {"한빛리서치는 세계 위젯 시장이 2030년 840억달러에 이를 것으로 내다봤다. 이는 지난해 "
       "200억달러의 N 규모다.",
       "6배", "4배"},
      {"甲乙研究院预计，全球小部件市场规模到2030年将达到840亿美元。这相当于去年200亿美元的N。",
       "6倍", "4倍"},
      {"アクメ総研は、世界のウィジェット市場が2030年に840億ドルに達すると予測した。これは昨年の"
       "200億ドルのN規模にあたる。",
       "約6倍", "約4倍"}};
  for (const auto& p : passages) {
    CAPTURE(p.text);
    // A six-fold change is wrong for 20 → 84; a four-fold one fits.
    CHECK(count_rule(run(with_mark(p.text, "N", p.wrong), "t.txt", "2025-02-05"),
                     "change-mismatch") == 1);
    CHECK(count_rule(run(with_mark(p.text, "N", p.right), "t.txt", "2025-02-05"),
                     "change-mismatch") == 0);
  }
  // Without the anaphor the sentence names its own move, and nothing links it to the one before.
  auto plain =
      run("Acme sees the widget market reaching about $84 billion by 2030. Gadget sales saw a "
          "six-fold jump from roughly $20 billion last year.",
          "t.txt", "2025-02-05");
  CHECK(count_rule(plain, "change-mismatch") == 0);
}

TEST_CASE("a multiple of a year's level it names refers back to the sentence before") {
  auto with = [](const char* m) {
    return run(with_mark("한빛리서치에 따르면 국내 위젯 시장 규모는 2020년 4조5000억원에서 2027년 "
                         "10조원으로 연평균 12.1% 성장할 전망이다. 이는 2020년의 약 N에 달하는 "
                         "규모다.",
                         "N", m),
               "t.txt", "2024-05-01");
  };
  CHECK(count_rule(with("3배"), "change-mismatch") == 1);
  CHECK(count_rule(with("2.2배"), "change-mismatch") == 0);
}
