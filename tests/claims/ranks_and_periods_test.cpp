// A rank's holder holds a share, a quarter between a name and its measure leaves the name, a
// range multiple of last year's level leaves the figure its own year, a company's suffix can
// end a sentence, and "in the same period last year" dates a base a year back.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a rank's holder holds a share, and so does an annual share target") {
  auto r =
      run("2위는 한결전자(24.8%), 3위는 다온테크(21.3%)였다. 회사는 연간 점유율 50% 달성을 목표로 "
          "하고 있다.",
          "t.txt", "2024-08-20");
  CHECK(find_claim(r, "24.8%")->kind == fc::claim_kind::share);
  CHECK(find_claim(r, "50%")->kind == fc::claim_kind::share);
}

TEST_CASE("a quarter between a company and its measure leaves the company's name") {
  auto r =
      run("옴디아는 올해 세계 OLED 패널 매출이 435억 달러로 지난해보다 8% 늘어날 것으로 전망했다. "
          "한편 가온디스플레이의 1분기 매출은 6조4700억원으로 지난해 같은 기간보다 4.5% 늘었다.",
          "t.txt", "2022-05-01");
  CHECK(*find_claim(r, "6조4700억원")->subject == "가온디스플레이 매출");
  CHECK(count_rule(r, "change-mismatch") == 0);
}

TEST_CASE("a range multiple of last year's level leaves the figure its own year") {
  auto r =
      run("업계는 이 시장이 2028년에는 지난해의 2~2.5배 수준인 3조6000억~4조5000억원에 이를 것으로 "
          "보고 있다.",
          "t.txt", "2024-08-14");
  CHECK(find_claim(r, "3조6000억~4조5000억원")->year == 2028);
}

TEST_CASE("a company's suffix ends a sentence before a word that opens one") {
  auto r =
      run("The market grew from 1.6 trillion won in 2016 to 5 trillion won last year, according to "
          "Acme Research Corp. The agency expects the market to reach 7 trillion won by 2025, an "
          "average annual growth of about 8.8 percent.",
          "t.txt", "2022-11-15");
  CHECK(count_rule(r, "cagr-mismatch") == 0);
}

TEST_CASE("'in the same period last year' dates a base a year back") {
  auto r = run(
      "Earbud shipments reached 78.6 million units in the third quarter of 2024, up 12% from 64.9 "
      "million units in the same period last year, Acme said.",
      "t.txt", "2024-11-01");
  CHECK(find_claim(r, "64.9 million units")->year == 2023);
  CHECK(count_rule(r, "change-mismatch") == 1);
}

TEST_CASE("a topic that stands for the source is not what a rate measures") {
  auto r =
      run("전라북도는 도내 탄소소재 산업 규모를 2023년 1조8000억원에서 2030년 4조5000억원으로 "
          "키우겠다고 "
          "밝혔다. 이를 위해 도는 연평균 16.5% 성장을 목표로 기업 유치를 집중할 계획이다.",
          "t.txt", "2024-03-01");
  CHECK(find_claim(r, "16.5%")->subject_key == find_claim(r, "1조8000억원")->subject_key);
  CHECK(count_rule(r, "cagr-period-convention") == 1);
}

TEST_CASE("a breakdown's details and a figure that is no modifier of its measure") {
  auto r = run(
      "전라남도는 2030년까지 총 48조5000억원의 민간투자를 유치한다고 밝혔다. 투자 내역은 발전단지 "
      "건설 32조원, 항만 인프라 11조4000억원, 연관 산업 육성 9조1000억원이다.",
      "t.txt", "2024-03-01");
  CHECK(*find_claim(r, "48조5000억원")->subject == "민간투자");
  CHECK(count_rule(r, "part-exceeds-whole") == 1);
}

TEST_CASE("a part named in a breakdown is never the measure a later bare one names") {
  auto r = run(
      "지난해 국내 면세점 매출은 13조7586억원으로 전년 대비 22.8% 감소했다. 이 가운데 외국인 "
      "매출이 "
      "11조3000억원으로 82.1%를 차지했고, 내국인 매출은 2조4586억원에 그쳤다. 업계는 올해 매출이 "
      "15조원 안팎으로 9%가량 늘어날 것으로 기대하고 있다.",
      "t.txt", "2024-01-30");
  CHECK(find_claim(r, "15조원")->subject_key == find_claim(r, "13조7586억원")->subject_key);
  CHECK(count_rule(r, "change-mismatch") == 0);
}

TEST_CASE("a sentence that names no measure before its amount is about its topic") {
  auto r =
      run("WSTS는 올해 세계 반도체 시장 규모가 6112억달러로 16.0% 증가할 것으로 전망했다. 메모리 "
          "반도체는 "
          "올해 1632억달러로 76.8% 급증할 것으로 예상됐다. 가트너는 올해 6200억달러를 제시했다.",
          "t.txt", "2024-06-04");
  CHECK(*find_claim(r, "1632억달러")->subject == "메모리 반도체");
  CHECK(find_claim(r, "6200억달러")->subject_key == find_claim(r, "6112억달러")->subject_key);
}

TEST_CASE("a relative year a figure is said to stay level with is its comparison's") {
  auto r =
      run("카운터포인트는 올해 연간 출하량이 1450만대로 지난해(1540만대)보다 약 6% 줄어들 것으로 "
          "내다봤다. 다만 매출 기준 시장 규모는 17조원으로 지난해와 비슷한 수준을 유지하고, "
          "평균판매가격(ASP)은 117만원 안팎으로 오를 것으로 예상했다.",
          "t.txt", "2024-04-22");
  CHECK(find_claim(r, "117만원")->year != 2023);
  CHECK(count_rule(r, "unit-value-mismatch") == 0);
}

TEST_CASE("a prior figure with no other figure to date it from is a year before its sentence's") {
  auto r =
      run("국내 조제분유 시장 규모는 2019년 4410억원에서 지난해 3120억원으로 줄었다. 5년간 연평균 "
          "성장률은 -6.7%를 기록했다. 지난해에는 전년(3350억원)보다 6.9% 감소했다. 올해는 3000억원 "
          "아래로 떨어질 수 있다.",
          "t.txt", "2025-03-01");
  CHECK(find_claim(r, "3350억원")->year == 2023);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("a ranked share in the next sentence continues the list, and a topic names the whole") {
  auto r = run(
      "지난달 국내 배달앱 시장 점유율은 가온배달이 58.7%로 1위를 유지했고, 누리이츠가 32.5%로 뒤를 "
      "바짝 쫓았다. 한때 2위였던 다솜은 19.4%에 그쳤다.",
      "t.txt", "2024-03-01");
  CHECK(count_rule(r, "share-overflow") == 1);
  auto fits = run(
      "지난달 국내 배달앱 시장 점유율은 가온배달이 58.7%로 1위를 유지했고, 누리이츠가 32.5%로 뒤를 "
      "바짝 쫓았다. 한때 2위였던 다솜은 6.4%에 그쳤다.",
      "t.txt", "2024-03-01");
  CHECK(count_rule(fits, "share-overflow") == 0);
}
