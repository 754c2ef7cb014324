// A figure in a Korean relative clause ("2800억 원이던 시장 규모는 … 5100억 원으로"): it names
// the noun phrase after it and is the start of the move that follows.
#include <doctest/doctest.h>

#include "../support.hpp"
#include "claims/context.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a figure in a relative clause describes the noun phrase after it") {
  auto r =
      run("조사원이 발표한 '드론산업 실태조사'에 따르면 2020년 2800억 원이던 산업용 드론 시장 "
          "규모는 지난해 5100억 원으로 늘었다.",
          "t.txt", "2024-03-21");
  REQUIRE(find_claim(r, "2800억 원"));
  CHECK(find_claim(r, "2800억 원")->subject == "산업용 드론 시장 규모");
  CHECK(find_claim(r, "2800억 원")->move_base);
  auto counts =
      run("2015년 412만 명이던 유료 구독자가 지난해 743만 명으로 늘었다.", "t.txt", "2019-05-02");
  REQUIRE(find_claim(counts, "412만 명"));
  CHECK(find_claim(counts, "412만 명")->subject == "유료 구독자");
  CHECK(find_claim(counts, "743만 명")->subject_key == find_claim(counts, "412만 명")->subject_key);
}

TEST_CASE("a leading multiple is held to a move written as a relative clause") {
  // 2,800억 → 5,100억 is 1.8 times, not three.
  auto r =
      run("국내 산업용 드론 시장이 3년 만에 세 배 규모로 커졌다. 진흥원에 따르면 2020년 2800억 "
          "원이던 산업용 드론 시장 규모는 지난해 5100억 원으로 늘었다.",
          "t.txt", "2024-03-21");
  CHECK(count_rule(r, "change-mismatch") == 1);
  auto fits =
      run("국내 산업용 드론 시장이 3년 만에 두 배 가까이 커졌다. 진흥원에 따르면 2020년 2800억 "
          "원이던 산업용 드론 시장 규모는 지난해 5100억 원으로 늘었다.",
          "t.txt", "2024-03-21");
  CHECK(count_rule(fits, "change-mismatch") == 0);
}

TEST_CASE("measure words come from the language data, with their exclusions") {
  auto r = run("The company's market share rose, and sales reached $4.1 billion in 2023.");
  REQUIRE(find_claim(r, "$4.1 billion"));
  CHECK(find_claim(r, "$4.1 billion")->subject == "sales");
  auto wednesday = run("수요일 발표에 따르면 국내 배터리 시장은 2023년 3조원이었다.");
  REQUIRE(find_claim(wednesday, "3조원"));
  CHECK(find_claim(wednesday, "3조원")->subject == "국내 배터리 시장");
}

TEST_CASE("a word glued to an abbreviation in brackets is named by the abbreviation") {
  auto r = run(
      "고대역폭메모리(HBM) 시장이 2028년 227억 달러 규모로 커질 것이라는 전망이 나왔다. 조사업체 "
      "세미인사이트는 지난해 43억 달러였던 HBM 시장이 연평균 39.5% 성장할 것으로 내다봤다. 올해 "
      "시장 규모는 103억 달러로 추산됐다.",
      "t.txt", "2024-03-15");
  REQUIRE(find_claim(r, "227억 달러"));
  CHECK(find_claim(r, "227억 달러")->subject_key == find_claim(r, "43억 달러")->subject_key);
  CHECK(count_rule(r, "cagr-mismatch") == 0);
  CHECK(fc::claims::subject_key("생성형 인공지능(AI) 시장") ==
        fc::claims::subject_key("생성 AI 시장"));
  CHECK(fc::claims::subject_key("시장(전년 대비)") != fc::claims::subject_key("시장"));
}

TEST_CASE("counters and phrases of real Korean copy: '기', '전년 말(…)', a cause before '시장'") {
  auto chargers =
      run("환경부는 지난해 말 기준 국내 전기차 충전기가 30만 5000기로 전년 말(24만 기) 대비 37% "
          "늘었다고 밝혔다. 이 가운데 급속충전기는 3만 8000기로 전체의 12.5% 수준이다.",
          "t.txt", "2025-03-06");
  REQUIRE(find_claim(chargers, "30만 5000기"));
  CHECK(find_claim(chargers, "24만 기")->year == 2023);
  CHECK(count_rule(chargers, "change-mismatch") == 1);
  CHECK(count_rule(chargers, "share-mismatch") == 0);
  auto cause =
      run("협회에 따르면 국내 웨어러블 헬스기기 시장 규모는 2025년 9600억 원으로 추정된다. 협회는 "
          "고령화에 힘입어 시장이 연평균 8%대 성장을 이어가며 2029년 8700억 원까지 확대될 것으로 "
          "전망했다.",
          "t.txt", "2025-06-01");
  CHECK(count_rule(cause, "growth-contradiction") == 1);
}
