// Numbers that are not amounts (claim-language §12) must never become money claims.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::run;

namespace {
int money_claims(const fc::file_result& r) {
  int n = 0;
  for (const auto& c : r.claims) n += c.kind == fc::claim_kind::size;
  return n;
}
}  // namespace

TEST_CASE("product names, dates, durations and law articles are not amounts") {
  const char* sentences[] = {
      "오픈AI는 GPT-4를 14일 공개했다.",
      "메타는 2월 언어모델을 공개했다.",
      "개발을 6개월 멈추자는 서한에 서명했다.",
      "제3조 2항에 따라 회사는 1년 만에 두 번째 보고서를 냈다.",
      "김조원 연구원은 조사 결과 조건이 맞으면 조정이 필요하다고 밝혔다.",
      "The 16GB and 1TB models with 4K screens shipped.",
      "Call +1 (604) 555-0199 or write to sales@example.com for the 2024 edition.",
      "갤럭시 S24와 A100, H100 칩이 나왔다.",
      "원칙적으로 직원과 연구원이 원인을 조사했다.",
  };
  for (const char* s : sentences) {
    CAPTURE(s);
    CHECK(money_claims(run(s)) == 0);
  }
}

TEST_CASE("a year is never read as an amount") {
  auto r = run("2028년 시장 규모는 1조2000억원이다.");
  REQUIRE(r.claims.size() == 1);
  CHECK(r.claims[0].text == "1조2000억원");
  CHECK(r.claims[0].year.value_or(0) == 2028);
}

TEST_CASE("absurd numbers are refused without crashing") {
  std::string huge(10000, '9');
  auto r = run("시장 규모는 " + huge + "억 달러다. 999999999조원도 있다.");
  for (const auto& c : r.claims) CHECK(c.value);
}
