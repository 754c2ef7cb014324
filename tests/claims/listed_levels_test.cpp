// Items listed with their amount (and share) in brackets are parts, not rival figures; a part
// its clause reports as measured splits a measured level, not a forecast one; a conversion keeps
// the subject of the figure it converts; European decimal commas and spaced abbreviations.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("an amount and its share in brackets after each listed item are that item's") {
  auto r = run(
      "지난해 한빛 화장품 수출액은 90억 달러였다. 국가별로는 중국이 45억 달러로 전체의 50%를 "
      "차지했지만 비중은 전년보다 2%p 낮아졌다. 미국(9억 달러, 10%)과 일본(8억 달러, 8.9%)이 뒤를 "
      "이었다. 품목별로는 기초화장품이 60억 달러로 66.7%를 차지했다.",
      "t.txt", "2024-03-01");
  CHECK(*find_claim(r, "9억 달러")->subject == "미국");
  CHECK(*find_claim(r, "8억 달러")->subject == "일본");
  CHECK(find_claim(r, "8.9%")->kind == fc::claim_kind::share);
  CHECK(count_rule(r, "part-exceeds-whole") == 0);
  CHECK(count_rule(r, "figure-disagreement") == 0);
  auto en = run(
      "Acme puts global drone sales at $9.0 billion last year, led by the US ($3.1 billion) and "
      "China ($2.2 billion). Consumer models accounted for $5.5 billion.",
      "t.txt", "2024-03-01");
  CHECK(*find_claim(en, "$2.2 billion")->subject == "China");
  CHECK(count_rule(en, "part-exceeds-whole") == 0);
}

TEST_CASE("a listed amount's bracketed share leaves the amounts one list, labels with dots") {
  auto r = run(
      "지난해 분야별 규모는 원격 진료·모니터링이 2조원(40%), 건강관리 플랫폼이 2조 5천억원(50%), "
      "디지털 치료기기가 5천억원(10%)이었다.",
      "t.txt", "2024-03-01");
  CHECK(*find_claim(r, "2조원")->subject == "원격 진료·모니터링");
  CHECK(*find_claim(r, "2조 5천억원")->subject == "건강관리 플랫폼");
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("a part its clause reports as measured splits the measured level of a move") {
  auto r =
      run("한빛리서치에 따르면 세계 스마트 양식 시장은 지난해 100억 달러에서 2030년 250억 달러로 "
          "커질 전망이다. 지역별로는 북미가 35억 달러로 전체의 35%를 차지했고, 유럽이 뒤를 이었다.",
          "t.txt", "2024-03-01");
  CHECK(find_claim(r, "35억 달러")->year == 2023);
  CHECK(count_rule(r, "share-mismatch") == 0);
  // The same share of the forecast level is wrong, and is said so.
  auto wrong =
      run("한빛리서치에 따르면 세계 스마트 양식 시장은 지난해 100억 달러에서 2030년 250억 달러로 "
          "커질 전망이다. 지역별로는 북미가 35억 달러로 전체의 20%를 차지했다.",
          "t.txt", "2024-03-01");
  CHECK(count_rule(wrong, "share-mismatch") == 1);
}

TEST_CASE("a share of a part-year's level, and a holder's amount before its share noun") {
  auto r =
      run("올해 1~9월 한빛 화장품 수출액은 60억 달러로 집계됐다. 국가별로는 중국이 30억 달러로 "
          "전체의 50%를 차지했고, 미국은 9억 달러로 비중이 25%까지 높아졌다.",
          "t.txt", "2024-10-27");
  CHECK(count_rule(r, "share-mismatch") == 1);
}

TEST_CASE("a conversion in brackets keeps the subject of the figure it converts") {
  auto r = run(
      "지난해 국내 펫보험 보험료는 1230억원으로 전년(1010억원)보다 30% 증가했지만, 100억 달러(약 "
      "13조원) 규모인 세계 펫보험 시장에서 한국의 비중은 1%에 못 미친다.",
      "t.txt", "2024-02-18");
  CHECK(find_claim(r, "13조원")->subject_key == find_claim(r, "100억 달러")->subject_key);
  CHECK(find_claim(r, "100억 달러")->subject_key != find_claim(r, "1230억원")->subject_key);
  CHECK(count_rule(r, "change-mismatch") == 1);
}

TEST_CASE("Korean numerals with a spaced tail, and bands approached but not reached") {
  auto r = run("세계 탄소섬유 수요는 올해 16만 5천 톤으로 추산된다.", "t.txt", "2024-03-01");
  REQUIRE(find_claim(r, "16만 5천 톤"));
  CHECK(find_claim(r, "16만 5천 톤")->value->point == doctest::Approx(165000));
  auto near = run("세계 스마트팜 시장이 2030년까지 매년 두 자릿수에 가까운 성장을 이어갈 전망이다.",
                  "t.txt", "2024-03-01");
  CHECK(!find_claim(near, "두 자릿수"));
}

TEST_CASE("European decimal commas in English, and a spaced abbreviation's subject") {
  auto r =
      run("The European tea market was valued at EUR 10,5 billion in 2018 and is forecast to reach "
          "EUR 14,1 billion by 2024, growing at a compound annual rate of 5,0 %, Acme said.",
          "t.txt", "2019-04-09");
  CHECK(find_claim(r, "EUR 10,5 billion")->value->point == doctest::Approx(10.5e9));
  CHECK(find_claim(r, "5,0 %")->rate->point == doctest::Approx(0.05));
  CHECK(count_rule(r, "cagr-mismatch") == 0);
  auto a = run(
      "The global carbon fibre reinforced plastics (CFRP) market was valued at USD 14.9 billion "
      "in 2019, according to Acme Consulting. The findings are broadly in line with those of "
      "Borealis Research, which sizes the same global CFRP market at USD 21.6 billion for 2019.",
      "t.txt", "2020-02-18");
  CHECK(*find_claim(a, "USD 21.6 billion")->source == "Borealis Research");
  CHECK(count_rule(a, "agreement-mismatch") == 1);
}

TEST_CASE("items whose share follows their amount's particle are one list of parts") {
  auto r = run(
      "국내 펫푸드 시장은 지난해 1조 3,500억 원으로 집계됐으며, 2025년에는 2조 2,000억 원까지 커질 "
      "것으로 예상된다. 2025년 시장을 품목별로 나누면 사료가 1조 5,400억 원으로 70%, 간식이 "
      "6,600억 "
      "원으로 30%를 차지할 전망이다.",
      "t.txt", "2021-09-14");
  CHECK(count_rule(r, "figure-disagreement") == 0);
}
