// Figures under a condition or a scenario, a target's path, a fall named by a noun, and a move's
// end written without its currency: readings that decide whether two figures can conflict.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("figures listed by scenario are alternatives, not parts of the forecast") {
  auto r = run(
      "한빛리서치는 세계 드론 시장이 2024년 약 3600억 달러에서 2030년 9100억 달러로 연평균 16.7% "
      "증가할 것으로 예상했다. 시나리오별로는 보조금이 줄어들 경우 7200억 달러, 수요가 폭발할 "
      "경우 1조 1000억 달러까지 범위를 제시했다.",
      "t.txt", "2024-09-05");
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
  CHECK(r.findings.empty());
  // A breakdown by region still splits the forecast, and its part can exceed it.
  auto parts = run(
      "한빛리서치는 세계 드론 시장이 2024년 약 3600억 달러에서 2030년 9100억 달러로 연평균 16.7% "
      "증가할 것으로 예상했다. 지역별로는 북미가 2030년 9800억 달러, 유럽이 2030년 2000억 달러로 "
      "전망됐다.",
      "t.txt", "2024-09-05");
  CHECK(count_rule(parts, "part-exceeds-whole") + count_rule(parts, "breakdown-exceeds-whole") >=
        1);
}

TEST_CASE("a figure under a condition is no second estimate of the forecast") {
  const char* base =
      "한빛리서치는 국내 조각투자 시장이 2030년 약 120조 원까지 커질 것으로 내다봤습니다. ";
  auto r = run(std::string(base) +
                   "다만 규제 정비가 늦어지면 2030년 규모가 70조 원 안팎에 그칠 수 "
                   "있다고 덧붙였습니다.",
               "t.txt", "2024-02-13");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  auto plain = run(std::string(base) + "다른 보고서는 2030년 규모를 70조 원 안팎으로 봤습니다.",
                   "t.txt", "2024-02-13");
  CHECK(count_rule(plain, "figure-disagreement") == 1);
  auto en =
      run("Acme Research expects the robot lawnmower market to reach $4.2 billion in 2030. If "
          "battery prices stall, it could reach only $2.9 billion in 2030, the firm said.",
          "t.txt", "2025-03-01");
  CHECK(count_rule(en, "figure-disagreement") == 0);
}

TEST_CASE("a reduction is a fall") {
  const char* cut =
      "Acme Research takes a cautious view at 75 GW, having cut its forecast from "
      "110 GW a year earlier, a reduction of roughly ";
  auto r = run(std::string(cut) + "32%.", "t.txt", "2025-05-27");
  CHECK(count_rule(r, "change-mismatch") == 0);
  auto wrong = run(std::string(cut) + "45%.", "t.txt", "2025-05-27");
  CHECK(count_rule(wrong, "change-mismatch") == 1);
}

TEST_CASE("the rate of a target's path runs from the move's base to the target") {
  const char* move =
      "한빛도는 드론 부품 산업 규모를 2023년 1조 2000억 원에서 2030년 4조 원으로 키운다는 목표를 "
      "세웠다. ";
  auto off_by_one =
      run(std::string(move) + "연평균 22.2%씩 성장하는 셈이다.", "t.txt", "2024-05-14");
  CHECK(count_rule(off_by_one, "cagr-period-convention") == 1);
  auto right = run(std::string(move) + "연평균 18.8%씩 성장하는 셈이다.", "t.txt", "2024-05-14");
  CHECK(right.findings.empty());
}

TEST_CASE("the end of a move written without its currency is measured as its base") {
  auto r =
      run("Acme expects robot lawnmower revenue to triple, from $105 million in 2023 to about 410 "
          "million in 2028.",
          "t.txt", "2024-01-01");
  const auto* end = find_claim(r, "410 million");
  REQUIRE(end != nullptr);
  CHECK(end->currency == "USD");
  CHECK(end->year == 2028);
  CHECK(count_rule(r, "change-mismatch") == 1);
  // Not a figure that only follows "to" in another clause.
  auto other =
      run("Acme's revenue rose from $105 million in 2023; headcount grew to about 410 in 2024.",
          "t.txt", "2024-06-01");
  CHECK(find_claim(other, "410") == nullptr);
}

TEST_CASE("a Chinese revision from a hedged earlier figure, and a source that estimated") {
  auto r = run("甲乙研究院将今年中国内地咖啡市场规模预期由年中时的约2800亿元下调至约2500亿元。",
               "t.txt", "2024-12-18");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  CHECK(find_claim(r, "2800亿元")->subject.value_or("").starts_with("中国内地"));
  auto unrevised =
      run("甲乙研究院预计今年中国内地咖啡市场规模约为2800亿元。丙丁咨询则认为今年中国内地咖啡"
          "市场规模约为2500亿元。",
          "t.txt", "2024-12-18");
  CHECK(count_rule(unrevised, "figure-disagreement") +
            count_rule(unrevised, "source-disagreement") >=
        1);
  auto two =
      run("甲乙研究院数据显示，2023年中国咖啡市场规模为2165亿元。丙丁咨询估算的2023年市场规模约为"
          "1800亿元。",
          "t.txt", "2024-05-10");
  CHECK(find_claim(two, "1800亿元")->source.value_or("") == "丙丁咨询");
}

TEST_CASE("Chinese: a range written with 年 on both years, a share's move, a shortened name") {
  auto r =
      run("甲乙研究院数据显示，中国咖啡市场规模由2019年的人民币396亿元增至2023年的人民币1010亿元，"
          "复合年增长率为26.4%，预计将于2028年达到人民币2465亿元，2023年至2028年的复合年增长率为"
          "19.5%。连锁品牌的市场份额预计将持续提升，由2023年的约52.3%增至2028年的约68.0%。",
          "t.txt", "2024-05-28");
  CHECK(r.findings.empty());
  const auto* later = find_claim(r, "19.5%");
  REQUIRE(later != nullptr);
  CHECK(later->period_from == 2023);
  CHECK(later->period_to == 2028);
  CHECK(find_claim(r, "52.3%")->kind == fc::claim_kind::share);
  auto wrong =
      run("2023年我国工业机器人核心产业规模约为1.35万亿元。到2027年核心产业规模将达到约2.2万亿元，"
          "2023—2027年年均复合增长率约为18%。",
          "t.txt", "2024-03-28");
  CHECK(count_rule(wrong, "cagr-mismatch") == 1);
}

TEST_CASE("a rate needed to reach a target, and a rival's level written after a rate") {
  auto r =
      run("한빛리서치는 올해 세계 드론 매출이 6970억달러로 전년(6270억달러) 대비 11% 증가할 것으로 "
          "내다봤다. 이 추세라면 2030년 1조 달러 목표 달성을 위해 필요한 연평균 성장률은 7.5% "
          "수준이다.",
          "t.txt", "2025-02-10");
  CHECK(r.findings.empty());
  auto rival = run(
      "아크메는 올해 세계 드론 매출이 712억달러로 전년 대비 33% 증가할 것으로 전망했다. 아크메는 "
      "내년 드론 시장이 919억달러로 올해보다 29% 더 커질 것으로 내다봤다. 반면 한빛리서치는 올해 "
      "드론 시장 규모를 841억달러로 아크메보다 높게 잡았다.",
      "t.txt", "2024-05-30");
  CHECK(count_rule(rival, "change-mismatch") == 0);
}

TEST_CASE("a target after a measured move is no end of it, and 'targeting' names no target after") {
  auto r =
      run("Acme's fiscal 2024 revenue rose 32% to $3.1 billion from $2.35 billion, and we are "
          "targeting $5 billion in annual revenue by fiscal 2027.",
          "t.txt", "2024-11-19");
  CHECK(r.findings.empty());
  auto wrong =
      run("Acme's fiscal 2024 revenue rose 42% to $3.1 billion from $2.35 billion, and we are "
          "targeting $5 billion in annual revenue by fiscal 2027.",
          "t.txt", "2024-11-19");
  CHECK(count_rule(wrong, "change-mismatch") == 1);
}

TEST_CASE("'Mn', a Latin publisher before '가 발간한', and a forecast raised by an amount") {
  auto mn = run(
      "Acme Insights expects the global electrolyzer market to grow from USD 3,450 Mn in 2024 to "
      "USD 28.4 Bn by 2030, a CAGR of 42.1%.",
      "t.txt", "2024-11-19");
  CHECK(mn.findings.empty());
  auto pwc =
      run("글로벌 회계법인 PwC가 발간한 '드론 현황 2024' 보고서에 따르면 지난해 전 세계 드론 "
          "투자액은 512억달러였다.",
          "t.txt", "2024-10-16");
  CHECK(find_claim(pwc, "512억달러")->source.value_or("") == "PwC");
  auto raised = run(
      "한빛리서치는 국내 데이터센터 시장 규모가 지난해 약 6조 원에서 2029년 12조 원 안팎으로 커질 "
      "것으로 내다봤다. 작년 11월 제시한 2029년 전망치(10조 5,000억 원)보다 1조 5,000억 원 상향 "
      "조정한 것이다.",
      "t.txt", "2025-07-10");
  CHECK(count_rule(raised, "revision-direction") == 0);
  CHECK(count_rule(raised, "figure-disagreement") == 0);
  auto bracket = run(
      "한빛리서치는 2030년 세계 드론 시장이 약 1500억달러 규모로 커질 것으로 봤다. 한빛리서치는 "
      "지난해 내놓았던 2030년 전망치(1200억달러)를 25% 상향 조정했다고 밝혔다.",
      "t.txt", "2025-04-09");
  CHECK(count_rule(bracket, "figure-disagreement") == 0);
}
