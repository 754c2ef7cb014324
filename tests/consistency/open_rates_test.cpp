// Open-ended rates ("more than 30%", "30% 넘게"), and where a rate with no written start
// compounds from: a later base, two sentences back, or the span a back-reference names.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::run;

TEST_CASE("an open-ended rate bounds the figures on its written side only") {
  // 1.2조 → 2.1조 over 4 years is 15% a year: not "more than 30%".
  auto ko =
      run("IDC는 국내 서빙로봇 시장이 2022년 1.2조 원에서 2026년 2.1조 원으로 연평균 30% "
          "넘게 성장할 것으로 내다봤다.");
  REQUIRE(count_rule(ko, "cagr-mismatch") == 1);
  CHECK(ko.findings[0].message.find("최소 30%") != std::string::npos);
  CHECK(ko.findings[0].explanation.find("이상") != std::string::npos);
  // 1.2조 → 3.9조 is 34% a year: more than 30%, so it holds.
  auto ko_fits =
      run("IDC는 국내 서빙로봇 시장이 2022년 1.2조 원에서 2026년 3.9조 원으로 연평균 "
          "30% 넘게 성장할 것으로 내다봤다.");
  CHECK(ko_fits.findings.empty());
  auto en =
      run("Harlow Data expects the grain-drone market to grow from $1.2 billion in 2022 to $1.5 "
          "billion in 2026, expanding more than 30% a year.");
  REQUIRE(count_rule(en, "cagr-mismatch") == 1);
  CHECK(en.findings[0].message.find("at least 30%") != std::string::npos);
  CHECK(en.findings[0].explanation.find("must be at least") != std::string::npos);
  // A ceiling: "up to 30%" cannot give 66% a year.
  auto ceiling =
      run("The grain-drone market will grow from $1.2 billion in 2022 to $9.1 billion in 2026, a "
          "CAGR of up to 30%.");
  REQUIRE(count_rule(ceiling, "cagr-mismatch") == 1);
  CHECK(ceiling.findings[0].message.find("at most 30%") != std::string::npos);
  auto under =
      run("The grain-drone market will grow from $1.2 billion in 2022 to $2.9 billion in 2026, a "
          "CAGR of up to 30%.");
  CHECK(under.findings.empty());
}

TEST_CASE("a rate written with only its end year may compound from a later base") {
  // 704억 (2016) → 4,945억 (2019) → 4.4조 (2026): 36.7% a year is 2019–2026.
  auto r =
      run("국토교통부에 따르면 국내 드론 시장 규모는 2016년 704억 원에서 지난해 4,945억 원으로 "
          "커졌다. 정부는 2026년까지 시장 규모를 4조 4000억 원으로 키워 연평균 36.7%의 성장세를 "
          "이어간다는 계획이다.",
          "t.txt", "2020-06-04");
  CHECK(count_rule(r, "cagr-mismatch") == 0);
  auto wrong =
      run("국토교통부에 따르면 국내 드론 시장 규모는 2016년 704억 원에서 지난해 4,945억 원으로 "
          "커졌다. 정부는 2026년까지 시장 규모를 4조 4000억 원으로 키워 연평균 26.7%의 성장세를 "
          "이어간다는 계획이다.",
          "t.txt", "2020-06-04");
  CHECK(count_rule(wrong, "cagr-mismatch") == 1);
}

TEST_CASE("a rate reaches back past an aside on the year before") {
  // 2.14조 (2022) → 3.5조 (2027) is 10.3% a year; from 2021's 1.85조 it would be 11.2%.
  const char* text =
      "협회는 올해 국내 사료 시장 규모를 2조 1400억 원으로 추산했다. 이는 지난해 1조 8500억 "
      "원보다 15.7% 늘어난 수치다. 협회는 2027년에는 사료 시장 규모가 3조 5000억 원에 달해 "
      "연평균 10.3%씩 커질 것으로 내다봤다.";
  CHECK(run(text, "t.txt", "2022-11-23").findings.empty());
}

TEST_CASE("a rate over a period named by reference compounds over the span before it") {
  // 4,900억 (2020) → 1조 800억 (2025) is 17.1% a year; to the 2030 target it would be 23%.
  auto ko =
      run("국토교통부는 지난해 국내 드론 시장 규모가 1조 800억원으로 2020년(4,900억원)의 2.2배로 "
          "커졌다고 밝혔다. 이 기간 연평균 성장률은 17.1%다. 정부는 2030년까지 시장 규모를 "
          "4조원으로 키운다는 목표를 세웠다.",
          "t.txt", "2026-03-05");
  CHECK(count_rule(ko, "cagr-mismatch") == 0);
  auto ko_wrong =
      run("국토교통부는 지난해 국내 드론 시장 규모가 1조 800억원으로 2020년(4,900억원)의 2.2배로 "
          "커졌다고 밝혔다. 이 기간 연평균 성장률은 27.1%다.",
          "t.txt", "2026-03-05");
  CHECK(count_rule(ko_wrong, "cagr-mismatch") == 1);
  auto en =
      run("Drone sales rose from $2.1 billion in 2019 to $3.4 billion in 2023. Over the period, "
          "drone sales grew 12.8% a year. Drone sales are expected to reach $9 billion by 2030.");
  CHECK(count_rule(en, "cagr-mismatch") == 0);
}

TEST_CASE("a rate whose sentence measures in money compounds the money, not the tonnes") {
  auto r = run(
      "KBR리서치에 따르면 전 세계 양극재 수요는 2023년 180만t에서 2030년 610만t으로 연평균 19.0% "
      "늘어날 전망이다. 금액 기준으로는 같은 기간 479억 달러에서 1290억 달러로 연평균 15.2% "
      "성장할 것으로 관측됐다.",
      "t.txt", "2024-05-01");
  CHECK(r.findings.empty());
}

TEST_CASE("the months bracketed after a fiscal year do not date its figure") {
  auto r = run(
      "한결푸드는 2025 회계연도(2025년 4월~2026년 3월) 연결 기준 매출 4,820억 원을 기록했습니다. "
      "2026 회계연도 매출 목표는 전년 대비 14.1% 증가한 5,500억 원입니다.",
      "t.txt", "2026-05-01");
  REQUIRE(fc::test::find_claim(r, "4,820억 원"));
  CHECK(fc::test::find_claim(r, "4,820억 원")->year == 2025);
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("an open-ended count of another year makes units times price ambiguous") {
  auto r = run(
      "연구원은 올해 농업용 드론 보급 대수가 1만 8000대를 넘어설 것으로 예상했다. 대당 평균 가격 "
      "2500만 원을 적용하면 시장 규모는 약 4500억 원이다. 연구원은 내년 보급 대수가 2만 2000대 "
      "가량으로 늘어날 것으로 내다봤다.",
      "t.txt", "2026-03-01");
  CHECK(count_rule(r, "unit-value-mismatch") == 0);
}
