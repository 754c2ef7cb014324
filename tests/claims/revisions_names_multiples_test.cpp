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
      "한빛리서치는 위젯 시장이 지난해 6조원에서 2032년 15조원으로 커진다고 봤다. 2032년 전망치는 "
      "애초 13조원이었지만 이번 보고서에서 2조원 상향됐다. 지난해부터 2032년까지 연평균 "
      "성장률은 10%를 넘는다.",
      "t.txt", "2024-11-05");
  CHECK(find_claim(r, "2조원")->kind == fc::claim_kind::change);
  CHECK(count_rule(r, "revision-direction") == 0);
  CHECK(count_rule(r, "growth-contradiction") == 0);
  CHECK(count_rule(r, "figure-disagreement") == 0);
  // Written with its particle, the amount is the revised level.
  auto level =
      run("한빛리서치는 2032년 위젯 시장 전망치를 애초 13조원에서 이번에 15조원으로 상향했다.",
          "t.txt", "2024-11-05");
  CHECK(find_claim(level, "15조원")->kind == fc::claim_kind::size);
}

TEST_CASE("a year inside a name dates no figure") {
  auto r = run(
      "Global grid investment is set to reach USD 300 billion in 2025. In the Current Trends "
      "Scenario, annual grid spending rises to around USD 420 billion by 2030, implying average "
      "growth of just under 7% a year; in the Rapid Transition by 2050 Scenario it nearly "
      "doubles, to about USD 600 billion.",
      "t.txt", "2025-10-28");
  CHECK(find_claim(r, "USD 600 billion")->year != 2050);
  CHECK(count_rule(r, "cagr-mismatch") == 0);
  auto vision =
      run("Saudi Vision 2030 targets widget sales of $12 billion.", "t.txt", "2024-01-01");
  CHECK_FALSE(find_claim(vision, "$12 billion")->year.has_value());
}

TEST_CASE("a multiple with no base named reaches its end from the measured figure before it") {
  auto with = [](const char* multiple) {
    return run(std::string("Widget revenue reached $10.0 billion last year, according to Acme, "
                           "which reckons it will ") +
                   multiple + " to $33 billion by 2030.",
               "t.txt", "2025-06-18");
  };
  auto wrong = with("more than quadruple");
  REQUIRE(count_rule(wrong, "change-mismatch") == 1);
  CHECK(wrong.findings.front().level == fc::severity::warning);
  CHECK(count_rule(with("more than triple"), "change-mismatch") == 0);
}

TEST_CASE("ko: a list's labels start after 보면 and past the examples before 등") {
  auto r =
      run("한빛부는 국내 위젯 시장 규모가 올해 약 9조원으로 커졌다고 밝혔다. 분야별로 보면 "
          "주문관리시스템(OMS) 등 소프트웨어가 36%, 산업용 로봇 등 자동화 장비가 30%, "
          "원격 점검 서비스가 22%, 가상 시운전이 17%를 차지했다.",
          "t.txt", "2024-12-18");
  CHECK(find_claim(r, "36%")->kind == fc::claim_kind::share);
  CHECK(find_claim(r, "36%")->subject != "분야");
  CHECK(count_rule(r, "share-overflow") == 1);
  auto fits = run(
      "분야별로 보면 주문관리시스템(OMS) 등 소프트웨어가 36%, 산업용 로봇 등 자동화 장비가 30%, "
      "원격 점검 서비스가 22%, 가상 시운전이 11%를 차지했다.",
      "t.txt", "2024-12-18");
  CHECK(count_rule(fits, "share-overflow") == 0);
}

TEST_CASE("a multiple whose base is named after its end is not read from the figure before") {
  auto r =
      run("Widget revenue reached $10.0 billion last year, Acme said, and it will quadruple to $33 "
          "billion by 2030 from 2020 levels.",
          "t.txt", "2025-06-18");
  CHECK(count_rule(r, "change-mismatch") == 0);
}
