// Windows of text around a figure: a word cut by the window's start is no whole word, a measure
// past a contrast is another clause's, and a name's apposition sits between it and its verb.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a word cut by a window's start is not read as a whole word") {
  // 48 bytes before the rate start inside "released": its tail "eased" is no fall.
  auto r = run(
      "Global demand for sodium-ion anode materials is set to rise from about 1.2 million tonnes "
      "this year to 2.9 million tonnes in 2030, Anodix said in a report released on Monday, an "
      "average increase of some 16% a year.",
      "t.txt", "2024-05-01");
  REQUIRE(find_claim(r, "16%"));
  CHECK(find_claim(r, "16%")->rate->point > 0);
  CHECK(r.findings.empty());
}

TEST_CASE("an English measure past a contrast names no figure before it") {
  auto r = run(
      "Global airport retail sales reached $41.2 billion last year, according to Gatewise. The "
      "firm "
      "expects the channel to reach about $44 billion next year and to pass $50 billion in 2028, "
      "although a 21.5% drop in Jeju's duty-free sales weighed on the region.",
      "t.txt", "2024-05-01");
  REQUIRE(find_claim(r, "$50 billion"));
  CHECK(find_claim(r, "$50 billion")->subject_key == find_claim(r, "$41.2 billion")->subject_key);
  CHECK(count_rule(r, "change-mismatch") == 0);
}

TEST_CASE("a segment named with an apposition before its verb is its figures' subject") {
  auto r = run(
      "The global market for Gene Therapy Vectors, estimated at $3.1 billion in 2023, is projected "
      "to reach $9.2 billion by 2030, growing at a CAGR of 16.8% over the period 2023-2030. Viral "
      "Vectors, one of the segments analyzed in the report, is expected to record a 19.5% CAGR and "
      "reach $5.4 billion by the end of the analysis period.",
      "t.txt", "2024-03-12");
  REQUIRE(find_claim(r, "19.5%"));
  CHECK(find_claim(r, "19.5%")->subject == "Viral Vectors");
  CHECK(r.findings.empty());
}

TEST_CASE("an aside opened by a preposition sits between a source and its verb") {
  auto r = run(
      "Voltara Energy expects new home battery installations in Spain to fall about 18% this year "
      "to roughly 1.9 GWh. Iberian Storage Alliance, in its central scenario, puts Spain's home "
      "battery additions at 2.6 GWh this year.",
      "t.txt", "2024-04-01");
  REQUIRE(find_claim(r, "2.6 GWh"));
  CHECK(find_claim(r, "2.6 GWh")->source == "Iberian Storage Alliance");
  CHECK(count_rule(r, "figure-disagreement") == 0);
}
