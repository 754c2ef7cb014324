// A bare number at one end of a move takes the measure written at the other end.
#include <doctest/doctest.h>

#include "../support.hpp"
#include "grammar/mention.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a bare number across 'from … to' takes its partner's unit") {
  auto after = fc::grammar::scan("rose 34% last year to 1.12 million units from 760,000 in 2021.");
  bool found = false;
  for (const auto& m : after)
    if (m.kind == fc::grammar::mention_kind::amount && m.value == doctest::Approx(760000)) {
      found = true;
      CHECK(m.unit == "units");
    }
  CHECK(found);
  auto before = run("Shipments rose from 760,000 in 2021 to 1.12 million units last year.", "t.txt",
                    "2023-01-01");
  REQUIRE(find_claim(before, "760,000"));
  CHECK(find_claim(before, "760,000")->year == 2021);
  // Alone, a bare number is no amount; nor is one after "from" with no measured partner.
  CHECK(fc::grammar::scan("The plant employs 760,000 people.").size() <= 1);
  CHECK(run("Visitors came from 12,000 miles away.").claims.empty());
}

TEST_CASE("a rate against a move with a bare base is checked, and its direction read") {
  auto wrong =
      run("Shipments of chargers rose 34% last year to 1.12 million units from 760,000 in 2021.",
          "t.txt", "2023-03-01");
  CHECK(count_rule(wrong, "change-mismatch") == 1);
  auto slipped = run(
      "For the full year, orders slipped 0.6% to 31,311 units from 31,500, the association said.",
      "t.txt", "2025-02-01");
  CHECK(slipped.findings.empty());
}

TEST_CASE("a scaled number with no unit, or a base after the target's year, joins the move") {
  auto scaled =
      run("Sales of scooters rose 21% last year to 1.34 million units from 1.61 million in 2022, "
          "Mekong said, with Vietnam accounting for 0.62 million of the total.",
          "t.txt", "2024-02-01");
  CHECK(count_rule(scaled, "change-mismatch") == 1);
  auto year_between =
      run("Robot installations climbed 8.4% to 44,300 units in 2024 from 38,200 the previous year, "
          "the council said.",
          "t.txt", "2025-02-01");
  REQUIRE(find_claim(year_between, "38,200"));
  CHECK(find_claim(year_between, "38,200")->unit == "units");
  CHECK(count_rule(year_between, "change-mismatch") == 1);
  auto fits =
      run("Robot installations climbed 16% to 44,300 units in 2024 from 38,200 the previous year, "
          "the council said.",
          "t.txt", "2025-02-01");
  CHECK(fits.findings.empty());
}

TEST_CASE("a bare end of a move takes the unit of its start written after 'from'") {
  auto wrong = run(
      "Poland was the exception: installations there have tripled since 2020, rising from 84,000 "
      "units to 173,000 last year.",
      "t.txt", "2024-03-01");
  REQUIRE(find_claim(wrong, "173,000"));
  CHECK(find_claim(wrong, "173,000")->unit == "units");
  CHECK(count_rule(wrong, "change-mismatch") == 1);
  auto right = run(
      "Poland was the exception: installations there have doubled since 2020, rising from 84,000 "
      "units to 173,000 last year.",
      "t.txt", "2024-03-01");
  CHECK(right.findings.empty());
  // "to" with no "from" before its partner is no move.
  CHECK(fc::grammar::scan("sold 84,000 units to 173,000 households.").size() == 1);
}
