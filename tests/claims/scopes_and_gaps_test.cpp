// A gap between two estimates, a reporter named before when it reported, a market named as the
// scope of its shares, a part led by "このうち", and a rival's view placed at its figure.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("an amount two estimates differ by is a gap, no level of the market") {
  auto r = run(
      "甲乙研究院今年发布的研究报告称，2023年我国低空经济规模达到5059.5亿元。丙丁研究院的测算则更为"
      "保守：2023年市场规模约为4280亿元，到2030年约为1.5万亿元。两家机构对同一年份的估算相差近800"
      "亿元。\n",
      "t.txt", "2024-11-22");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  REQUIRE(find_claim(r, "800亿元") != nullptr);
  CHECK(find_claim(r, "800亿元")->kind == fc::claim_kind::change);
  REQUIRE(find_claim(r, "5059.5亿元") != nullptr);
  CHECK(find_claim(r, "5059.5亿元")->source == "甲乙研究院");
}

TEST_CASE("a share's whole is last year's total, not the comparison's base") {
  const char* text =
      "去年1年間に訪日客が消費した金額は8兆1395億円でした。アクメ総研によりますと、おととしの5兆"
      "3065億円と比べて53.4%増えました。国や地域別では甲国が1兆7335億円と最も多く、全体の";
  auto fits = run(std::string(text) + "21.3%を占めました。\n", "t.txt", "2025-01-15");
  CHECK(fits.findings.empty());
  REQUIRE(find_claim(fits, "8兆1395億円") != nullptr);
  CHECK(find_claim(fits, "8兆1395億円")->year == 2024);
  CHECK(find_claim(fits, "8兆1395億円")->source == "アクメ総研");
  auto wrong = run(std::string(text) + "32.7%を占めました。\n", "t.txt", "2025-01-15");
  CHECK(count_rule(wrong, "share-mismatch") == 1);
}

TEST_CASE("'このうち' splits the forecast before it, and '見込比' names a base year") {
  const char* text =
      "2024年度見込の市場は、2023年度の2兆5,890億円から前年度比12.6%増の2兆9,150億円となる。2029年"
      "度には2024年度見込比1.8倍の5兆2,300億円が予測される。このうちハイパースケーラー向けは2兆"
      "2,100億円と、市場全体の";
  auto fits = run(std::string(text) + "4割強を占めるとみられる。\n", "t.txt", "2024-12-10");
  CHECK(fits.findings.empty());
  REQUIRE(find_claim(fits, "5兆2,300億円") != nullptr);
  CHECK(find_claim(fits, "5兆2,300億円")->year == 2029);
  auto wrong = run(std::string(text) + "6割強を占めるとみられる。\n", "t.txt", "2024-12-10");
  CHECK(count_rule(wrong, "share-mismatch") == 1);
}

TEST_CASE("a market named as a sentence's scope is the whole of its shares") {
  const char* text =
      "2023年我国云计算市场规模达6165亿元，较2022年的4550亿元增长35.5%。其中，公有云市场规模4562"
      "亿元，同比增长40.1%；私有云市场规模1563亿元，同比增长20.8%。公有云市场中，IaaS规模约3383亿元"
      "，占比约";
  auto fits = run(std::string(text) + "74%。\n", "t.txt", "2024-07-24");
  CHECK(count_rule(fits, "share-mismatch") == 0);
  auto wrong = run(std::string(text) + "55%。\n", "t.txt", "2024-07-24");
  CHECK(count_rule(wrong, "share-mismatch") == 1);
}

TEST_CASE("a rival's view placed at its figure names the rival, and a multiple's base year") {
  auto r = run(
      "Global sales of weight-loss drugs reached $24bn last year, and forecasts for the class "
      "continue to diverge. Acme projects the market will hit $105bn by 2030, implying annual "
      "growth of around 28%, while Beta Research takes a more conservative view at $74bn - still "
      "roughly triple last year's level.\n",
      "t.txt", "2025-03-01");
  CHECK(r.findings.empty());
  REQUIRE(find_claim(r, "$74bn") != nullptr);
  CHECK(find_claim(r, "$74bn")->source == "Beta Research");
  CHECK(find_claim(r, "$74bn")->year != 2024);
  REQUIRE(find_claim(r, "$24bn") != nullptr);
  CHECK(!find_claim(r, "$24bn")->source.has_value());
}

TEST_CASE("a breakdown's share list is of one whole, whatever its labels name") {
  const char* text =
      "Americans spent $147 billion on their pets last year, per Acme Pet Association, up 7% "
      "from $136.8 billion in 2022. Of that total, food made up 44%, vet care and product sales "
      "26%, supplies and medicine ";
  auto over = run(std::string(text) + "22%, and other services 11%.\n", "t.txt", "2024-03-26");
  CHECK(count_rule(over, "share-overflow") == 1);
  REQUIRE(find_claim(over, "$147 billion") != nullptr);
  CHECK(find_claim(over, "$147 billion")->subject == "pets spending");
  auto fits = run(std::string(text) + "19%, and other services 11%.\n", "t.txt", "2024-03-26");
  CHECK(fits.findings.empty());
}

TEST_CASE("a publisher named after a connective and its kind is the source of its sentence") {
  auto r = run("一方、民間調査会社のベータ総研は30年の国内市場を約9000億円と見積もっている。\n",
               "t.txt", "2024-02-20");
  REQUIRE(find_claim(r, "9000億円") != nullptr);
  CHECK(find_claim(r, "9000億円")->source == "ベータ総研");
  CHECK(find_claim(r, "9000億円")->year == 2030);
}

TEST_CASE("a Japanese year by two digits before 実績 names a point in time") {
  auto r =
      run("政府は30年に消費額を15兆円とする目標を掲げており、23年実績の5兆3065億円の約2."
          "8倍にあたる。\n",
          "t.txt", "2024-01-18");
  REQUIRE(find_claim(r, "5兆3065億円") != nullptr);
  CHECK(find_claim(r, "5兆3065億円")->year == 2023);
}
