// A stated period starts at its own year's level, even another source's; a Japanese time word
// marked as a topic names nothing; a Chinese rate read with its growth word stays a rate
// beside a share; a うち breakdown splits the level reached; the amount a share is of is its
// whole; an exchange rate written as an equation states no figures.
#include <doctest/doctest.h>

#include <string>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;
using fc::test::with_mark;

TEST_CASE("a rate's stated period starts at its own year's level, past a forecast between") {
  auto with = [](const char* rate) {
    return run(with_mark("甲乙研究院报告显示，2023年中国小部件市场规模达4000亿元，同比增长21.0%。"
                         "报告预计，到2026年，小部件市场规模有望突破8000亿元。"
                         "另据业内机构测算，到2030年我国小部件市场规模将达到1.6万亿元，"
                         "2023年至2030年年均复合增长率为RATE。",
                         "RATE", rate),
               "t.txt", "2024-04-02");
  };
  CHECK(count_rule(with("23.5%"), "cagr-mismatch") == 1);
  CHECK(count_rule(with("21.9%"), "cagr-mismatch") == 0);
}

TEST_CASE("a Japanese time word marked as a topic names no subject") {
  auto with = [](const char* multiple) {
    return run(with_mark("アクメ総研によると、世界のウィジェット売上高は2022年の3000億ドルから"
                         "2023年に3600億ドルへ増えた。今後は伸びが鈍るものの、2027年には"
                         "6300億ドルと2022年のNになる見通しだ。",
                         "N", multiple),
               "t.txt", "2024-07-05");
  };
  auto wrong = with("約2.6倍");
  CHECK(find_claim(wrong, "6300億ドル")->subject != "今後");
  CHECK(count_rule(wrong, "change-mismatch") == 1);
  CHECK(count_rule(with("約2.1倍"), "change-mismatch") == 0);
}

TEST_CASE("a Chinese rate read with its growth word stays a rate beside a share") {
  auto r = run("2023年，小部件网上零售额9.2万亿元，增长6.1%，占社会消费品零售总额的比重为25.3%。",
               "t.txt", "2024-01-17");
  CHECK(find_claim(r, "6.1%")->kind == fc::claim_kind::growth);
  CHECK(find_claim(r, "25.3%")->kind == fc::claim_kind::share);
}

TEST_CASE("a うち breakdown splits the level reached, not the base restated after it") {
  auto r =
      run("アクメ総研は、2024年度の国内ウィジェット総出荷台数が前年度比7.9%増の1500万台だったと"
          "発表した。前年度の1390万台から増加に転じた。"
          "うちスマート型は1420万台で、総出荷台数に占める比率は94.7%に達した。",
          "t.txt", "2025-05-01");
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
}

TEST_CASE("zh: the amount a share is of is its whole, never a part") {
  auto r =
      run("2024年全国小部件网上零售额8.0万亿元，同比增长7.0%。其中，实物小部件网上零售额6.9万亿元，"
          "增长6.2%，占社会消费品零售总额30.0万亿元的比重为23.0%。",
          "t.txt", "2025-01-20");
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
}

TEST_CASE("an exchange rate written as an equation states no figures") {
  auto r =
      run("アクメ協会は、2025年度の販売高見通しを前年度比5.0%増の2兆4000億円"
          "（1ドル＝150円換算で約160億ドル）に上方修正した。",
          "t.txt", "2025-01-20");
  CHECK(count_rule(r, "conversion-mismatch") == 0);
  CHECK(find_claim(r, "1ドル") == nullptr);
  CHECK(find_claim(r, "160億ドル") != nullptr);
}
