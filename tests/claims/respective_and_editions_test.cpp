// Figures given respectively to items named together, a forecast replaced by a later edition,
// and a multiple beside shares.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("joined figures given respectively are as many items' figures") {
  auto zh =
      run("甲乙协会：去年新能源汽车销量1286."
          "6万辆\n甲乙协会1月13日发布数据显示，去年我国汽车产销分别完成"
          "3128.2万辆和3143.6万辆，同比分别增长3.7%和4.5%。\n",
          "t.txt", "2025-01-14");
  CHECK(count_rule(zh, "figure-disagreement") == 0);
  REQUIRE(find_claim(zh, "3128.2万辆") != nullptr);
  CHECK(find_claim(zh, "3128.2万辆")->source == "甲乙协会");
  auto en = run(
      "Acme's exports and imports reached $12.4 billion and $9.8 billion in 2024, respectively.\n",
      "t.txt", "2025-01-14");
  CHECK(count_rule(en, "figure-disagreement") == 0);
  // Without "respectively", two levels of one measure and year still disagree.
  auto plain =
      run("Acme's exports reached $12.4 billion in 2024. Acme's exports reached $9.8 "
          "billion in 2024, Beta said.\n",
          "t.txt", "2025-01-14");
  CHECK(count_rule(plain, "figure-disagreement") + count_rule(plain, "source-disagreement") >= 1);
}

TEST_CASE("a figure of last year's edition is the forecast the new one replaces") {
  const char* text =
      "The global aircraft maintenance market will grow from $89 billion this year to $124 "
      "billion in 2034, according to Acme's fleet forecast. That 2034 figure is up from $118 "
      "billion in ";
  CHECK(run(std::string(text) + "last year's edition.\n", "t.txt", "2024-04-16").findings.empty());
}

TEST_CASE("a multiple beside a move of shares measures the shares") {
  auto r = run(
      "한빛연구소는 지난해 말 382조원이던 퇴직연금 적립금이 2030년 약 800조원에 이를 것으로 "
      "내다봤다. 이 중 실적배당형 상품 비중은 지난해 12.8%에서 2030년 25% 안팎으로 두 배 가까이 "
      "높아질 것으로 예상됐다.\n",
      "t.txt", "2024-03-12");
  CHECK(count_rule(r, "change-mismatch") == 0);
}

TEST_CASE("a rate the text names as an earlier forecast is not checked against today's figures") {
  const char* text =
      "Acme Research reckons global sales came to $6.7bn in 2023, and the firm now expects sales "
      "to grow at a compound annual rate of 4% to reach about $8.8bn by 2030, a far cry from the "
      "15% a year it ";
  CHECK(run(std::string(text) + "was forecasting in 2021.\n", "t.txt", "2024-06-13")
            .findings.empty());
}

TEST_CASE("a comparison of another clause does not make a listed share a growth rate") {
  auto r =
      run("한빛리서치에 따르면 지난해 폴더블폰 출하량은 1,790만대였다. 브랜드별로는 갑전자가 "
          "점유율 46%로 1위를 "
          "지켰지만 전년보다 크게 낮아졌고, 을전자가 35%로 격차를 좁혔다. 병전자(10%)와 "
          "정전자(7%)가 뒤를 "
          "이었으며, 나머지 6%는 기타 브랜드가 차지했다.\n",
          "t.txt", "2025-03-05");
  REQUIRE(find_claim(r, "35%") != nullptr);
  CHECK(find_claim(r, "35%")->kind == fc::claim_kind::share);
  CHECK(count_rule(r, "share-overflow") == 1);
}

TEST_CASE("a rate written 'at' its value compounds to the next level of a chain") {
  const char* zh =
      "根据甲乙研究院的资料，中国CDMO市场规模由2018年的人民币227亿元增长至2022年的人民币770亿元，"
      "年复合增长率为35.7%，并预计将以";
  CHECK(run(std::string(zh) + "29.6%的年复合增长率于2027年进一步增长至人民币2,814亿元。\n", "t.txt",
            "2024-01-01")
            .findings.empty());
  CHECK(
      count_rule(run(std::string(zh) + "24.6%的年复合增长率于2027年进一步增长至人民币2,814亿元。\n",
                     "t.txt", "2024-01-01"),
                 "cagr-mismatch") == 1);
  const char* en =
      "The market grew from $2.0 billion in 2019 to $3.0 billion in 2023, a CAGR of 10.7%, and is "
      "set to grow at ";
  CHECK(run(std::string(en) + "16% a year to $7.3 billion by 2029, Acme said.\n", "t.txt",
            "2024-01-01")
            .findings.empty());
}

TEST_CASE("'a third of that, or about 5 GW' is a part of the level before") {
  auto r =
      run("Installed floating wind capacity could reach 15 GW by 2030, Acme said, with the UK "
          "accounting for roughly a third of that, or about 5 GW.\n",
          "t.txt", "2025-04-03");
  CHECK(r.findings.empty());
}
