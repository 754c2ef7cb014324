// The roles a breakdown gives its figures: the base of a comparison is not the whole a later
// "이 가운데" splits, a figure ranked the largest is a part, a total written after its parts
// is their whole, a segment list two sentences after its dated whole takes the whole's year,
// and a publisher's bracketed short form names the same publisher.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("the base of a comparison is not the whole a later breakdown splits") {
  auto r =
      run("한국데이터산업진흥원은 올해 국내 데이터 시장이 5조원에 이를 것으로 내다봤다. 지난해 "
          "4조6000억원보다 8.7% 늘어난 규모다. 이 가운데 데이터 구축 서비스가 4조원으로 80%를 "
          "차지한다.",
          "t.txt", "2025-03-02");
  CHECK(find_claim(r, "4조6000억원")->compared_base);
  CHECK(find_claim(r, "4조원")->year == 2025);
  CHECK(count_rule(r, "share-mismatch") == 0);
  auto en =
      run("Data services revenue will reach $5 billion this year, up 8.7% compared with $4.6 "
          "billion last year, the agency said. Of this, storage accounts for $4 billion, or 80%.",
          "t.txt", "2025-03-02");
  CHECK(find_claim(en, "$4.6 billion")->compared_base);
  CHECK(count_rule(en, "share-mismatch") == 0);
}

TEST_CASE("a figure ranked the largest is a part of the whole before it") {
  auto en =
      run("Analysts at Canalys expect global smart-home spending to total $130 billion in 2027. "
          "Security devices are forecast to reach $141 billion that year, making them the largest "
          "segment.",
          "t.txt", "2025-05-01");
  CHECK(find_claim(en, "$141 billion")->part);
  CHECK(count_rule(en, "part-exceeds-whole") == 1);
  auto consistent =
      run("Analysts at Canalys expect global smart-home spending to total $130 billion in 2027. "
          "Security devices are forecast to reach $41 billion that year, making them the largest "
          "segment.",
          "t.txt", "2025-05-01");
  CHECK(count_rule(consistent, "part-exceeds-whole") == 0);
  auto ko =
      run("한국소비자원은 올해 국내 반려동물 용품 시장을 2조1000억원으로 추산했다. 전년보다 4% "
          "증가한 수치다. 품목별로는 사료가 2조4000억원으로 가장 크고, 위생용품이 3000억원이었다.",
          "t.txt", "2024-06-10");
  CHECK(find_claim(ko, "2조4000억원")->year == 2024);
  CHECK(count_rule(ko, "part-exceeds-whole") == 1);
}

TEST_CASE("a total written after its parts is their whole, and a global total is the market") {
  auto r =
      run("The global drone market was worth $31.2 billion in 2022, Drone Industry Insights said. "
          "Drone Industry Insights puts North America's 2022 revenue at $12.1 billion out of a "
          "global total of $36.4 billion.",
          "t.txt", "2023-02-01");
  const auto* total = find_claim(r, "$36.4 billion");
  CHECK(total->year == 2022);
  CHECK(total->subject_key == find_claim(r, "$31.2 billion")->subject_key);
  CHECK(find_claim(r, "$12.1 billion")->whole_of == total->id);
  CHECK(count_rule(r, "figure-disagreement") == 1);
  auto agree =
      run("The global drone market was worth $31.2 billion in 2022, Drone Industry Insights said. "
          "Drone Industry Insights puts North America's 2022 revenue at $12.1 billion out of a "
          "global total of $31.2 billion.",
          "t.txt", "2023-02-01");
  CHECK(count_rule(agree, "figure-disagreement") == 0);
}

TEST_CASE("a publisher's bracketed short form and a count's basis name one source") {
  auto r =
      run("한국관광공사(KTO)에 따르면 국내 캠핑 시장은 작년 6조원 규모였다. KTO 집계 기준 작년 "
          "4조원 규모였던 캠핑 시장에서 장비 비중은 40%였다.",
          "t.txt", "2024-04-01");
  CHECK(find_claim(r, "4조원")->source.value_or("") == "KTO");
  CHECK(find_claim(r, "4조원")->subject.value_or("") == "캠핑 시장");
  CHECK(count_rule(r, "figure-disagreement") == 1);
}

TEST_CASE("a unit price is a figure per unit, never a market size") {
  auto ko =
      run("국내 커피 원두 시장은 올해 1조2000억원 규모다. 스페셜티 원두의 평균 가격은 ㎏당 4만원 "
          "안팎이며, 캡슐 커피 출고가는 약 700원이다.",
          "t.txt", "2024-03-01");
  CHECK(find_claim(ko, "4만원")->per.value_or("") == "unit");
  CHECK(find_claim(ko, "700원")->per.value_or("") == "unit");
  CHECK_FALSE(find_claim(ko, "1조2000억원")->per);
  auto en = run(
      "The lithium market will reach $90 billion in 2030. Battery-grade carbonate sells for about "
      "$14,000 a ton, and cells cost $98 per kilowatt-hour; premium packs selling for more than "
      "$9,000 are rare.",
      "t.txt", "2024-03-01");
  CHECK(find_claim(en, "$14,000")->per.value_or("") == "unit");
  CHECK(find_claim(en, "$98")->per.value_or("") == "unit");
  CHECK(find_claim(en, "$9,000")->per.value_or("") == "unit");
  CHECK_FALSE(find_claim(en, "$90 billion")->per);
}

TEST_CASE("a share in the sentence after its part's amount is that part's share") {
  auto r =
      run("업계에 따르면 국내 펫푸드 시장은 작년 1조5000억원 규모였다. 이 가운데 사료가 "
          "1조1000억원이다. "
          "사료는 전체의 80%를 차지했다.",
          "t.txt", "2024-01-01");
  const auto* share = find_claim(r, "80%");
  CHECK(share->share_part == find_claim(r, "1조1000억원")->id);
  CHECK(share->share_total == find_claim(r, "1조5000억원")->id);
  CHECK(count_rule(r, "share-mismatch") == 1);
}

TEST_CASE("an English share after its part's sentence, and a verb that is no part of a label") {
  auto r = run(
      "Pet insurers wrote $4.2 billion of premiums in 2023. Of this, dog policies brought in $3.1 "
      "billion. Dog policies accounted for 85% of the total.",
      "t.txt", "2024-01-01");
  CHECK(find_claim(r, "$3.1 billion")->subject.value_or("") == "dog policies");
  CHECK(find_claim(r, "85%")->share_part == find_claim(r, "$3.1 billion")->id);
  CHECK(count_rule(r, "share-mismatch") == 1);
  auto fits = run(
      "Pet insurers wrote $4.2 billion of premiums in 2023. Of this, dog policies brought in $3.1 "
      "billion. Dog policies accounted for 74% of the total.",
      "t.txt", "2024-01-01");
  CHECK(count_rule(fits, "share-mismatch") == 0);
}

TEST_CASE("a share with its total right after it, then the amount it comes to") {
  auto r =
      run("Apex Wearables held a 27% share of the $38.6 billion global smartwatch market in "
          "2024, translating into roughly $10.4 billion in smartwatch revenue.",
          "t.txt", "2025-03-01");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  CHECK(count_rule(r, "share-mismatch") == 0);
  auto wrong =
      run("Apex Wearables held a 37% share of the $38.6 billion global smartwatch market in "
          "2024, translating into roughly $10.4 billion in smartwatch revenue.",
          "t.txt", "2025-03-01");
  CHECK(count_rule(wrong, "share-mismatch") == 1);
  // "of the 2030 total" dates the part by its whole.
  auto dated =
      run("The smart glass market will roughly triple to $18.9 billion by 2030 from $6.3 "
          "billion in 2023. Asia-Pacific is forecast to account for $7.4 billion of the "
          "2030 total.",
          "t.txt", "2025-01-01");
  CHECK(count_rule(dated, "part-exceeds-whole") == 0);
}

TEST_CASE(
    "the rest of a share list, written after a clause and summed with 'together', is one more "
    "part") {
  auto en =
      run("Nimbus Web Services kept its lead with a 33% share, followed by Azurite Cloud at 27% "
          "and Stratos at 19%; the rest of the market, a long tail of regional and "
          "sovereign-cloud providers, together held 28%.",
          "t.txt", "2024-08-01");
  CHECK(count_rule(en, "share-overflow") == 1);
  auto fits =
      run("Nimbus Web Services kept its lead with a 33% share, followed by Azurite Cloud at "
          "27% and Stratos at 19%; the rest of the market, a long tail of regional and "
          "sovereign-cloud providers, together held 21%.",
          "t.txt", "2024-08-01");
  CHECK(count_rule(fits, "share-overflow") == 0);
  auto ko =
      run("올해 2분기 스마트폰 시장 점유율은 삼성전자 33%, 애플 27%, 샤오미 19%로 집계됐고, 나머지 "
          "중소 제조사들은 모두 합쳐 28%를 차지했다.",
          "t.txt", "2024-08-01");
  CHECK(count_rule(ko, "share-overflow") == 1);
}

TEST_CASE("units times their price must reach the value stated beside them") {
  auto en =
      run("According to the forum, 2.6 million units were sold across the region in 2024 at "
          "an average installed price of €6,800, giving a market value of €24.5 billion.",
          "t.txt", "2025-01-01");
  CHECK(count_rule(en, "unit-value-mismatch") == 1);
  auto ko =
      run("클린봇코리아는 올해 로봇청소기 42만 대를 판매해 매출 1조 1000억 원을 달성하겠다고 "
          "밝혔다. 평균 판매가격이 약 130만 원인 점을 반영한 수치다. 국내 시장은 지난해 약 1조 "
          "5000억 원 규모였다.",
          "t.txt", "2024-05-14");
  CHECK(count_rule(ko, "unit-value-mismatch") == 1);
  auto fits =
      run("According to the forum, 2.6 million units were sold across the region in 2024 at "
          "an average installed price of €6,800, giving a market value of €17.7 billion.",
          "t.txt", "2025-01-01");
  CHECK(count_rule(fits, "unit-value-mismatch") == 0);
  // A fee per month is no unit price.
  auto monthly =
      run("The service ended 2024 with 3.2 million subscribers paying $11 a month, and its "
          "annual revenue reached $420 million.",
          "t.txt", "2025-01-01");
  CHECK(count_rule(monthly, "unit-value-mismatch") == 0);
}
