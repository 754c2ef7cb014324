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

TEST_CASE("a year-on-year rate meets its levels past a headline and a rival's figure") {
  auto headline = run(
      "아크메 \"올해 드론 매출 468억달러\"\n\n한빛리서치는 올해 세계 드론 매출이 468억달러로 전년 "
      "대비 13% 증가할 것으로 전망했다. 지난해 드론 매출은 395억달러로 집계됐다.",
      "t.txt", "2024-01-25");
  CHECK(count_rule(headline, "change-mismatch") == 1);
  auto rival = run(
      "甲乙研究院数据显示，2023年中国咖啡零售市场规模约为6,500亿元，较上年的5,040亿元同比增长约"
      "39%；该机构预计，到2026年这一市场规模将突破1万亿元。另据丙丁咨询，2023年咖啡零售市场规模约"
      "为6,000亿元。",
      "t.txt", "2024-06-14");
  CHECK(count_rule(rival, "change-mismatch") == 1);
  auto right =
      run("甲乙研究院数据显示，2023年中国咖啡零售市场规模约为6,500亿元，较上年的5,040亿元同比增长约"
          "29%；该机构预计，到2026年这一市场规模将突破1万亿元。",
          "t.txt", "2024-06-14");
  CHECK(count_rule(right, "change-mismatch") == 0);
}

TEST_CASE("a share verb after a lone share opens no new dimension") {
  auto r = run(
      "US online drone sales totaled $95.8 billion in 2024, according to Acme. Pickup remained the "
      "largest of the three channels, taking 46% of annual sales, while delivery accounted for 38% "
      "and ship-to-home for 21%.",
      "t.txt", "2025-01-22");
  CHECK(count_rule(r, "share-overflow") == 1);
  auto right = run(
      "US online drone sales totaled $95.8 billion in 2024, according to Acme. Pickup remained the "
      "largest of the three channels, taking 46% of annual sales, while delivery accounted for 38% "
      "and ship-to-home for 16%.",
      "t.txt", "2025-01-22");
  CHECK(count_rule(right, "share-overflow") == 0);
}

TEST_CASE("'its range runs from A to B' is a range of one forecast, not a move") {
  auto r = run(
      "Acme's central case is for the drone market to reach $35bn by 2030, roughly 25 times its "
      "own estimate for last year, but its range runs from $7bn to $100bn.",
      "t.txt", "2025-04-03");
  CHECK(count_rule(r, "change-mismatch") == 0);
  auto move =
      run("Acme expects the drone market to grow from $7bn in 2024 to $100bn in 2030, a "
          "rise of about 25 times.",
          "t.txt", "2025-04-03");
  CHECK(count_rule(move, "change-mismatch") == 1);
}
