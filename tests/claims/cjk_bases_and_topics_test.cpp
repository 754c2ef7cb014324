// A stated period starts at its own year's level, even another source's; a Japanese time word
// marked as a topic names nothing; a Chinese rate read with its growth word stays a rate
// beside a share.
#include <doctest/doctest.h>

#include <string>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a rate's stated period starts at its own year's level, past a forecast between") {
  std::string text =
      "甲乙研究院报告显示，2023年中国小部件市场规模达5059.5亿元，同比增长33.8%"
      "。报告预计，到2026年，"
      "小部件市场规模有望突破1万亿元。另据业内机构测算，到2030年我国小部件市场规模将达到2."
      "05万亿元，"
      "2023年至2030年年均复合增长率为RATE。";
  auto with = [&](const char* rate) {
    std::string t = text;
    t.replace(t.find("RATE"), 4, rate);
    return run(t, "t.txt", "2024-04-02");
  };
  CHECK(count_rule(with("23.5%"), "cagr-mismatch") == 1);
  CHECK(count_rule(with("22.1%"), "cagr-mismatch") == 0);
}

TEST_CASE("a Japanese time word marked as a topic names no subject") {
  auto r =
      run("世界のウィジェット市場の売上高は、2022年の4910億ドルから2023年には5864億ドルに拡大した。"
          "今後も拡大が続き、2027年には1兆340億ドルと、2022年の約2.6倍に達すると予測されている。",
          "t.txt", "2024-07-05");
  CHECK(find_claim(r, "1兆340億ドル")->subject != "今後");
  CHECK(count_rule(r, "change-mismatch") == 1);
  auto fits =
      run("世界のウィジェット市場の売上高は、2022年の4910億ドルから2023年には5864億ドルに拡大した。"
          "今後も拡大が続き、2027年には1兆340億ドルと、2022年の約2.1倍に達すると予測されている。",
          "t.txt", "2024-07-05");
  CHECK(count_rule(fits, "change-mismatch") == 0);
}

TEST_CASE("a Chinese rate read with its growth word stays a rate beside a share") {
  auto r = run("2023年，小部件网上零售额130174亿元，增长8.4%，占社会消费品零售总额的比重为27.6%。",
               "t.txt", "2024-01-17");
  CHECK(find_claim(r, "8.4%")->kind == fc::claim_kind::growth);
  CHECK(find_claim(r, "27.6%")->kind == fc::claim_kind::share);
}

TEST_CASE("a うち breakdown splits the level reached, not the base restated after it") {
  auto r =
      run("アクメ総研は、2024年度の国内ウィジェット総出荷台数が前年度比7.9%増の3,"
          "000万台だったと発表した。"
          "前年度の2,780万台から増加に転じた。うちスマート型は2,"
          "850万台で、総出荷台数に占める比率は95.0%"
          "に達した。",
          "t.txt", "2025-05-01");
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
}

TEST_CASE("zh: the amount a share is of is its whole, never a part") {
  auto r = run(
      "2024年全国小部件网上零售额15.5万亿元，同比增长7.2%。其中，实物小部件网上零售额13.1万亿元，"
      "增长6.5%，占社会消费品零售总额48.8万亿元的比重为26.8%。",
      "t.txt", "2025-01-20");
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
}

TEST_CASE("an exchange rate written as an equation states no figures") {
  auto r =
      run("アクメ協会は、2025年度の販売高見通しを前年度比5.0%増の4兆6,"
          "590億円（1ドル＝150円換算で約310億"
          "ドル）に上方修正した。",
          "t.txt", "2025-01-20");
  CHECK(count_rule(r, "conversion-mismatch") == 0);
  CHECK(find_claim(r, "1ドル") == nullptr);
  CHECK(find_claim(r, "310億ドル") != nullptr);
}
