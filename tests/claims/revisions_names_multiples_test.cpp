// A Korean revision by an amount is a change, a year inside a name dates no figure, and a
// multiple with no base named reaches its end from the measured figure before it (a warning).
#include <doctest/doctest.h>

#include <string>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("ko: an amount before 상향 after the level it revises is the revision's size") {
  auto r = run(
      "한빛리서치는 위젯 시장 규모를 지난해 8조원에서 2032년 20조원으로 내다봤다. 연구원은 2032년 "
      "시장 규모를 당초 17조원으로 제시했으나 이번에 3조원 상향 조정했다. 이에 따라 지난해부터 "
      "2032년까지 연평균 성장률은 10%를 웃돌 것으로 분석됐다.",
      "t.txt", "2024-11-05");
  CHECK(find_claim(r, "3조원")->kind == fc::claim_kind::change);
  CHECK(count_rule(r, "revision-direction") == 0);
  CHECK(count_rule(r, "growth-contradiction") == 0);
  CHECK(count_rule(r, "figure-disagreement") == 0);
  // Written with its particle, the amount is the revised level.
  auto level =
      run("연구원은 2032년 위젯 시장 규모를 당초 17조원으로 제시했으나 이번에 20조원으로 "
          "상향 조정했다.",
          "t.txt", "2024-11-05");
  CHECK(find_claim(level, "20조원")->kind == fc::claim_kind::size);
}

TEST_CASE("a year inside a name dates no figure") {
  auto r = run(
      "Global grid investment is set to reach USD 470 billion in 2025. In the Stated Policies "
      "Scenario, annual grid spending rises to around USD 650 billion by 2030, implying average "
      "growth of just under 7% a year; in the Net Zero Emissions by 2050 Scenario it nearly "
      "doubles, to about USD 900 billion.",
      "t.txt", "2025-10-28");
  CHECK(find_claim(r, "USD 900 billion")->year != 2050);
  CHECK(count_rule(r, "cagr-mismatch") == 0);
  auto vision =
      run("Saudi Vision 2030 targets widget sales of $12 billion.", "t.txt", "2024-01-01");
  CHECK_FALSE(find_claim(vision, "$12 billion")->year.has_value());
}

TEST_CASE("a multiple with no base named reaches its end from the measured figure before it") {
  auto with = [](const char* multiple) {
    return run(std::string("Widget revenue reached $12.6 billion last year, according to Acme, "
                           "which reckons it will ") +
                   multiple + " to $41 billion by 2030.",
               "t.txt", "2025-06-18");
  };
  auto wrong = with("more than quadruple");
  REQUIRE(count_rule(wrong, "change-mismatch") == 1);
  CHECK(wrong.findings.front().level == fc::severity::warning);
  CHECK(count_rule(with("more than triple"), "change-mismatch") == 0);
}

TEST_CASE("ko: a list's labels start after 보면 and past the examples before 등") {
  auto r =
      run("한빛부는 국내 위젯 시장 규모가 올해 약 12조원으로 커졌다고 밝혔다. 올해 시장을 분야별로 "
          "보면 "
          "제조실행시스템(MES) 등 소프트웨어가 38%, 산업용 로봇 등 자동화 설비가 29%, 예지보전 "
          "솔루션이 "
          "21%, 디지털트윈·시뮬레이션이 17%를 차지했다.",
          "t.txt", "2024-12-18");
  CHECK(find_claim(r, "38%")->kind == fc::claim_kind::share);
  CHECK(find_claim(r, "38%")->subject != "분야");
  CHECK(count_rule(r, "share-overflow") == 1);
  auto fits = run(
      "올해 시장을 분야별로 보면 제조실행시스템(MES) 등 소프트웨어가 38%, 산업용 로봇 등 자동화 "
      "설비가 29%, 예지보전 솔루션이 21%, 디지털트윈·시뮬레이션이 12%를 차지했다.",
      "t.txt", "2024-12-18");
  CHECK(count_rule(fits, "share-overflow") == 0);
}

TEST_CASE("a multiple whose base is named after its end is not read from the figure before") {
  auto r =
      run("Widget revenue reached $12.6 billion last year, Acme said, and it will quadruple to $41 "
          "billion by 2030 from 2020 levels.",
          "t.txt", "2025-06-18");
  CHECK(count_rule(r, "change-mismatch") == 0);
}
