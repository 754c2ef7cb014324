// A name before its apposition is the subject, a rate after a figure closes the figure's own
// year window, "연간" before a measure is no annual rate, and "두 나라가" holds a subtotal.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a name before its apposition is the figure's subject, unless it says") {
  auto r =
      run("Vietnam, the region's fastest-growing market, accounted for $12bn of the total. Brio, "
          "the parent of Cova, said the platform's sales rose 40 per cent to $3.1bn.",
          "t.txt", "2024-03-01");
  CHECK(*find_claim(r, "$12bn")->subject == "Vietnam");
  CHECK(*find_claim(r, "$3.1bn")->subject != "Brio");
}

TEST_CASE("a rate after a figure dates its base, not the figure") {
  auto r = run("Acme expects shipments of 1.25 billion units, up 2% from last year.", "t.txt",
               "2025-10-21");
  CHECK(find_claim(r, "1.25 billion units")->year != 2024);
}

TEST_CASE("'연간' before a measure is the year's whole, before a rate an annual rate") {
  auto r = run(
      "8개월 만에 지난해 연간 수출액(12억4800만 달러)의 82%를 채운 셈이다. 시장은 연간 8% 성장할 "
      "전망이다.",
      "t.txt", "2025-10-21");
  CHECK(find_claim(r, "82%")->kind == fc::claim_kind::share);
  CHECK(find_claim(r, "8%")->rate_of == fc::rate_kind::cagr);
}

TEST_CASE("shares the text gives two countries together are their subtotal") {
  auto r =
      run("지난해 라면 수출액은 12억 달러였다. 국가별로는 중국이 2억3000만 달러, 미국이 1억7000만 "
          "달러로 두 나라가 전체의 약 33%를 차지했다.",
          "t.txt", "2025-10-21");
  CHECK(count_rule(r, "share-mismatch") == 0);
}
