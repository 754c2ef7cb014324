// A ranked list is a breakdown, an absolute "with" clause and "all other" close a list, a
// period that opens a sentence dates its figures, and a glossed name, a report's "보고서" and a
// scope topic ("…에 대해서는") are read for what they are.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a ranked list splits the total before it") {
  auto en = run(
      "Investment in Nordic heat pumps reached €20 billion last year, Acme said. Sweden led with "
      "€9 billion, followed by Norway at €6.1 billion, Finland at €4.5 billion and Denmark at "
      "€3.8 billion.",
      "t.txt", "2024-03-01");
  CHECK(*find_claim(en, "€4.5 billion")->subject == "Finland");
  CHECK(count_rule(en, "part-exceeds-whole") == 1);
  auto fits = run(
      "Investment in Nordic heat pumps reached €20 billion last year, Acme said. Sweden led with "
      "€9 billion, followed by Norway at €5.1 billion, Finland at €3.5 billion and Denmark at "
      "€1.8 billion.",
      "t.txt", "2024-03-01");
  CHECK(count_rule(fits, "part-exceeds-whole") == 0);
  auto ko =
      run("지난해 북유럽 열펌프 투자는 200억유로였다. 스웨덴 90억유로, 노르웨이 61억유로, 핀란드 "
          "45억유로, 덴마크 38억유로 순이었다.",
          "t.txt", "2024-03-01");
  CHECK(count_rule(ko, "part-exceeds-whole") == 1);
  // A leader whose figure stands before the ranked items is no whole of theirs.
  auto leader =
      run("지난해 북유럽 열펌프 투자는 300억유로였다. 스웨덴이 120억유로로 1위였고, 노르웨이 "
          "61억유로, 핀란드 55억유로, 덴마크 38억유로 순이었다.",
          "t.txt", "2024-03-01");
  CHECK(count_rule(leader, "part-exceeds-whole") == 0);
}

TEST_CASE("an absolute 'with' clause and 'all other' close a list") {
  auto rest =
      run("The global heat pump market will reach $48.6 billion this year, Acme said. China is "
          "expected to account for $24.3 billion, Europe for $14.8 billion and North America for "
          "$9.7 billion, with the rest of the world contributing $6.4 billion.",
          "t.txt", "2025-03-01");
  CHECK(*find_claim(rest, "$24.3 billion")->subject == "China");
  CHECK(*find_claim(rest, "$6.4 billion")->subject == "the rest of the world");
  CHECK(count_rule(rest, "part-exceeds-whole") == 1);
  auto others =
      run("Acme led smart ring shipments with a 35.9% share, followed by Brio at 21.3%, Cova at "
          "14.6% and Dunlin at 11.2%, while all other vendors together held 24.5%.",
          "t.txt", "2025-03-01");
  CHECK(count_rule(others, "share-overflow") == 1);
  auto fits =
      run("Acme led smart ring shipments with a 35.9% share, followed by Brio at 21.3%, Cova at "
          "14.6% and Dunlin at 11.2%, while all other vendors together held 17%.",
          "t.txt", "2025-03-01");
  CHECK(count_rule(fits, "share-overflow") == 0);
}

TEST_CASE("a half-year that opens the sentence dates its figures, not the full year's") {
  auto r =
      run("In the first half of this year, advertising revenue at Acme Media fell 6% to $612 "
          "million, compared with $1.3 billion for all of 2024.",
          "t.txt", "2025-08-01");
  CHECK(find_claim(r, "$612 million")->part_year);
  CHECK_FALSE(find_claim(r, "$1.3 billion")->part_year);
  CHECK(count_rule(r, "change-mismatch") == 0);
}

TEST_CASE("a share dated on its own is of that year's total") {
  auto r = run(
      "한빛리서치는 국내 로봇청소기 시장이 올해 2조8000억원에서 2027년 4조4600억원으로 커질 것으로 "
      "전망했다. 이 가운데 물걸레 제품이 1조1000억원으로 올해 전체의 약 39%를 차지할 것으로 봤다.",
      "t.txt", "2023-11-08");
  CHECK(count_rule(r, "share-mismatch") == 0);
}

TEST_CASE("a glossed name, a report's anaphor and a scope topic") {
  auto r =
      run("한빛리서치는 3일 발간한 보고서에서 올해 국내 리퍼브(재정비) 가전 시장 규모가 약 "
          "4조3000억원에 "
          "달할 것으로 추정했다. 보고서에 따르면 2020년 2조원이던 국내 리퍼브 가전 시장은 올해 "
          "3조3000억원으로 커질 전망이다.",
          "t.txt", "2025-03-01");
  CHECK(*find_claim(r, "3조3000억원")->source == "한빛리서치");
  CHECK(find_claim(r, "3조3000억원")->subject_key == find_claim(r, "4조3000억원")->subject_key);
  CHECK(count_rule(r, "figure-disagreement") == 1);
  auto scope = run(
      "한빛리서치는 국내 시장이 올해 2조원에 이를 것으로 봤다. 세계 시장에 대해서는 가트너가 내년 "
      "매출이 290억달러에 이를 것으로 추산했다.",
      "t.txt", "2023-11-08");
  CHECK(find_claim(scope, "290억달러")->source != "대해서");
}

TEST_CASE("a share moving to a level word, and sales as a measure") {
  auto r = run(
      "전체 승용차 판매에서 디젤차가 차지하는 비중도 같은 기간 47.9%에서 14% 수준으로 낮아졌다. "
      "반면 친환경차 판매는 올해 약 41만대로 전년 대비 45% 늘어날 전망이다.",
      "t.txt", "2021-03-01");
  CHECK(find_claim(r, "14%")->kind == fc::claim_kind::share);
  CHECK(*find_claim(r, "41만대")->subject == "친환경차 판매");
}
