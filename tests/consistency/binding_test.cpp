// Years, periods, rate kinds, sources and hedges bound from a figure's context (claim-language
// §6.3, §7, §8, §10): one case per reading, each written to fail if the binding breaks.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::rate_kind;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("a change written with the annual figure it led to is year over year") {
  auto en = run("Shipments rose 4.1 percent to $52.3 billion in 2024.");
  REQUIRE(find_claim(en, "4.1 percent"));
  CHECK(find_claim(en, "4.1 percent")->rate_of == rate_kind::yoy);
  CHECK(find_claim(en, "4.1 percent")->period_to.value_or(0) == 2024);
  auto in_year = run("Gartner said the memory market will grow 21% in 2026 to $310 billion.");
  CHECK(find_claim(in_year, "21%")->rate_of == rate_kind::yoy);
  CHECK(find_claim(in_year, "21%")->period_to.value_or(0) == 2026);
  CHECK(find_claim(in_year, "$310 billion")->subject.value_or("") == "memory market");
  auto ko = run("작년 반도체 수출은 986억 달러로 23.7% 줄었다.", "t.txt", "2024-02-01");
  REQUIRE(find_claim(ko, "23.7%"));
  CHECK(find_claim(ko, "23.7%")->rate_of == rate_kind::yoy);
  CHECK(find_claim(ko, "23.7%")->rate->point < 0);
  // The base written: a change between the two figures, not year over year.
  auto between = run("수출은 2022년 1조원에서 2023년 1조2000억원으로 20% 늘었다.");
  CHECK(find_claim(between, "20%")->rate_of == rate_kind::total);
  // A target year ("by 2030") is a total change over the span.
  auto target = run("The market will grow 40% to $9bn by 2030.");
  CHECK(find_claim(target, "40%")->rate_of != rate_kind::yoy);
}

TEST_CASE("years from quarters, fiscal names, 'today' and a sentence-opening relative year") {
  auto quarter = run("LG의 2분기 영업이익은 8000억원이었다.", "t.txt", "2024-07-30");
  CHECK(find_claim(quarter, "8000억원")->year.value_or(0) == 2024);
  auto last_q = run("The firm shipped 1.3 million vehicles last quarter.", "t.txt", "2025-01-08");
  REQUIRE(find_claim(last_q, "1.3 million vehicles"));
  CHECK(find_claim(last_q, "1.3 million vehicles")->year.value_or(0) == 2024);
  auto late = run("4분기 매출은 3조원이었다.", "t.txt", "2025-02-10");
  CHECK(find_claim(late, "3조원")->year.value_or(0) == 2024);  // Q4 seen from February
  auto fiscal = run("In fiscal 2022-23 the Indian market grew 11% to $4.2bn.");
  CHECK(find_claim(fiscal, "$4.2bn")->year.value_or(0) == 2023);
  CHECK(find_claim(fiscal, "$4.2bn")->year_relation == "fiscal");
  auto ended = run("Costs were $8 million for the year ended June 30, 2024.");
  CHECK(find_claim(ended, "$8 million")->year.value_or(0) == 2024);
  auto today =
      run("Valued at about $3bn today, the segment may reach $7bn by 2031.", "t.txt", "2025-03-01");
  CHECK(find_claim(today, "$3bn")->year.value_or(0) == 2025);
  auto opening =
      run("지난해 매출은 2조원으로 늘었고 영업이익은 1500억원이었다.", "t.txt", "2024-03-01");
  CHECK(find_claim(opening, "1500억원")->year.value_or(0) == 2023);
}

TEST_CASE("the figure a growth over a written period reaches belongs to the period's end") {
  auto en = run("Revenue should grow at a CAGR of 9.4% over 2025-2032 to reach USD 3.1 billion.");
  CHECK(find_claim(en, "USD 3.1 billion")->year.value_or(0) == 2032);
  auto ko = run("시장은 2024~2028년 연평균 12% 성장해 40억 달러에 이를 전망이다.");
  CHECK(find_claim(ko, "40억 달러")->year.value_or(0) == 2028);
  auto ahead = run("향후 5년간 시장은 연평균 8% 성장할 전망이다.", "t.txt", "2024-05-01");
  CHECK(find_claim(ahead, "8%")->period_from.value_or(0) == 2024);
  CHECK(find_claim(ahead, "8%")->period_to.value_or(0) == 2029);
  auto through = run("Spending is set to rise 4% a year through 2027.");
  CHECK(find_claim(through, "4%")->period_to.value_or(0) == 2027);
}

TEST_CASE("anaphoric and vague sources") {
  auto alone = run("보고서는 시장이 2030년 50억 달러로 커질 것으로 내다봤다.");
  CHECK_FALSE(find_claim(alone, "50억 달러")->source);
  auto carried = run(
      "가트너는 새 보고서를 발표했다. 보고서는 시장이 2030년 50억 달러로 커질 것으로 내다봤다.");
  CHECK(find_claim(carried, "50억 달러")->source.value_or("") == "가트너");
  auto crowd = run("Analysts expect the segment to top $40 billion by 2029.");
  CHECK(find_claim(crowd, "$40 billion")->source.value_or("") == "analysts");
}

TEST_CASE("counted nouns named before a figure, hedges after a bracket or capitalised") {
  auto units = run("Unit sales climbed 50% from a year earlier to 2.4 million.");
  REQUIRE(find_claim(units, "2.4 million"));
  CHECK(find_claim(units, "2.4 million")->unit.value_or("") == "units");
  CHECK_FALSE(find_claim(run("Revenue climbed 50% to 2.4 million."), "2.4 million"));
  auto level = run("올해 시장은 30억 달러(약 4조원) 수준으로 추산된다.", "t.txt", "2024-01-01");
  CHECK(find_claim(level, "30억 달러")->value_hedge == "about");
  auto about = run("About 3.5% of revenue goes to research.");
  CHECK(find_claim(about, "3.5%")->value_hedge == "about");
}

TEST_CASE("after a paragraph break, 'the market' is not pinned to a sub-market named last") {
  const char* md =
      "The global robotics market was worth USD 40 billion in 2023.\n\n"
      "The U.S. market is expected to reach USD 30 billion by 2030.\n\n"
      "Per Omdia, the market will be worth $90 billion in 2030.\n";
  auto r = run(md, "t.md");
  REQUIRE(find_claim(r, "$90 billion"));
  CHECK(find_claim(r, "$90 billion")->subject_key != find_claim(r, "USD 30 billion")->subject_key);
  CHECK(r.findings.empty());  // two 2030 figures, but not of one market
  // Within one paragraph the bare reference still means the market named last.
  auto same =
      run("The U.S. market is expected to reach USD 30 billion by 2030. The market was "
          "worth USD 12 billion in 2023.",
          "t.md");
  CHECK(find_claim(same, "USD 12 billion")->subject_key ==
        find_claim(same, "USD 30 billion")->subject_key);
}

TEST_CASE("a relative year or quarter before a sentence's first figure dates its later clauses") {
  auto r = run("현대차의 지난해 매출은 162조원으로 14% 늘었고, 영업이익은 15조원이었다.", "t.txt",
               "2024-02-01");
  CHECK(find_claim(r, "15조원")->year.value_or(0) == 2023);
  CHECK(find_claim(r, "15조원")->subject.value_or("") == "영업이익");  // not "늘었고, 영업이익"
  auto q =
      run("기아는 올 2분기 매출 27조원, 영업이익 3조6천억원을 기록했다.", "t.txt", "2024-07-26");
  CHECK(find_claim(q, "3조6천억원")->year.value_or(0) == 2024);
}

TEST_CASE("a year or time topic (2030년에는) is not a source") {
  auto r = run("협회는 시장이 올해 25조원 규모로, 2030년에는 60조원을 넘어설 것으로 내다봤다.");
  CHECK(find_claim(r, "60조원")->source.value_or("") == "협회");
}

TEST_CASE("joint attributions: 각각/respectively gives each figure its own source") {
  auto each = run("가트너와 IDC는 올해 서버 시장 규모를 각각 1100억 달러, 1250억 달러로 추정했다.",
                  "t.txt", "2024-05-01");
  CHECK(find_claim(each, "1100억 달러")->source.value_or("") == "가트너");
  CHECK(find_claim(each, "1250억 달러")->source.value_or("") == "IDC");
  CHECK(each.findings.empty());  // the sentence itself sets the two estimates side by side
  auto en =
      run("Gartner and IDC put the 2025 server market at $110 billion and $125 billion, "
          "respectively.");
  CHECK(find_claim(en, "$125 billion")->source.value_or("") == "IDC");
  // Without 각각 both sources stand behind the figure: one claim each.
  auto both = run("가트너와 IDC는 시장이 2030년 3000억 달러에 이를 것으로 내다봤다.");
  int n = 0;
  for (const auto& c : both.claims) n += c.text == "3000억 달러";
  CHECK(n == 2);
}

TEST_CASE("a percentage listed after shares is a share") {
  auto r = run("점유율은 A사가 60%, B사가 25%, C사가 10% 수준이다.");
  REQUIRE(find_claim(r, "10%"));
  CHECK(find_claim(r, "10%")->kind == fc::claim_kind::share);
}

TEST_CASE("a past-year base in a Korean forecast sentence is a measurement, not a stale forecast") {
  auto r =
      run("글로벌 시장은 2022년 400억 달러 규모로 2030년까지 연평균 17.2% 성장해 1,400억 달러에 "
          "이를 것으로 보인다.",
          "t.txt", "2023-06-01");
  CHECK_FALSE(find_claim(r, "400억 달러")->forecast);
  CHECK(find_claim(r, "1,400억 달러")->forecast);
  CHECK(fc::test::count_rule(r, "stale-forecast") == 0);
}

TEST_CASE("with no market named, a subject-less rate takes the bare market just before") {
  auto r =
      run("이 시장은 2023년 30조원에서 2027년 45조원으로 커질 전망이다. 연평균 성장률은 25%다.");
  CHECK(find_claim(r, "25%")->subject.value_or("") == "시장");
  CHECK(fc::test::count_rule(r, "cagr-mismatch") == 1);
}

TEST_CASE("earnings wording: a quarter of a year after a figure, net income, 'a year earlier'") {
  auto q =
      run("Third-quarter net sales were $18.2 billion, compared with $16.9 billion in the third "
          "quarter of 2023.",
          "t.txt", "2024-10-22");
  CHECK(find_claim(q, "$16.9 billion")->year.value_or(0) == 2023);
  CHECK(q.findings.empty());
  auto income =
      run("Revenue rose 8% to $3.2 billion in 2024, while net income fell 12% to $410 million.");
  CHECK(find_claim(income, "$410 million")->subject_key !=
        find_claim(income, "$3.2 billion")->subject_key);
  CHECK(income.findings.empty());
  auto earlier = run("Revenue rose to $30.8 billion from $10.3 billion a year earlier.");
  CHECK_FALSE(find_claim(earlier, "$10.3 billion")->per);
}

TEST_CASE("source names: tickers in brackets, 측 and a report described by its publisher") {
  auto ticker = run("Acme Robotics (NASDAQ: ACMR) said revenue rose 8% to $3.2 billion in 2024.");
  CHECK(find_claim(ticker, "$3.2 billion")->source.value_or("") == "Acme Robotics");
  CHECK_FALSE(
      find_claim(run("회사 측은 올해 매출이 3조원에 이를 것으로 내다봤다."), "3조원")->source);
  CHECK_FALSE(
      find_claim(run("협회가 발표한 보고서는 시장이 2030년 5조원에 달할 것으로 전망했다."), "5조원")
          ->source);
}

TEST_CASE("a closing attribution ('…, X said.', '…고 X가 밝혔다') covers the sentence") {
  auto en =
      run("Its share of the tablet market fell to 38% from 41% a year earlier, a drop of 3 "
          "percentage points, Canalys said.");
  CHECK(find_claim(en, "38%")->source.value_or("") == "Canalys");
  CHECK(find_claim(en, "3 percentage points")->source.value_or("") == "Canalys");
  auto ko =
      run("국내 스마트팜 시장은 2029년 3조원 규모로 커질 것이라고 한국농촌경제연구원이 밝혔다.");
  CHECK(find_claim(ko, "3조원")->source.value_or("") == "한국농촌경제연구원");
  // With more figures after it, the name stands behind those before it and, as the nearest,
  // those after it.
  auto mid = run("Sales rose 5%, Canalys said, to 12 million units in 2024.");
  CHECK(find_claim(mid, "12 million units")->source.value_or("") == "Canalys");
  CHECK(find_claim(mid, "5%")->source.value_or("") == "Canalys");
  auto wire =
      run("Sales are forecast to rise 15% to ¥4.25 trillion in fiscal 2025, the Semiconductor "
          "Equipment Association of Japan said Tuesday, up from a previous forecast of ¥4.04 "
          "trillion. Grocery sales rose 7.4% over the 12 weeks, market researcher Kantar said.");
  CHECK(find_claim(wire, "15%")->source.value_or("") ==
        "Semiconductor Equipment Association of Japan");
  CHECK(find_claim(wire, "7.4%")->source.value_or("") == "Kantar");
  // An earlier attribution still wins for the figures after it.
  auto two = run("According to IDC, shipments rose 5%, while sales fell 3%, Canalys said.");
  CHECK(find_claim(two, "5%")->source.value_or("") == "IDC");
}

TEST_CASE("a level after 'fell to' or 'from' keeps its sign; one share in two years is no list") {
  auto en = run("Its share of the tablet market fell to 38% from 41% a year earlier.");
  CHECK(find_claim(en, "41%")->rate->point == doctest::Approx(0.41));
  CHECK(find_claim(en, "38%")->kind == fc::claim_kind::share);
  auto ko = run("이 회사의 태블릿 시장 점유율은 2023년 41%에서 2024년 38%로 낮아졌다.");
  CHECK(ko.findings.empty());
}

TEST_CASE("the end of a forecast move is a forecast; entering a market names no market") {
  auto en =
      run("The global lidar market is expected to grow from $2.1 billion in 2024 to $6.4 "
          "billion by 2029.");
  CHECK_FALSE(find_claim(en, "$2.1 billion")->forecast);
  CHECK(find_claim(en, "$6.4 billion")->forecast);
  auto ko =
      run("업계는 국내 중고 전기차 시장 규모를 연간 2조원 이상으로 본다. 대기업들의 시장 진출이 "
          "본격화하면 2030년에는 약 5조원에 달할 것이라는 관측도 나온다.");
  CHECK(find_claim(ko, "5조원")->subject.value_or("").find("진출") == std::string::npos);
  CHECK(find_claim(ko, "5조원")->subject_key == find_claim(ko, "2조원")->subject_key);
}

TEST_CASE("'&' joins one firm's name; 'and' joins two sources") {
  auto one =
      run("According to Frost & Sullivan, the global telehealth market will reach $64.1 "
          "billion in 2027.");
  REQUIRE(one.claims.size() == 1);
  CHECK(one.claims[0].source.value_or("") == "Frost & Sullivan");
  auto two =
      run("Gartner and IDC expect the global telehealth market to reach $64.1 billion in "
          "2027.");
  CHECK(two.claims.size() == 2);
}
