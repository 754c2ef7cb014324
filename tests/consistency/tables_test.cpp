// Unit declarations and the tables and lists they scale (claim-language §11.3).
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a declaration scales the bare numbers on its own line, each with its year") {
  auto r = run("(단위: 억원) 2023년 3,120 / 2024년 3,540(전망)\n", "t.txt", "2023-06-01");
  const auto* a = find_claim(r, "3,120");
  const auto* b = find_claim(r, "3,540");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->value->point == doctest::Approx(3.12e11));
  CHECK(*a->value->low == doctest::Approx(3.115e11));
  CHECK(a->currency.value_or("") == "KRW");
  CHECK(a->year.value_or(0) == 2023);
  CHECK_FALSE(a->forecast);
  CHECK(b->year.value_or(0) == 2024);
  CHECK(b->forecast);
}

TEST_CASE("a Markdown table takes its years from the header and its subject from the row") {
  const char* md =
      "# 전망\n\n국내 AI 시장 규모 (단위: 백만 달러)\n\n"
      "| 구분 | 2023 | 2027E |\n|---|---|---|\n| 국내 AI 시장 | 1,520 | 3,100 |\n"
      "| 클라우드 | 800 | 1,900 |\n";
  auto r = run(md, "t.md");
  const auto* a = find_claim(r, "1,520");
  const auto* b = find_claim(r, "3,100");
  const auto* c = find_claim(r, "800");
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  CHECK(a->value->point == doctest::Approx(1.52e9));
  CHECK(a->currency.value_or("") == "USD");
  CHECK(a->year.value_or(0) == 2023);
  CHECK(b->year.value_or(0) == 2027);
  CHECK(b->forecast);
  CHECK(a->subject_key == b->subject_key);
  CHECK(a->subject_key != c->subject_key);  // rows never meet each other
  CHECK(r.findings.empty());
}

TEST_CASE("English declarations: a bracket with a currency and a scale word") {
  auto r =
      run("Table 2: Revenue by region (USD billion)\n\n| Region | 2024 | 2030F |\n"
          "|---|---|---|\n| Asia | 15.8 | 40.1 |\n",
          "t.md");
  const auto* a = find_claim(r, "15.8");
  REQUIRE(a);
  CHECK(a->value->point == doctest::Approx(1.58e10));
  CHECK(a->year.value_or(0) == 2024);
  CHECK(find_claim(r, "40.1"));
}

TEST_CASE("prose never inherits a declaration, and a blank line after the rows ends it") {
  auto prose = run("(단위: 억원)\n\n올해 직원 3,120명 중 1,200명이 2023년 입사했다.\n", "t.md");
  CHECK(prose.claims.size() <= 2);
  CHECK_FALSE(find_claim(prose, "1,200"));
  auto after =
      run("(단위: 억원)\n\n| 구분 | 2023 |\n|---|---|\n| 매출 | 300 |\n\n| 구분 | 2024 |\n"
          "|---|---|\n| 매출 | 500 |\n",
          "t.md");
  CHECK(find_claim(after, "300"));
  CHECK_FALSE(find_claim(after, "500"));
  auto no_year = run("(단위: 억원)\n\n| 구분 | 상반기 |\n|---|---|\n| 매출 | 300 |\n", "t.md");
  CHECK_FALSE(find_claim(no_year, "300"));  // no column year: no claim rather than a guess
}

TEST_CASE("brackets that are not declarations") {
  CHECK_FALSE(find_claim(run("The market (USD 15.8 billion in 2024) grows.", "t.txt"), "15.8"));
  CHECK(run("시장(단위 면적당 생산) 2023년 300\n").claims.empty());
}

TEST_CASE(
    "a table's CAGR column compounds over the table's years; the unit may sit in a header cell") {
  const char* ok_md =
      "(단위: 억원)\n\n| 구분 | 2023년 | 2026년(E) | CAGR |\n|---|---|---|---|\n"
      "| 퍼블릭 클라우드 | 52,310 | 79,500 | 15.0% |\n| SaaS | 21,400 | 31,000 | 13.1% |\n";
  auto ok = run(ok_md, "t.md");
  REQUIRE(find_claim(ok, "15.0%"));
  CHECK(find_claim(ok, "15.0%")->rate_of == fc::rate_kind::cagr);
  CHECK(find_claim(ok, "15.0%")->period_to.value_or(0) == 2026);
  CHECK(ok.findings.empty());
  const char* bad_md =
      "| Segment (US$ bn) | 2023 | 2028F | CAGR |\n|---|---|---|---|\n"
      "| Hardware | 41.2 | 57.6 | 16.9% |\n";
  auto bad = run(bad_md, "t.md");
  REQUIRE(find_claim(bad, "41.2"));
  CHECK(find_claim(bad, "41.2")->value->point == doctest::Approx(4.12e10));
  CHECK(fc::test::count_rule(bad, "cagr-mismatch") == 1);  // 41.2 -> 57.6 is 6.9% a year
}
