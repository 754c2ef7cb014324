// The amount a share is "of" is its whole, a new dimension after a lone share opens a list of
// its own, and solar capacity in GWdc is capacity.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("the amount a share is of is its whole, never a part of the subject") {
  auto r = run(
      "Utility-scale solar installations are expected to rise from 38 GWdc in 2024 to 70 GWdc in "
      "2030, Acme said. The utility segment made up 76% of the 50 GWdc installed across all "
      "segments last year.",
      "t.txt", "2025-03-01");
  REQUIRE(find_claim(r, "70 GWdc"));
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
}

TEST_CASE("a new dimension after a lone share is a list of its own") {
  auto r =
      run("올해 상반기 반도체 수출액은 470억달러였다. 이 가운데 메모리 반도체가 310억달러로 66%를 "
          "차지했고, 지역별로는 중국 비중이 약 40%였다.",
          "t.txt", "2024-08-01");
  CHECK(count_rule(r, "share-overflow") == 0);
  auto over = run(
      "올해 상반기 반도체 수출액은 470억달러였다. 이 가운데 메모리 반도체가 66%, 비메모리가 44%를 "
      "차지했고, 지역별로는 중국 비중이 약 40%였다.",
      "t.txt", "2024-08-01");
  CHECK(count_rule(over, "share-overflow") == 1);
}

TEST_CASE("a fiscal year by both its years after a figure, Gulf currencies, a change's base") {
  auto fy =
      run("The market was worth ₹4.5 lakh crore in FY2023-24, Acme said.", "t.txt", "2024-06-01");
  CHECK(find_claim(fy, "₹4.5 lakh crore")->year == 2024);
  auto aed =
      run("The market is forecast to reach AED 48.9 billion by 2028, up from AED 27.6 billion in "
          "2023, a compound annual growth rate of 12.1%, Acme said.",
          "t.txt", "2024-06-01");
  REQUIRE(find_claim(aed, "AED 48.9 billion"));
  CHECK(find_claim(aed, "AED 48.9 billion")->currency == "AED");
  CHECK(count_rule(aed, "cagr-mismatch") == 0);
  auto base = run(
      "The sector grew about 17% last fiscal from ₹1.55 lakh crore in FY2017-18, and at a CAGR of "
      "about 14% over the five years since FY2013-14, when the market was worth ₹94,000 crore.",
      "t.txt", "2019-10-03");
  CHECK(count_rule(base, "change-mismatch") == 0);
}

TEST_CASE("a conversion in the other figures' currency stands for the figure it converts") {
  auto r =
      run("The market is set to reach AED 5.1 billion ($1.4 billion) this year, up 11% from $1.26 "
          "billion in 2025, and to grow to $2.25 billion by 2031, Acme said.",
          "t.txt", "2026-03-01");
  CHECK(count_rule(r, "change-mismatch") == 0);
  auto wrong =
      run("The market is set to reach AED 5.1 billion ($1.4 billion) this year, up 31% from $1.26 "
          "billion in 2025, and to grow to $2.25 billion by 2031, Acme said.",
          "t.txt", "2026-03-01");
  CHECK(count_rule(wrong, "change-mismatch") == 1);
}

TEST_CASE("a measure after the figure is named by the clause's opening noun phrase") {
  auto r = run(
      "Commercial sportsbooks in the U.S. generated $11.0 billion in revenue last year, up 45% "
      "from $7.6 billion in 2022, Acme said. Mobile wagering drove nearly all of the growth, with "
      "online sportsbooks alone bringing in $13.1 billion, Acme said.",
      "t.txt", "2024-03-01");
  CHECK(*find_claim(r, "$11.0 billion")->subject == "Commercial sportsbooks in the U.S. revenue");
  CHECK(count_rule(r, "part-exceeds-whole") == 1);
  auto fits = run(
      "Commercial sportsbooks in the U.S. generated $11.0 billion in revenue last year, up 45% "
      "from $7.6 billion in 2022, Acme said. Mobile wagering drove nearly all of the growth, with "
      "online sportsbooks alone bringing in $8.1 billion, Acme said.",
      "t.txt", "2024-03-01");
  CHECK(count_rule(fits, "part-exceeds-whole") == 0);
}

TEST_CASE("parts with no part of a year split the year's level, and a price leads its clause") {
  auto r =
      run("한빛리서치에 따르면 지난해 국내 PC 출하량은 470만대였다. 4분기 출하량은 118만대로 전년 "
          "동기보다 "
          "4.1% 줄었다. 제품별로는 노트북이 303만대, 데스크톱이 167만대였다.",
          "t.txt", "2024-03-01");
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
  auto price = run(
      "Britain's pet care market grew 6.5% last year to £9.8bn, up from £9.2bn in 2023, Acme said. "
      "Acme expects the market to reach £12.1bn by 2029, an average rise of about 4.3% a year. The "
      "average price of a 2kg bag of dry dog food rose to £11.40 last year.",
      "t.txt", "2025-06-01");
  CHECK(find_claim(price, "£11.40")->per == "unit");
  CHECK(count_rule(price, "cagr-rounding") == 0);
}

TEST_CASE("a quarter's count times a price is no year's value") {
  auto r = run(
      "올해 국내 스마트폰 출하량은 약 1350만대로 줄어들 전망이다. 3분기 출하량도 310만대로 전년 "
      "동기 "
      "대비 9% 감소했다. 다만 평균판매단가(ASP)가 96만원으로 오른 덕에 금액 기준 시장 규모는 약 "
      "13조원으로 지난해 수준을 유지할 것으로 보인다.",
      "t.txt", "2023-11-01");
  CHECK(count_rule(r, "unit-value-mismatch") == 0);
}

TEST_CASE("a share written as the one before it is of the same total") {
  auto r = run(
      "지난해 온라인쇼핑 거래액은 227조3470억원이었다. 이 중 모바일쇼핑 거래액은 168조6436억원으로 "
      "전체의 74.2%를 차지했고, 인터넷쇼핑 거래액은 58조7034억원으로 35.8%였다.",
      "t.txt", "2024-02-02");
  CHECK(count_rule(r, "share-mismatch") == 1);
  auto fits = run(
      "지난해 온라인쇼핑 거래액은 227조3470억원이었다. 이 중 모바일쇼핑 거래액은 168조6436억원으로 "
      "전체의 74.2%를 차지했고, 인터넷쇼핑 거래액은 58조7034억원으로 25.8%였다.",
      "t.txt", "2024-02-02");
  CHECK(count_rule(fits, "share-mismatch") == 0);
}

TEST_CASE("several items with their shares of one total are several parts") {
  auto r = run(
      "U.S. retail sales of plant-based foods rose 3% last year to $8.0 billion, Acme said. "
      "Plant-based milk remained the largest category with $2.8 billion, or 35% of the total, "
      "followed by meat alternatives at $1.2 billion (15%), frozen meals at $640 million (8%) and "
      "creamer at $440 million (5.5%).",
      "t.txt", "2023-03-01");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  CHECK(count_rule(r, "share-mismatch") == 0);
}

TEST_CASE("levels of other years before a yearless breakdown leave its whole unknown") {
  auto r =
      run("한빛리서치는 2023년 국내 상업인쇄 시장이 1조8420억원이라고 밝혔다. 2028년에는 "
          "1조5200억원으로 "
          "줄어들 것으로 내다봤다. 분야별로는 전단지가 1조2000억원, 포장 인쇄가 5000억원이다.",
          "t.txt", "2024-05-01");
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
}

TEST_CASE("a share of last year's total may be of a move's base of that year") {
  auto r = run(
      "The global market for AI chips is forecast to grow from $53.7 billion in 2023 to $227.5 "
      "billion by 2030, Acme said. Data-centre accelerators made up 61% of last year's total, or "
      "roughly $32.8 billion.",
      "t.txt", "2024-03-01");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  auto wrong = run(
      "The global market for AI chips is forecast to grow from $53.7 billion in 2023 to $227.5 "
      "billion by 2030, Acme said. Data-centre accelerators made up 61% of last year's total, or "
      "roughly $22.8 billion.",
      "t.txt", "2024-03-01");
  CHECK(count_rule(wrong, "share-mismatch") == 1);
}

TEST_CASE("a region's conversion into the whole's currency is compared with the whole") {
  auto r =
      run("한빛리서치에 따르면 국내 세포·유전자치료제(CGT) 위탁개발생산(CDMO) 시장은 지난해 3조 "
          "1,000억 원"
          "(약 23억 달러) 규모로 추산됐다. 한빛리서치는 글로벌 CGT CDMO 시장이 지난해 17억 4,000만 "
          "달러에서 2030년 98억 달러로 커질 것으로 내다봤다.",
          "t.txt", "2025-03-01");
  CHECK(count_rule(r, "part-exceeds-whole") == 1);
  auto fits = run(
      "한빛리서치에 따르면 국내 세포·유전자치료제(CGT) 위탁개발생산(CDMO) 시장은 지난해 3100억 원"
      "(약 2억3000만 달러) 규모로 추산됐다. 한빛리서치는 글로벌 CGT CDMO 시장이 지난해 17억 "
      "4,000만 "
      "달러에서 2030년 98억 달러로 커질 것으로 내다봤다.",
      "t.txt", "2025-03-01");
  CHECK(count_rule(fits, "part-exceeds-whole") == 0);
}
