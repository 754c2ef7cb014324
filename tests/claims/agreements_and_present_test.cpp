// Agreement said in a sentence of its own, a headline's quoted source, a Japanese year by two
// digits before a long measure, and a share of the present set against a forecast.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a sentence of no figures that says the estimates agree holds them to it") {
  auto said = [](const char* rival) {
    return run(
        std::string(
            "한빛리서치 \"내년 폴더블폰 출하량 1980만대\"\n\n한빛리서치는 내년 전 세계 폴더블 "
            "스마트폰 출하량이 1,980만대로 늘어날 것으로 전망했다. 이는 두리연구소의 "
            "추정치와도 일치하는 수준이다. 두리연구소는 내년 폴더블폰 출하량을 ") +
            rival + "로 제시했다.\n",
        "t.txt", "2024-12-10");
  };
  auto apart = said("1,720만대");
  CHECK(count_rule(apart, "agreement-mismatch") == 1);
  CHECK(count_rule(apart, "figure-disagreement") == 0);
  REQUIRE(find_claim(apart, "1980만대") != nullptr);
  CHECK(find_claim(apart, "1980만대")->source == "한빛리서치");
  CHECK(said("1,970만대").findings.empty());
}

TEST_CASE("a Japanese year by two digits names a figure past a long measure noun") {
  const char* text =
      "アクメ総研は、国内パブリッククラウドサービス市場が2029年に7兆7000億円に達すると予測した。"
      "ベータ研究所も29年の国内パブリッククラウドサービス市場を";
  auto apart =
      run(std::string(text) + "5兆4000億円と予測しており、両社の見方はほぼ一致している。\n",
          "t.txt", "2025-04-02");
  REQUIRE(find_claim(apart, "5兆4000億円") != nullptr);
  CHECK(find_claim(apart, "5兆4000億円")->year == 2029);
  CHECK(count_rule(apart, "agreement-mismatch") == 1);
  auto close =
      run(std::string(text) + "7兆6000億円と予測しており、両社の見方はほぼ一致している。\n",
          "t.txt", "2025-04-02");
  CHECK(close.findings.empty());
  // "30年の市場のうち": the figure after is a part of that year's market.
  auto part = run(
      "アクメ総研は、世界の車載半導体市場が2030年に1,250億ドルに拡大するとの予測をまとめた。30年の"
      "市場のうち、パワー半導体は約3割にあたる380億ドルを占める見通しだ。\n",
      "t.txt", "2024-09-18");
  CHECK(part.findings.empty());
}

TEST_CASE("a share of the present is of the level measured, not a forecast years away") {
  const char* text =
      "Acme's home market for video games is expected to more than double from $1.5 billion in "
      "2024 to $3.3 billion by 2030, according to Beta Research. Mobile games account for about ";
  auto fits = run(std::string(text) + "60 percent of the market, or $0.9 billion.\n", "t.txt",
                  "2025-01-22");
  CHECK(fits.findings.empty());
  auto wrong = run(std::string(text) + "40 percent of the market, or $0.9 billion.\n", "t.txt",
                   "2025-01-22");
  CHECK(count_rule(wrong, "share-mismatch") == 1);
  // "generating about $X": the amount a share comes to.
  auto generating = run(
      "The global market reached $99.5 billion in 2024. Online channels already account for more "
      "than half of the market, generating about $54 billion last year.\n",
      "t.txt", "2025-05-28");
  CHECK(generating.findings.empty());
}

TEST_CASE("a rival's figure said to agree measures what the figure before it does") {
  const char* text =
      "Acme Research expects enterprise spending on private 5G networks to reach $8.2 billion in "
      "2027, up from $2.3 billion in 2023. The figure agrees with Beta Group's latest forecast, "
      "which puts 2027 private wireless RAN and core spending at ";
  CHECK(count_rule(run(std::string(text) + "$6.4 billion.\n", "t.txt", "2024-04-23"),
                   "agreement-mismatch") == 1);
  CHECK(run(std::string(text) + "$8.1 billion.\n", "t.txt", "2024-04-23").findings.empty());
}

TEST_CASE("'the same market' and 'the year before' point back to what the text named") {
  auto same = run(
      "アクメ総研は、2025年の世界半導体製造装置販売額を1,280億ドルと予測している。当社は25年の同"
      "市場規模を1,000億ドル程度と予想しており、アクメ総研の見通しとほぼ一致する。\n",
      "t.txt", "2024-09-30");
  CHECK(count_rule(same, "agreement-mismatch") == 1);
  auto before = run(
      "Americans spent $147 billion on their pets in 2023, up 7.5% from $136.8 billion the year "
      "before, according to Acme.\n",
      "t.txt", "2024-10-10");
  REQUIRE(find_claim(before, "$136.8 billion") != nullptr);
  CHECK(find_claim(before, "$136.8 billion")->year == 2022);
  CHECK(before.findings.empty());
}

TEST_CASE("one year written before a move dates its end; its base is the year before") {
  auto ko =
      run("일본 기업의 세계 생산액은 내년 39조원 수준에서 전년 대비 3% 증가한 40조2000억원이 될 "
          "전망이다.\n",
          "t.txt", "2024-12-18");
  CHECK(ko.findings.empty());
  REQUIRE(find_claim(ko, "39조원") != nullptr);
  CHECK(find_claim(ko, "39조원")->year == 2024);
  CHECK(find_claim(ko, "40조2000억원")->year == 2025);
  auto wrong =
      run("일본 기업의 세계 생산액은 내년 39조원 수준에서 전년 대비 8% 증가한 40조2000억원이 "
          "될 전망이다.\n",
          "t.txt", "2024-12-18");
  CHECK(count_rule(wrong, "change-mismatch") + count_rule(wrong, "yoy-mismatch") +
            count_rule(wrong, "cagr-mismatch") >=
        1);
  auto ja =
      run("アクメ総研によると、日系企業の世界生産額は来年、24年の39兆円程度から前年比3%増の40兆"
          "2,000億円となる見込み。\n",
          "t.txt", "2024-12-18");
  CHECK(ja.findings.empty());
  REQUIRE(find_claim(ja, "40兆2,000億円") != nullptr);
  CHECK(find_claim(ja, "40兆2,000億円")->year == 2025);
}
