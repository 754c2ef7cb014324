// Multiples written as words: "more than triple the X" names its base after it, and a leading
// multiple is held to a sentence's two dated levels even when no "from" joins them.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::run;

TEST_CASE("a multiple word with a determiner after it names its base") {
  auto r =
      run("Acme's drone sales are projected to reach about 14 trillion won this year, more than "
          "triple the 5.5 trillion won it earned last year.",
          "t.txt", "2024-07-10");
  CHECK(count_rule(r, "change-mismatch") == 1);
  auto right =
      run("Acme's drone sales are projected to reach about 17 trillion won this year, more than "
          "triple the 5.5 trillion won it earned last year.",
          "t.txt", "2024-07-10");
  CHECK(right.findings.empty());
  // "triple to" names the result, not a base.
  auto result = run("Acme expects drone sales to triple to 14 trillion won next year.", "t.txt",
                    "2024-07-10");
  CHECK(result.findings.empty());
}

TEST_CASE("a leading multiple meets two dated levels joined without 'from'") {
  auto r = run(
      "Cloud gaming revenues will more than quadruple by 2028, according to a report from Acme. "
      "The firm estimates that global cloud gaming revenue reached $2.4bn last year and will "
      "climb to $8.1bn in 2028.",
      "t.txt", "2024-08-20");
  CHECK(count_rule(r, "change-mismatch") == 1);
  auto right = run(
      "Cloud gaming revenues will more than quadruple by 2028, according to a report from Acme. "
      "The firm estimates that global cloud gaming revenue reached $2.4bn last year and will "
      "climb to $10.1bn in 2028.",
      "t.txt", "2024-08-20");
  CHECK(count_rule(right, "change-mismatch") == 0);
}
