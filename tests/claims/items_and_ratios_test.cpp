// Items listed with their own change in brackets are parts of the market, a ratio noun makes a
// percentage a level rather than a growth rate, a ranked group's share is the sum of its
// members, and a decade's end or a multiple's base year is read where it is written.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a change in brackets after each listed item is that item's") {
  auto ko = run(
      "지난해 세계 화물 드론 시장은 전년 대비 4% 줄었지만 브라질(17%)과 멕시코(12%) 등 신흥시장은 "
      "두 자릿수 성장을 기록했다.",
      "t.txt", "2024-03-01");
  CHECK(*find_claim(ko, "17%")->subject == "브라질");
  CHECK(*find_claim(ko, "12%")->subject == "멕시코");
  CHECK(find_claim(ko, "4%")->subject_key != find_claim(ko, "17%")->subject_key);
  CHECK(count_rule(ko, "change-mismatch") == 0);
  auto en = run(
      "The global cargo drone market shrank 4% last year, while emerging markets such as Brazil "
      "(17%) and the United States (9%) grew faster.",
      "t.txt", "2024-03-01");
  CHECK(*find_claim(en, "17%")->subject == "Brazil");
  CHECK(*find_claim(en, "9%")->subject == "United States");
  // One bracketed rate alone is no list: it keeps the sentence's market.
  auto one = run("The global cargo drone market grew 6% (5% in constant currency) last year.",
                 "t.txt", "2024-03-01");
  CHECK(find_claim(one, "5%")->subject == find_claim(one, "6%")->subject);
}

TEST_CASE("a ratio noun makes a percentage a level, and a ranked group holds a subtotal") {
  auto r = run(
      "스마트 도어록 보급이 늘고 있지만 보급률은 여전히 3%에도 못 미친다. 시장점유율은 A사가 약 "
      "55%로 1위이며, 상위 4개 제조사가 전체의 93%를 차지한다.",
      "t.txt", "2024-03-01");
  CHECK(find_claim(r, "3%")->kind == fc::claim_kind::share);
  CHECK(count_rule(r, "share-overflow") == 0);
  auto over = run("시장점유율은 A사가 약 55%로 1위이며, B사가 전체의 53%를 차지한다.", "t.txt",
                  "2024-03-01");
  CHECK(count_rule(over, "share-overflow") == 1);
}

TEST_CASE("a decade's end after a share's noun, and a multiple's base year") {
  auto r =
      run("Solar carports made up 41% of installations last year and are forecast to take a 66% "
          "share by the end of the decade, Acme Research said.",
          "t.txt", "2024-03-01");
  CHECK(find_claim(r, "41%")->year == 2023);
  CHECK(find_claim(r, "66%")->year == 2030);
  auto m =
      run("Acme Research expects hydrogen storage capacity to rise to more than four times this "
          "year's level, 180 million tonnes a year, by 2030.",
          "t.txt", "2024-03-01");
  REQUIRE(find_claim(m, "four times"));
  CHECK(find_claim(m, "180 million tonnes")->year != 2024);
  // "지난해의 3배 수준인 N": 지난해 is the multiple's base, not the year of N.
  auto ko = run(
      "Acme는 2030년 국내 수소 충전 시장이 지난해의 3배 수준인 4200억원에 이를 것으로 내다봤다.",
      "t.txt", "2024-03-01");
  CHECK(find_claim(ko, "4200억원")->year == 2030);
}

TEST_CASE("a percentage moving to another is a level, unless a rate noun names it") {
  auto ko = run(
      "고양이 사료 비중은 2019년 27%에서 지난해 36%로 높아졌고, 개 사료는 같은 기간 73%에서 64%로 "
      "낮아졌다.",
      "t.txt", "2024-03-01");
  CHECK(find_claim(ko, "73%")->kind == fc::claim_kind::share);
  CHECK(find_claim(ko, "64%")->kind == fc::claim_kind::share);
  CHECK(count_rule(ko, "change-mismatch") == 0);
  auto en = run("North America's slice rose from 27% to 31% over the same period.", "t.txt",
                "2024-03-01");
  CHECK(find_claim(en, "27%")->kind == fc::claim_kind::share);
  auto rate = run("성장률은 같은 기간 5%에서 4%로 낮아질 전망이다.", "t.txt", "2024-03-01");
  CHECK(find_claim(rate, "5%")->kind != fc::claim_kind::share);
}

TEST_CASE("a rate that falls to a level is still the market's rise") {
  auto r =
      run("Acme는 세계 폐배터리 재활용 시장이 2030년 60조원에서 2040년 180조원으로 커지고, 이 기간 "
          "성장률이 연평균 11%대로 낮아질 것으로 내다봤다.",
          "t.txt", "2024-03-01");
  CHECK(find_claim(r, "11%")->rate->point > 0);
  CHECK(count_rule(r, "growth-contradiction") == 0);
}

TEST_CASE("a share after an inline breakdown of the share before it is that share's part") {
  auto en = run("Takeaway made up 38% of sales, of which delivery apps handled 71%.", "t.txt",
                "2024-03-01");
  CHECK(count_rule(en, "share-overflow") == 0);
  auto ko =
      run("배달이 매출의 38%를 차지했고, 이 중 배달앱 주문이 71%였다.", "t.txt", "2024-03-01");
  CHECK(count_rule(ko, "share-overflow") == 0);
  auto listed = run("Takeaway made up 38% of sales and dine-in 71%.", "t.txt", "2024-03-01");
  CHECK(count_rule(listed, "share-overflow") == 1);
}

TEST_CASE("a later clause's own topic, an additive source and a span of months") {
  auto topic =
      run("지난해 가정간편식 온라인 거래액은 21조3000억원으로 전년 대비 9.1% 증가했으며, 밀키트도 "
          "4조1000억원으로 처음 4조원을 넘어섰다.",
          "t.txt", "2024-03-01");
  CHECK(*find_claim(topic, "4조1000억원")->subject == "밀키트");
  CHECK(count_rule(topic, "figure-disagreement") == 0);
  auto source =
      run("Acme는 2029년 출하량이 3000만대에 이를 것으로 봤고, IDC도 2028년 출하량을 1800만대로 "
          "제시했다.",
          "t.txt", "2024-03-01");
  CHECK(*find_claim(source, "1800만대")->source == "IDC");
  auto months = run(
      "지난해 드론 수입액은 2억1000만 달러였고, 올해 1~4월 수입액도 6300만 달러로 전년 동기 대비 "
      "7.4% 감소했다.",
      "t.txt", "2024-06-01");
  CHECK(find_claim(months, "6300만 달러")->part_year);
  CHECK(count_rule(months, "change-mismatch") == 0);
}

TEST_CASE("a cause names no subject, and a rate of decline keeps its sign") {
  auto cause = run(
      "Acme는 올해 세계 드론 배송 시장 규모가 약 61억달러로 전년보다 7% 줄어들 것으로 추산했다. "
      "신제품 부진과 배송 수요 둔화가 겹친 탓이다. 다만 내년에는 70억달러로 15% 반등할 것으로 "
      "Acme는 내다봤다.",
      "t.txt", "2023-05-01");
  CHECK(find_claim(cause, "70억달러")->subject == find_claim(cause, "61억달러")->subject);
  auto decline =
      run("국내 캠핑카 시장은 2021년 8조원으로 정점을 찍은 뒤 재작년 7조3000억원, 지난해 "
          "6조5000억원으로 "
          "줄었다. 연간 감소율도 재작년 8.8%에서 지난해 11.0%로 확대됐다.",
          "t.txt", "2024-03-01");
  CHECK(find_claim(decline, "8.8%")->rate->point < 0);
  CHECK(count_rule(decline, "growth-contradiction") == 0);
}
