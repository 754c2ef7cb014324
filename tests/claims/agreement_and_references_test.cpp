// Sentences that refer to other figures: sources said to agree (in every language's words),
// "the same year" and a bare "the market" pointing back, and spellings of one subject meeting.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("sources said to agree in any language's words are held to it") {
  auto ko = run(
      "가람리서치는 2030년 세계 수소 시장 규모를 820억 달러로 제시했다. 한빛증권도 같은 해 시장을 "
      "1,010억 달러로 추정해 가람리서치와 비슷한 수준으로 내다봤다.",
      "t.txt", "2025-08-19");
  CHECK(count_rule(ko, "agreement-mismatch") == 1);
  auto zh = run(
      "甲乙研究院预测，2025年我国氢能市场规模将达到1.5万亿元。丙丁证券的测算显示，明年氢能规模约"
      "为1.1万亿元，与甲乙研究院的预测大体相当。",
      "t.txt", "2024-10-16");
  CHECK(count_rule(zh, "agreement-mismatch") == 1);
  auto ja =
      run("アクメ総研は2030年の国内水素市場を1兆5000億円と予測した。ベータ研究所は同年の市場を1兆"
          "1000億円と予測しており、アクメ総研の予測とほぼ一致する。",
          "t.txt", "2025-03-01");
  CHECK(count_rule(ja, "agreement-mismatch") == 1);
  auto near =
      run("Acme Research sees the hydrogen market at $8.2 billion in 2030, similar to the $8.3 "
          "billion that Beta Partners expects for that year.",
          "t.txt", "2025-03-01");
  CHECK(count_rule(near, "agreement-mismatch") == 0);
}

TEST_CASE("'the same year' is the year of the figure reached, not of its base") {
  auto r = run(
      "The Philippine tea market is projected to reach P41 billion by 2029 from P30 billion in "
      "2024, according to Acme Research. The estimate is in line with Beta Partners' projection "
      "of P52 billion for the same year.",
      "t.txt", "2024-06-25");
  CHECK(find_claim(r, "P41 billion")->currency == "PHP");
  CHECK(find_claim(r, "P52 billion")->year == 2029);
  CHECK(count_rule(r, "agreement-mismatch") == 1);
  auto s = run("The S&P 500 rose 2% and P500 coupons were handed out.", "t.txt", "2024-06-25");
  CHECK(s.claims.size() <= 1);
}

TEST_CASE("a bare 'the market' in English is the subject named before it") {
  auto r = run(
      "Quantum sensing revenue is on track to rise from $0.8 billion in 2024 to $2.4 billion by "
      "2030, according to Acme Research. Beta Partners puts the 2030 market at $2.5 billion.",
      "t.txt", "2025-10-29");
  CHECK(find_claim(r, "$2.5 billion")->subject_key == find_claim(r, "$2.4 billion")->subject_key);
}

TEST_CASE("an undated estimate said to agree is of the year of the estimate before it") {
  auto r = run(
      "丙丁研究院预计，到2030年氢能市场规模将增至约60万亿元。甲乙证券的预测则为约68万亿元，与丙丁"
      "研究院基本一致。",
      "t.txt", "2025-04-22");
  CHECK(find_claim(r, "68万亿元")->year == 2030);
  CHECK(count_rule(r, "agreement-mismatch") == 1);
}

TEST_CASE("an undated level another source sets against the forecast before is for its year") {
  auto ko =
      run("가람리서치는 2030년 수소 시장을 820억 달러로 전망했다. 반면 한빛증권의 전망치는 1,010억 "
          "달러다.",
          "t.txt", "2025-03-01");
  CHECK(find_claim(ko, "1,010억 달러")->year == 2030);
  CHECK(count_rule(ko, "figure-disagreement") == 0);
  auto en = run(
      "Acme Research expects the hydrogen market to reach $8.2 billion in 2030. Beta Partners is "
      "more bullish, seeing the market at $10.1 billion.",
      "t.txt", "2025-03-01");
  CHECK(find_claim(en, "$10.1 billion")->year == 2030);
  // Two years forecast before: which one the rival means is unknown.
  auto two = run(
      "Acme Research expects the market to reach $5.0 billion in 2027 and $8.2 billion in 2030. "
      "Beta Partners is more bullish, seeing the market at $10.1 billion.",
      "t.txt", "2025-03-01");
  CHECK(!find_claim(two, "$10.1 billion")->year);
}

TEST_CASE("a country or noun that ends like a particle still names the subject") {
  auto r = run(
      "올해 인도 화장품 시장은 10억 달러, 대만 반도체 시장은 20억 달러, 캐나다 전기차 시장은 30억 "
      "달러로 집계됐다. 라면 수출액은 12억 달러였다.",
      "t.txt", "2025-03-01");
  CHECK(*find_claim(r, "10억 달러")->subject == "인도 화장품 시장");
  CHECK(*find_claim(r, "20억 달러")->subject == "대만 반도체 시장");
  CHECK(*find_claim(r, "30억 달러")->subject == "캐나다 전기차 시장");
  CHECK(*find_claim(r, "12억 달러")->subject == "라면 수출액");
}

TEST_CASE("a rival's figure is neither the lede's source nor a second figure of it") {
  auto r = run(
      "Data-centre operators earned €9.1 billion last year, according to an industry group, which "
      "expects revenue of €14.2 billion in 2028. Consultancy Beta Partners is more cautious, "
      "projecting €12.8 billion for the same year.",
      "t.txt", "2024-05-14");
  CHECK(!find_claim(r, "€14.2 billion")->source);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}
