// A verbal fraction of a whole, a balance that is no total, scenarios named side by side, and a
// measure that names its object after "for": readings that decide whether figures can conflict.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("'a third of that total, or $X' is a share of the whole and its amount") {
  const char* lead =
      "The global parcel robotics market will grow from $23 billion in 2022 to $51 billion in "
      "2027, according to Acme Research. Sorting arms are expected to make up roughly a third of "
      "that total by 2027, or about ";
  auto fits = run(std::string(lead) + "$17 billion.\n", "t.txt", "2023-11-08");
  const auto* share = find_claim(fits, "a third");
  REQUIRE(share != nullptr);
  CHECK(share->kind == fc::claim_kind::share);
  CHECK(fits.findings.empty());
  auto wrong = run(std::string(lead) + "$27 billion.\n", "t.txt", "2023-11-08");
  CHECK(count_rule(wrong, "share-mismatch") == 1);
  // "grew by a third" stays a change, and a part of a year is no share.
  auto change = run("Acme's sales grew by a third to $1.2 billion in 2024.\n");
  REQUIRE(find_claim(change, "a third") != nullptr);
  CHECK(find_claim(change, "a third")->kind == fc::claim_kind::change);
  auto half = run("Sales in the first half of 2024 reached $1.2 billion, Acme said.\n");
  CHECK(find_claim(half, "half") == nullptr);
}

TEST_CASE("a deficit is a balance between two figures, never the whole of a part") {
  auto r =
      run("Acme's farm exports in 2024 are projected at $170.5 billion, down from $178.7 billion. "
          "Farm imports are forecast at $200.0 billion, leaving a trade deficit of $29.5 billion. "
          "Country A is expected to remain the largest buyer of Acme's farm exports at $28.0 "
          "billion, or about 16% of the total.\n",
          "t.txt", "2024-02-15");
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
  CHECK(r.findings.empty());
}

TEST_CASE("levels of one year in a sentence of scenarios are each one scenario's") {
  const char* lead =
      "Heat pump sales totalled around 2.6 million units in 2023. Under the central case, sales "
      "recover to 5.9 million units by 2030. ";
  auto r = run(std::string(lead) +
                   "In the high scenario, sales reach 7.2 million units, while in a low scenario "
                   "they rise only to 4.1 million units.\n",
               "t.txt", "2025-10-15");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  // Without scenario words, the two 2030 figures of one sentence still disagree.
  auto plain = run(std::string(lead) +
                       "Acme expects sales of 7.2 million units in 2030, while Beta Research "
                       "sees sales of 4.1 million units in 2030.\n",
                   "t.txt", "2025-10-15");
  CHECK(count_rule(plain, "figure-disagreement") + count_rule(plain, "source-disagreement") >= 1);
}

TEST_CASE("'the market for X' names X's market, so a leading multiple meets the move") {
  auto named = run("The market for industrial robots will reach $5 billion in 2030.\n");
  REQUIRE(find_claim(named, "$5 billion") != nullptr);
  CHECK(find_claim(named, "$5 billion")->subject == "industrial robots market");
  auto period = run("Demand for the year reached $3.4 billion, Acme said.\n");
  REQUIRE(find_claim(period, "$3.4 billion") != nullptr);
  CHECK(find_claim(period, "$3.4 billion")->subject == "Demand");
  const char* move =
      " according to Acme Energy. It forecasts that spending on home charge points will grow "
      "from £620m in 2024 to £1.4bn in 2030.\n";
  auto wrong = run(std::string("The market for home chargers in the UK is set to more than "
                               "triple by 2030,") +
                       move,
                   "t.txt", "2025-05-20");
  CHECK(count_rule(wrong, "change-mismatch") == 1);
  auto fits = run(std::string("The market for home chargers in the UK is set to more than "
                              "double by 2030,") +
                      move,
                  "t.txt", "2025-05-20");
  CHECK(fits.findings.empty());
}
