// Moves read as two levels, never one range (claims layer, claim-language §6.1).
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::find_claim;
using fc::test::run;

TEST_CASE("an increase and the level it led to are a change and a level, never a range") {
  auto r = run("Revenue rose $14.6 billion to $108.3 billion.");
  REQUIRE(r.claims.size() == 2);
  const auto* change = find_claim(r, "$14.6 billion");
  const auto* level = find_claim(r, "$108.3 billion");
  REQUIRE(change);
  REQUIRE(level);
  CHECK(change->kind == fc::claim_kind::change);
  CHECK(change->rate_of == fc::rate_kind::difference);
  CHECK(level->kind == fc::claim_kind::size);
  CHECK(level->value_hedge == "exact");

  auto move = run("The market will grow from $10 to $15 billion by 2030.");
  REQUIRE(move.claims.size() == 2);
  REQUIRE(find_claim(move, "$10"));
  CHECK(find_claim(move, "$10")->value->point == doctest::Approx(1e10));
  CHECK(find_claim(move, "$15 billion")->year.value_or(0) == 2030);

  auto ko = run("국내 시장은 2022년 1조2000억원에서 2027년 3조5천억 원으로 커질 전망이다.");
  REQUIRE(ko.claims.size() == 2);
  for (const auto& c : ko.claims) CHECK(c.value_hedge == "exact");
}

TEST_CASE("a line crossed is a bound, not a level about the line") {
  auto r = run("지난해 김 수출액은 처음으로 10억달러 선을 넘어섰다.");
  REQUIRE(find_claim(r, "10억달러"));
  CHECK(find_claim(r, "10억달러")->value_hedge == "over");
  auto about = run("지난해 김 수출액은 10억달러 선이었다.");
  REQUIRE(find_claim(about, "10억달러"));
  CHECK(find_claim(about, "10억달러")->value_hedge == "about");
}

TEST_CASE("'N% above last year's X' sets the level against its base") {
  auto r =
      run("Spending is forecast to reach $8.4 billion this year, 2.5% above last year's $7.6 "
          "billion.",
          "t.txt", "2023-06-01");
  CHECK(fc::test::count_rule(r, "change-mismatch") == 1);  // the figures are 10.5% apart
  auto fits =
      run("Spending is forecast to reach $8.4 billion this year, 10% above last year's $7.6 "
          "billion.",
          "t.txt", "2023-06-01");
  CHECK(fc::test::count_rule(fits, "change-mismatch") == 0);
}

TEST_CASE("a year-on-year change into a year neither figure is of links no pair") {
  auto r =
      run("국내 캠핑 시장은 2019년 2조원에서 지난해 3조1000억원으로 불어났고, 올해는 전년 대비 약 "
          "7% 늘어날 것으로 추산된다.",
          "t.txt", "2024-03-12");
  CHECK(fc::test::count_rule(r, "change-mismatch") == 0);
  auto en = run(
      "Padel revenue grew from $3 billion in 2019 to $4.6 billion last year and should rise about "
      "9% year on year this year.",
      "t.txt", "2024-03-12");
  CHECK(fc::test::count_rule(en, "change-mismatch") == 0);
}
