// A ranked list carried into the next sentence, a share that names its whole, a forecast cut
// by a percentage, and a multiple whose base year's level comes a sentence later.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a rank past the first goes on with the share list of the sentence before") {
  const char* lead =
      "According to Acme Research, Alpha took 38% of global tablet shipments last year, ahead of "
      "Beta at 27%. Gamma came in third with 17%, followed by Delta at 14%, with the remaining ";
  auto over = run(std::string(lead) + "9% split among smaller brands.\n", "t.txt", "2025-02-26");
  REQUIRE(find_claim(over, "17%") != nullptr);
  CHECK(find_claim(over, "17%")->kind == fc::claim_kind::share);
  CHECK(count_rule(over, "share-overflow") == 1);
  auto fits = run(std::string(lead) + "4% split among smaller brands.\n", "t.txt", "2025-02-26");
  CHECK(fits.findings.empty());
  auto ko =
      run("국내 배달앱 시장 점유율은 한빛배달이 58%로 1위였다. 2위는 두리이츠로 27%, 3위는 "
          "세모배달로 21%를 기록했다.\n");
  CHECK(count_rule(ko, "share-overflow") == 1);
}

TEST_CASE("a share that names its whole is a share of that whole, not of the level before") {
  const char* text =
      "한빛리서치에 따르면 세계 AI 반도체 시장은 지난해 약 536억달러에서 2030년 2,800억달러로 "
      "연평균 26.6% 성장할 전망이다. 같은 해 전체 반도체 시장이 1조달러 규모로 커지면 AI 반도체 "
      "비중은 28% 수준에 이를 것으로 관측된다. 이 중 데이터센터용 가속기가 2030년 기준 약 "
      "1,700억달러로 AI 반도체 시장의 ";
  auto fits =
      run(std::string(text) + "60% 이상을 차지할 것으로 예상된다.\n", "t.txt", "2024-03-12");
  CHECK(fits.findings.empty());
  auto wrong =
      run(std::string(text) + "80% 이상을 차지할 것으로 예상된다.\n", "t.txt", "2024-03-12");
  CHECK(count_rule(wrong, "share-mismatch") == 1);
}

TEST_CASE("a forecast cut by a percentage is a fall, and the figure it replaced is named") {
  auto cut = [](const char* how) {
    return run(std::string("한빛리서치는 2025년 국내 중고거래 시장 규모 전망을 기존 43조원에서 "
                           "37조원으로 ") +
                   how + ".\n",
               "t.txt", "2024-05-27");
  };
  CHECK(cut("14% 하향 조정했다").findings.empty());
  CHECK(cut("14% 낮췄다").findings.empty());
  CHECK(count_rule(cut("24% 하향 조정했다"), "change-mismatch") == 1);
  auto earlier =
      run("한빛리서치는 당초 2025년 43조원으로 예상했던 국내 중고거래 시장 규모 전망을 37조원으로 "
          "14% 하향 조정했다. 2025년 시장 규모는 37조원이 될 전망이다.\n",
          "t.txt", "2024-05-27");
  CHECK(count_rule(earlier, "figure-disagreement") == 0);
}

TEST_CASE("a multiple of a named year's level meets that level in the next sentence") {
  auto multiple = [](const char* base) {
    return run(std::string("アクメ総研は、協働ロボットの世界市場が2030年に1兆2000億円と、2022年比で"
                           "約4倍に拡大するとの予測をまとめた。22年の市場規模は") +
                   base + "だった。\n",
               "t.txt", "2024-10-15");
  };
  CHECK(count_rule(multiple("2100億円"), "change-mismatch") == 1);
  CHECK(multiple("3000億円").findings.empty());
}
