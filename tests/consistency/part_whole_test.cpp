// Parts bound to their wholes: the breakdown, part-of-whole and region-lead frames, in both
// languages. Each case read its parts as rival levels, or gave them no year, before.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a list after a breakdown cue takes its total's year and source") {
  auto en =
      run("Global new-ship orders totalled $196.2 billion in 2024, Clarksons said. Container "
          "ships made up $88.6 billion, LNG carriers $42.7 billion and tankers $38.1 billion.");
  const auto* part = find_claim(en, "$88.6 billion");
  REQUIRE(part);
  // "made up $88.6 billion" is a part, not an increase of $88.6 billion.
  CHECK(part->kind == fc::claim_kind::size);
  CHECK(part->part);
  CHECK(part->subject == "Container ships");
  CHECK(part->year == 2024);
  CHECK(part->source == "Clarksons");
  CHECK(count_rule(en, "part-exceeds-whole") == 0);
}

TEST_CASE("parts adding past their total are one finding") {
  auto en =
      run("The pet food market reached $50 billion in 2024. Of this, dry food made up $31 "
          "billion, wet food $14 billion and treats $9 billion.");
  CHECK(count_rule(en, "part-exceeds-whole") == 1);
  auto ko =
      run("국내 펫푸드 시장은 2024년 4조8천억원 규모다. 제품별로는 건식 사료가 3조2천억원, 습식 "
          "사료 1조5천억원, "
          "간식 9천억원으로 구성된다.");
  CHECK(count_rule(ko, "part-exceeds-whole") == 1);
}

TEST_CASE("'이 중' after a clause break opens the parts") {
  auto ko =
      run("작년 국내 펫푸드 시장 규모는 1조9800억원으로 집계됐으며, 이 중 프리미엄 사료 매출이 "
          "2조400억원을 차지했다.");
  const auto* part = find_claim(ko, "2조400억원");
  REQUIRE(part);
  CHECK(part->part);
  CHECK(part->subject == "프리미엄 사료 매출");
  CHECK(count_rule(ko, "part-exceeds-whole") == 1);
  CHECK(count_rule(ko, "figure-disagreement") == 0);
}

TEST_CASE("a breakdown splits this year's total, not last year's in brackets") {
  auto ko =
      run("국내 퍼블릭 클라우드 시장은 올해 5조8300억원으로 작년(4조9700억원)보다 17.3% 커질 "
          "전망이다. 서비스 유형별로는 SaaS가 2조6500억원으로 가장 크고, IaaS 2조4100억원, PaaS "
          "7700억원으로 구성된다.",
          "t.txt", "2025-05-20");
  const auto* saas = find_claim(ko, "2조6500억원");
  REQUIRE(saas);
  CHECK(saas->part);
  CHECK(saas->year == 2025);
  CHECK(count_rule(ko, "part-exceeds-whole") == 0);
}

TEST_CASE("a sentence led by a region is a part of the global figure before it") {
  auto en =
      run("The global hydrogen electrolyzer market was estimated at USD 1.9 billion in 2024. Asia "
          "Pacific led the industry, with the regional market worth USD 2.3 billion in 2024.");
  CHECK(count_rule(en, "part-exceeds-whole") == 1);
  auto ko = run("세계 수소 시장은 2024년 100억 달러 규모다. 북미가 120억 달러로 가장 컸다.");
  const auto* part = find_claim(ko, "120억 달러");
  REQUIRE(part);
  CHECK(part->year == 2024);
  CHECK(count_rule(ko, "part-exceeds-whole") == 1);
  // A region after a region is a rival, not a part.
  auto rivals =
      run("The U.S. smart lock market reached $3 billion in 2024. China came next, with a market "
          "worth $4 billion in 2024.");
  CHECK(count_rule(rivals, "part-exceeds-whole") == 0);
}

TEST_CASE("a second verb of the sentence's source keeps that source") {
  auto en = run(
      "Grand View Research values the global market at USD 26.57 billion in 2024 and expects it "
      "to reach USD 187.69 billion by 2030, a CAGR of 38.5%.");
  const auto* end = find_claim(en, "USD 187.69 billion");
  REQUIRE(end);
  CHECK(end->source == "Grand View Research");
}

TEST_CASE("a sentence that attributes 'these estimates' sources the figures before it") {
  auto en =
      run("The global smart farming market is expected to grow from $18 billion in 2022 to $33 "
          "billion in 2027. These estimates come from IDC, which counts hardware and services. "
          "Gartner puts the 2027 market at $29 billion.");
  const auto* end = find_claim(en, "$33 billion");
  REQUIRE(end);
  CHECK(end->source == "IDC");
  CHECK(count_rule(en, "figure-disagreement") == 0);
}

TEST_CASE("a region that held a percentage of revenue holds a share, not a growth rate") {
  auto en =
      run("The global smart irrigation market size was valued at USD 1.62 billion in 2023 and is "
          "projected to reach USD 4.72 billion by 2030, growing at a CAGR of 16.5% from 2023 to "
          "2030. North America held 38.2% of revenue in 2023.");
  const auto* share = find_claim(en, "38.2%");
  REQUIRE(share);
  CHECK(share->kind == fc::claim_kind::share);
  CHECK(count_rule(en, "change-mismatch") == 0);
}

TEST_CASE("a relative year right after a figure is its own") {
  auto en = run(
      "Worldwide generative AI spending is expected to total $644 billion this year, an increase "
      "of 76.4% from $365.1 billion last year, Gartner said.",
      "t.txt", "2025-03-31");
  const auto* base = find_claim(en, "$365.1 billion");
  REQUIRE(base);
  CHECK(base->year == 2024);
  CHECK(count_rule(en, "figure-disagreement") == 0);
}

TEST_CASE("of two relative years before a figure, the nearest is its own") {
  auto en =
      run("Worldwide IT spending is expected to total $5.61 trillion this year, up 9.8% from last "
          "year's $5.11 trillion, Gartner said.",
          "t.txt", "2025-01-21");
  const auto* now = find_claim(en, "$5.61 trillion");
  const auto* base = find_claim(en, "$5.11 trillion");
  REQUIRE(now);
  REQUIRE(base);
  CHECK(now->year == 2025);
  CHECK(base->year == 2024);
  CHECK(count_rule(en, "figure-disagreement") == 0);
  CHECK(count_rule(en, "stale-forecast") == 0);
}

TEST_CASE("a year-on-year move's undated base is the year before") {
  auto en =
      run("Global fine wine auction sales fell 18% year on year to $412 million in 2024 from $468 "
          "million, according to an annual tally.");
  const auto* base = find_claim(en, "$468 million");
  REQUIRE(base);
  CHECK(base->year == 2023);
  CHECK(count_rule(en, "change-mismatch") == 1);  // 412 / 468 is a 12% fall, not 18%
}

TEST_CASE("a cue in a later clause does not make the sentence's levels a breakdown") {
  auto en = run(
      "The global protein bar market size was valued at USD 5.32 billion in 2024 and is expected "
      "to reach USD 8.14 billion by 2030, expanding at a CAGR of 7.8% from 2024 to 2030. "
      "Supermarkets and hypermarkets accounted for 46.5% of sales in 2024.");
  const auto* end = find_claim(en, "USD 8.14 billion");
  REQUIRE(end);
  CHECK_FALSE(end->part);
  // 7.32%–7.37% implied: 7.8% fits only with a rounding the text does not show.
  CHECK(count_rule(en, "cagr-rounding") == 1);
}

TEST_CASE("a line the whole crossed is no whole of the parts after it") {
  auto r =
      run("지난해 국내 밀키트 시장 매출은 1조1200억원으로 처음으로 1조원을 돌파했다. 이 중 온라인 "
          "매출은 1조3000억원에 달했다.");
  CHECK(count_rule(r, "part-exceeds-whole") == 1);
  auto fits =
      run("지난해 국내 밀키트 시장 매출은 1조1200억원으로 처음으로 1조원을 돌파했다. 이 중 온라인 "
          "매출은 7000억원이었다.");
  CHECK(count_rule(fits, "part-exceeds-whole") == 0);
}
