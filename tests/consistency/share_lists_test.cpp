// Share lists that run over two sentences: the rest of a list, and "another" share.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a sentence that ends with the rest of a list goes on with the list before it") {
  auto over =
      run("Aerion controlled 61% of the $4.6 billion consumer drone market in 2022, according to "
          "SkyCount. Its closest rivals, Falco and Norvik, held 19% and 14% respectively, and "
          "smaller brands shared the remaining 11%.");
  CHECK(count_rule(over, "share-overflow") == 1);
  auto fits =
      run("Aerion controlled 56% of the $4.6 billion consumer drone market in 2022, according to "
          "SkyCount. Its closest rivals, Falco and Norvik, held 19% and 14% respectively, and "
          "smaller brands shared the remaining 11%.");
  CHECK(fits.findings.empty());
  // Another year's list is its own.
  auto years =
      run("Aerion controlled 61% of the consumer drone market in 2022. In 2023, Aerion held 58% of "
          "the consumer drone market, Falco 30% and the remaining brands 12%.");
  CHECK(count_rule(years, "share-overflow") == 0);
}

TEST_CASE("'another' share is one more item of the list before it") {
  auto over =
      run("China remained the largest destination of the exports with a 41% share, followed by the "
          "United States at 23% and Japan at 19%. Southeast Asian markets made up another 24% of "
          "shipments.");
  CHECK(count_rule(over, "share-overflow") == 1);
  auto fits =
      run("China remained the largest destination of the exports with a 41% share, followed by the "
          "United States at 23% and Japan at 19%. Southeast Asian markets made up another 14% of "
          "shipments.");
  CHECK(count_rule(fits, "share-overflow") == 0);
}

TEST_CASE("what a share verb takes is a share, whatever 'annual' said before it") {
  auto r =
      run("넥스트플레이의 2025년 연간 매출은 2조 1400억 원으로 전년(1조 9700억 원) 대비 8.6% "
          "증가했다. 4분기 매출은 6000억 원으로 분기 최대였다. 4분기 매출은 연간 매출의 28%를 "
          "차지했다.",
          "t.txt", "2026-02-06");
  REQUIRE(fc::test::find_claim(r, "28%"));
  CHECK(fc::test::find_claim(r, "28%")->kind == fc::claim_kind::share);
  CHECK(count_rule(r, "cagr-mismatch") == 0);
}

TEST_CASE("a subtotal and the rest in the next sentence: the rest goes on with the list") {
  auto r = run(
      "지난해 국내 간편결제 거래액은 80조원으로, 사업자별 점유율은 누리페이 42%, 하나로페이 31%, "
      "빅스페이 24% 순이었다. 3사 합산 점유율이 97%에 달한 반면 나머지 중소 사업자들의 점유율은 "
      "9% 수준에 그쳤다.",
      "t.txt", "2019-05-03");
  CHECK(count_rule(r, "share-overflow") == 1);
  auto fits = run(
      "지난해 국내 간편결제 거래액은 80조원으로, 사업자별 점유율은 누리페이 42%, 하나로페이 31%, "
      "빅스페이 24% 순이었다. 3사 합산 점유율이 97%에 달한 반면 나머지 중소 사업자들의 점유율은 "
      "3% 수준에 그쳤다.",
      "t.txt", "2019-05-03");
  CHECK(fits.findings.empty());
}

TEST_CASE("a span counted from the article date is the figures' own when its length is theirs") {
  auto r = run(
      "모빌리티산업연구소는 지난해 5400억원 규모였던 국내 공유 킥보드 시장이 앞으로 5년간 연평균 "
      "8.5% 성장해 2028년 4900억원에 이를 것으로 내다봤다.",
      "t.txt", "2024-01-02");
  CHECK(count_rule(r, "growth-contradiction") == 1);
  auto fits = run(
      "모빌리티산업연구소는 지난해 5400억원 규모였던 국내 공유 킥보드 시장이 앞으로 5년간 연평균 "
      "8.5% 성장해 2028년 8100억원에 이를 것으로 내다봤다.",
      "t.txt", "2024-01-02");
  CHECK(fits.findings.empty());
}

TEST_CASE("a share that is the sum of the others totals them") {
  auto ja = run(
      "メーカー別シェアは首位の米系ブランドが48.2%、2位の国内メーカーが21.5%、3位の中国系が14.9%"
      "で、上位3社で84.6%を占めた。",
      "t.txt", "2021-08-01");
  CHECK(ja.findings.empty());
  auto en =
      run("By vendor, Aerion held 48.2%, Falco 21.5% and Norvik 14.9%, or 84.6% for the three of "
          "them.",
          "t.txt", "2021-08-01");
  CHECK(count_rule(en, "share-overflow") == 0);
  // A sum that only touches its rounding is no total: 54% against 21 + 17 + 14.
  auto over = run(
      "SkyForge held a 54% share of global drone shipments. Rival Aerion took 21%, Valtek 17% and "
      "smaller brands the remaining 14%.");
  CHECK(count_rule(over, "share-overflow") == 1);
}

TEST_CASE("a share list ranked after the sentence before goes on with it") {
  // The ranked items carry only their shares in brackets; the verb that ranks them comes last.
  auto over =
      run("시장조사업체 컨슈머랩에 따르면 올해 1분기 국내 무선이어폰 시장에서 소닉웨이브가 판매량 "
          "기준 점유율 47.2%로 1위에 올랐다. 에어링(27.5%)과 비트코어(19.1%)가 뒤를 이었고 나머지 "
          "브랜드들이 합산 12.4%를 가져갔다.",
          "t.txt", "2025-05-02");
  CHECK(count_rule(over, "share-overflow") == 1);
  auto fits =
      run("시장조사업체 컨슈머랩에 따르면 올해 1분기 국내 무선이어폰 시장에서 소닉웨이브가 판매량 "
          "기준 점유율 41.2%로 1위에 올랐다. 에어링(27.5%)과 비트코어(19.1%)가 뒤를 이었고 나머지 "
          "브랜드들이 합산 12.2%를 가져갔다.",
          "t.txt", "2025-05-02");
  CHECK(count_rule(fits, "share-overflow") == 0);
}

TEST_CASE("'making up' takes a share, and the items that follow it are shares of that whole") {
  auto over =
      run("Road freight remained the busiest mode, making up 58% of 2024 cold-chain revenue, "
          "followed by sea freight at 29% and air freight at 17%, with rail taking the rest.");
  CHECK(count_rule(over, "share-overflow") == 1);
  auto fits =
      run("Road freight remained the busiest mode, making up 52% of 2024 cold-chain revenue, "
          "followed by sea freight at 29% and air freight at 17%, with rail taking the rest.");
  CHECK(count_rule(fits, "share-overflow") == 0);
  REQUIRE(fc::test::find_claim(fits, "52%"));
  CHECK(fc::test::find_claim(fits, "52%")->kind == fc::claim_kind::share);
}

TEST_CASE("unlisted shares led by a region and by a segment divide the whole two ways") {
  auto two_ways =
      run("Vendors of hydroponic racks generated 54% of 2023 revenue, Europe accounted for 37%, "
          "and leafy greens were the largest crop category at about 40%, Agrivue said.");
  CHECK(count_rule(two_ways, "share-overflow") == 0);
  // Shares of one dimension in separate clauses are still added up (as a warning).
  auto one_way =
      run("Europe generated 54% of 2023 revenue, North America accounted for 37%, and Asia Pacific "
          "held about 20%, Agrivue said.");
  CHECK(count_rule(one_way, "share-overflow") == 1);
}

TEST_CASE("items that pair an amount with a share go on with the share list before them") {
  auto over =
      run("지역별로는 유럽이 12억4000만달러로 전체의 41.2%를 차지했고 북미(9억1000만달러·30.3%), "
          "아시아(8억2000만달러·37.2%)가 뒤를 이었다.",
          "t.txt", "2025-05-02");
  REQUIRE(fc::test::find_claim(over, "30.3%"));
  CHECK(fc::test::find_claim(over, "30.3%")->kind == fc::claim_kind::share);
  CHECK(count_rule(over, "share-overflow") == 1);
  auto fits =
      run("지역별로는 유럽이 12억4000만달러로 전체의 41.2%를 차지했고 북미(9억1000만달러·30.3%), "
          "아시아(8억2000만달러·27.2%)가 뒤를 이었다.",
          "t.txt", "2025-05-02");
  CHECK(count_rule(fits, "share-overflow") == 0);
}

TEST_CASE("a share 'by next year' is that year's, not one more item of this year's list") {
  auto r = run(
      "Hexacore held 51% of the edge AI chip market last year, Lumina 37% and Brisk 12%, though "
      "Brisk aims to lift its share to about 20–25% by next year.",
      "t.txt", "2024-03-01");
  REQUIRE(find_claim(r, "20–25%"));
  CHECK(find_claim(r, "20–25%")->year == 2025);
  CHECK(count_rule(r, "share-overflow") == 0);
}

TEST_CASE("a list that names its dimension is not the list of a share written before it") {
  auto two =
      run("Store-brand packs accounted for 68% of chilled soup spending, and tomato remained the "
          "biggest flavour with a 27% share, just ahead of lentil at 22%.",
          "t.txt", "2024-10-01");
  CHECK(count_rule(two, "share-overflow") == 0);
  // The list alone still adds up.
  auto over =
      run("Tomato remained the biggest flavour with a 57% share, just ahead of lentil at 32% and "
          "chicken at 19%.",
          "t.txt", "2024-10-01");
  CHECK(count_rule(over, "share-overflow") == 1);
}
