// English attributions as wire copy and press releases write them: a description before the
// name, the report referred back to, an appositive between the name and its verb, a name's
// abbreviation in brackets; and a possessive that is a compound, not a source.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

TEST_CASE("'according to a new report by X' names X, not the report") {
  auto r =
      run("According to a new report by Fortune Business Insights, the global plant-based meat "
          "market is projected to reach USD 24.8 billion by 2028.");
  CHECK(find_claim(r, "USD 24.8 billion")->source.value_or("") == "Fortune Business Insights");
  auto data =
      run("LNG imports rose 4% to 431 million tons in 2025, according to ship-tracking data "
          "compiled by Kpler.");
  CHECK(find_claim(data, "431 million tons")->source.value_or("") == "Kpler");
  // A date after the description is not a name; a comma ends the description.
  auto dated = run("The market grew 8% in 2024, according to figures released on Friday.");
  CHECK_FALSE(find_claim(dated, "8%")->source);
  auto vague = run("According to estimates, the Chinese market reached $4 billion in 2024.");
  CHECK_FALSE(find_claim(vague, "$4 billion")->source);
}

TEST_CASE("'according to the report' refers to the source named before it") {
  auto r =
      run("Allied Market Research published a report on clear aligners. According to the report, "
          "the global clear aligners market was valued at $2.9 billion in 2019.");
  CHECK(find_claim(r, "$2.9 billion")->source.value_or("") == "Allied Market Research");
}

TEST_CASE("an appositive or a bracketed abbreviation between the name and its verb") {
  auto r =
      run("Research firm Gartner, which tracks vendor revenue rather than shipments, puts this "
          "year's market at $793 billion.");
  CHECK(find_claim(r, "$793 billion")->source.value_or("") == "Gartner");
  auto abbr =
      run("Global chip sales will grow 12.8% to $845 billion next year, World Semiconductor Trade "
          "Statistics (WSTS) said on Tuesday.");
  CHECK(find_claim(abbr, "$845 billion")->source.value_or("") ==
        "World Semiconductor Trade Statistics");
}

TEST_CASE("a possessive before 'data' followed by a noun is a compound, not a source") {
  auto r =
      run("SINGAPORE, March 3 (Reuters) - Southeast Asia's data centre market is set to nearly "
          "double by 2028.");
  REQUIRE(find_claim(r, "double") != nullptr);
  CHECK(find_claim(r, "double")->source.value_or("") != "Southeast Asia");
  auto firm = run("Statista's data show the market reached $6.9 billion in 2023.");
  CHECK(find_claim(firm, "$6.9 billion")->source.value_or("") == "Statista");
}

TEST_CASE("a wire dateline is not part of the subject") {
  auto r =
      run("TOKYO, Oct 22 (Bloomberg) -- Sales of chipmaking equipment are forecast to rise 15% to "
          "¥4.25 trillion in 2025.");
  CHECK(find_claim(r, "¥4.25 trillion")->subject.value_or("").find("Bloomberg") ==
        std::string::npos);
}

TEST_CASE("an institution named 'X of A, B and C' is one source") {
  auto r =
      run("Lithium export earnings are forecast to reach A$16.6 billion in 2023, the Department of "
          "Industry, Science and Resources said on Wednesday.");
  CHECK(find_claim(r, "A$16.6 billion")->source.value_or("") ==
        "Department of Industry, Science and Resources");
  auto smmt =
      run("Registrations rose 12% to 1.95 million vehicles, the Society of Motor Manufacturers and "
          "Traders (SMMT) said on Friday.");
  CHECK(find_claim(smmt, "12%")->source.value_or("") ==
        "Society of Motor Manufacturers and Traders");
  // Two firms joined by "and" stay two sources.
  auto joint = run("The market will reach $5 billion in 2027, Gartner and IDC said.");
  CHECK(find_claim(joint, "$5 billion")->source.value_or("") != "Gartner and IDC");
}

TEST_CASE("a participle clause between a name and its verb") {
  auto r =
      run("Analysys Mason, using a broader definition that includes maritime links, puts the 2029 "
          "figure at about $24 billion.");
  CHECK(find_claim(r, "$24 billion")->source.value_or("") == "Analysys Mason");
}

TEST_CASE("a closing attribution after a description: '…, Taiwan-based market researcher X said'") {
  auto r = run(
      "Global DRAM revenue is forecast to jump 75% this year to about $90.7 billion, Taiwan-based "
      "market researcher TrendForce said on Sunday.");
  CHECK(find_claim(r, "$90.7 billion")->source.value_or("") == "TrendForce");
}

TEST_CASE("a possessive names the publisher: 'according to X's report', 'By X's count'") {
  auto r = run(
      "The games market will generate $184.0 billion in 2023, according to Newzoo's latest Global "
      "Games Market Report.");
  CHECK(find_claim(r, "$184.0 billion")->source.value_or("") == "Newzoo");
  auto count = run("By Ampere's count, the subscription video market will reach $118 billion.");
  CHECK(find_claim(count, "$118 billion")->source.value_or("") == "Ampere");
}

TEST_CASE("a sentence with no attribution inherits the source named last in its paragraph") {
  auto r = run(
      "DRAM revenue will jump 75% this year to $90.7 billion, TrendForce said. Revenue had "
      "slumped to $51.8 billion in 2023.\n\nIDC expects PC shipments of 260 million units in "
      "2025. Gartner sees 250 million units in 2025.\n\nTablet shipments were 130 million units "
      "in 2024.");
  auto carried = find_claim(r, "$51.8 billion");
  CHECK(carried->source.value_or("") == "TrendForce");
  CHECK(carried->source_carried);
  CHECK_FALSE(find_claim(r, "$90.7 billion")->source_carried);
  // Several publishers and a new paragraph: nobody's figure.
  CHECK_FALSE(find_claim(r, "130 million units")->source);
}

TEST_CASE("an article with one source gives it to every unattributed figure, the lede too") {
  auto r = run(
      "The market was worth $3.1 billion in 2023.\n\nThe global market will reach $5.2 billion in "
      "2028, according to MarketsandMarkets.\n\nExports rose to $1.1 billion in 2024.");
  CHECK(find_claim(r, "$3.1 billion")->source.value_or("") == "MarketsandMarkets");
  CHECK(find_claim(r, "$1.1 billion")->source.value_or("") == "MarketsandMarkets");
}

TEST_CASE("figures of one source that disagree only through a carried source stay a warning") {
  auto r = run(
      "The robot market reached $40 billion in 2024, IFR said. The robot market was $46 billion "
      "in 2024.");
  bool found = false;
  for (const auto& f : r.findings)
    if (f.rule == "figure-disagreement") {
      found = true;
      CHECK(f.level == fc::severity::warning);
    }
  CHECK(found);
}

TEST_CASE("a single source is not given to figures many sentences before it is named") {
  auto r = run(
      "Sales of meat substitutes could reach $85 billion by 2030. Demand is rising fast. Prices "
      "are falling. Supermarkets are adding shelf space. Acme Foods reported revenue of $67.3 "
      "million in 2024.");
  CHECK_FALSE(find_claim(r, "$85 billion")->source);
  CHECK(find_claim(r, "$67.3 million")->source.value_or("") == "Acme Foods");
}

TEST_CASE("a firm's analysts, a perfect tense and a revision name the source") {
  auto r = run(
      "Sales could reach $85 billion by 2030, UBS analysts wrote. Barclays has put the market at "
      "$140 billion by 2029. Newzoo has trimmed its forecast, saying revenues will be $950.6 "
      "million in 2020. Acme raised $50 million in 2021.");
  CHECK(find_claim(r, "$85 billion")->source.value_or("") == "UBS");
  CHECK(find_claim(r, "$140 billion")->source.value_or("") == "Barclays");
  CHECK(find_claim(r, "$950.6 million")->source.value_or("") == "Newzoo");
  CHECK(find_claim(r, "$50 million")->source.value_or("") != "Acme");
}

TEST_CASE("Korean counts and surveys, a report released and a name ending in 지 name the source") {
  auto tally = run("한국면세점협회 집계 결과 지난해 국내 면세점 매출은 12조4000억원이었다.");
  CHECK(find_claim(tally, "12조4000억원")->source.value_or("") == "한국면세점협회");
  auto survey =
      run("한국로봇산업협회가 30일 발표한 '로봇산업 실태조사' 결과 지난해 국내 로봇산업 매출은 "
          "5조9000억원이었다.");
  CHECK(find_claim(survey, "5조9000억원")->source.value_or("") == "한국로봇산업협회");
  auto report =
      run("에너지 컨설팅업체 우드맥킨지는 세계 수전해 설비 시장이 2030년 1300억달러 규모로 성장할 "
          "것이라는 보고서를 내놓았다.");
  CHECK(find_claim(report, "1300억달러")->source.value_or("") == "우드맥킨지");
  // A verb before 는 is still no name.
  auto verb = run("시장이 빠르게 커지는 가운데 올해 규모는 2조원으로 전망했다.");
  CHECK_FALSE(find_claim(verb, "2조원")->source);
  // "업계는 … 보고 있다": the industry at large is not carried to other sentences.
  auto crowd =
      run("지난해 면세점 매출은 12조4000억원이었다. 업계는 올해 매출이 11조원에 머물 것으로 보고 "
          "있다.");
  CHECK(find_claim(crowd, "12조4000억원")->source.value_or("") != "업계");
}

TEST_CASE("publishers named through a report, a title, a weekday or an analyst") {
  auto ko = run(
      "한국관광공사(KTO)가 펴낸 캠핑산업 실태 보고서에 따르면 국내 캠핑 시장은 작년 6조원 규모로 "
      "집계됐다.",
      "t.txt", "2024-04-01");
  CHECK(find_claim(ko, "6조원")->source.value_or("") == "한국관광공사(KTO)");
  auto analyst = run(
      "Smartwatch shipments fell 8% to 41.2 million units in 2023, IDC analyst Maria Reyes said.");
  CHECK(find_claim(analyst, "41.2 million units")->source.value_or("") == "IDC");
  auto noun = run(
      "Solar installations reached 32 GW in 2023, according to BloombergNEF. Rooftop projects made "
      "up 11.5 GW.");
  CHECK(find_claim(noun, "11.5 GW")->source.value_or("") == "BloombergNEF");
}

TEST_CASE("a name and its initials are one publisher") {
  auto r = run(
      "International Data Corporation expects 2025 global tablet shipments of 140 million units. "
      "IDC separately put 2025 global tablet shipments at 118 million units.");
  CHECK(count_rule(r, "figure-disagreement") == 1);
  CHECK(find_claim(r, "118 million units")->source.value_or("") == "IDC");
}

TEST_CASE("a source named with a date before its publishing verb, and one that points back") {
  auto r = run("시장조사기관 프로스트앤리서치가 18일 내놓은 보고서에 따르면 시장은 10억 달러다.");
  CHECK(find_claim(r, "10억 달러")->source.value_or("") == "프로스트앤리서치");
  auto back =
      run("세계 시장은 2026년 584억 달러로 커질 것이라는 분석이 나왔다. 시장조사기관 "
          "프로스트앤리서치가 18일 내놓은 보고서에 따른 것으로, 주요 바이오의약품의 특허 만료가 "
          "잇따르는 점이 성장 배경으로 꼽혔다.",
          "t.txt", "2022-05-18");
  CHECK(find_claim(back, "584억 달러")->source.value_or("") == "프로스트앤리서치");
}

TEST_CASE("a share that moves between two levels is no pair of rates") {
  auto r =
      run("연구원은 국내 데이터센터 전력 수요가 지난해 5.1GW에서 2030년 11.4GW로 늘어나고, 이 "
          "가운데 AI 전용 데이터센터가 차지하는 비중도 같은 기간 18%에서 47%로 높아질 것이라고 "
          "밝혔다.",
          "t.txt", "2026-01-28");
  CHECK(count_rule(r, "change-mismatch") == 0);
  CHECK(find_claim(r, "47%")->kind == fc::claim_kind::share);
}

TEST_CASE("a rival named with an appositive or a participle is its figure's source") {
  auto r =
      run("Halden & Ross puts the global market at $29.4 billion in 2023. BioPath Consulting, "
          "which tracks only the United States and Europe, sizes the 2023 market at $21.0 "
          "billion.",
          "t.txt", "2024-03-01");
  CHECK(find_claim(r, "$21.0 billion")->source.value_or("") == "BioPath Consulting");
  CHECK(count_rule(r, "figure-disagreement") == 0);
  auto p =
      run("Cobalt Street expects 1,850 GWh of demand in 2026. Rival consultancy Voltaire "
          "Analytics is more cautious, projecting 1,520 GWh for 2026.",
          "t.txt", "2024-03-01");
  CHECK(find_claim(p, "1,520 GWh")->source.value_or("") == "Voltaire Analytics");
}

TEST_CASE("bulleted items are the parts of the total before them") {
  auto r =
      run("지난해 세계 연료전지 시장 규모는 127억 8000만 달러로 집계됐다. 지역별 시장 규모는 "
          "▲아시아태평양 62억 4000만 달러 ▲북미 31억 8000만 달러 ▲유럽 27억 5000만 달러 순이다.",
          "t.txt", "2026-02-12");
  CHECK(find_claim(r, "31억 8000만 달러")->subject.value_or("") == "북미");
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("'30% 넘는 성장세' is a verb, never a source named 넘") {
  auto r =
      run("농식품트렌드연구소가 8일 내놓은 보고서에 따르면 2017년 2000억 원 수준이던 국내 밀키트 "
          "시장은 "
          "매년 30% 넘는 성장세를 이어가며 지난해 1700억 원 규모로 커졌다.",
          "t.txt", "2020-04-08");
  CHECK(find_claim(r, "1700억 원")->source.value_or("") == "농식품트렌드연구소");
}

TEST_CASE("a topic-marked word of time is never a source") {
  for (const char* adverb : {"앞으로는", "향후에는", "당분간은", "올해는"}) {
    CAPTURE(adverb);
    auto r = run(std::string("국내 밀키트 시장은 2023년 3400억원이었다. ") + adverb +
                 " 연평균 9%씩 성장할 전망이다.");
    REQUIRE(find_claim(r, "9%"));
    CHECK_FALSE(find_claim(r, "9%")->source.has_value());
  }
}

TEST_CASE("analysts at a firm, and a rival opening a sentence with a participle, are sources") {
  auto r =
      run("Analysts at Brookmere Capital now forecast that the global padel market will reach $9 "
          "billion by 2030. Rival Tamsin Research is more cautious, pencilling in $7 billion for "
          "2030.");
  REQUIRE(find_claim(r, "$9 billion"));
  REQUIRE(find_claim(r, "$7 billion"));
  CHECK(find_claim(r, "$9 billion")->source.value_or("") == "Brookmere Capital");
  CHECK(find_claim(r, "$7 billion")->source.value_or("") == "Tamsin Research");
  // Two firms' estimates of one year are rival estimates, not a figure that disagrees with itself.
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("a common noun of an organisation points back to the source it names") {
  auto firm = run(
      "시장조사업체 테크노바는 세계 수직농장 시장이 2030년 240억달러에 이를 것으로 내다봤다. 이 "
      "회사는 2030년 수직농장 시장 가운데 북미가 35%를 차지할 것으로 예상했다.");
  REQUIRE(find_claim(firm, "35%"));
  CHECK(find_claim(firm, "35%")->source.value_or("") == "테크노바");
  auto joint =
      run("한국펫산업협회와 업계에 따르면 펫보험 시장은 지난해 800억원이었다. 협회는 올해 시장이 "
          "1000억원을 넘을 것으로 내다봤다.");
  REQUIRE(find_claim(joint, "1000억원"));
  CHECK(find_claim(joint, "1000억원")->source.value_or("") == "한국펫산업협회");
}

TEST_CASE("a firm opening a contrast clause, then a participle, gives the figures after it") {
  auto r = run(
      "Tamsin Research values the global padel market at $2.3 billion this year and expects $9.1 "
      "billion by 2034, while Brookmere Capital takes a shorter view, projecting growth from $2.0 "
      "billion in 2023 to $6.2 billion in 2030, or 17.6% a year.",
      "t.txt", "2024-06-01");
  REQUIRE(find_claim(r, "$2.0 billion"));
  CHECK(find_claim(r, "$2.0 billion")->source.value_or("") == "Brookmere Capital");
  CHECK(find_claim(r, "17.6%")->source.value_or("") == "Brookmere Capital");
  CHECK(count_rule(r, "cagr-mismatch") == 0);
}

TEST_CASE("'보고서는' points back to the publisher of the report named before") {
  auto r =
      run("한빛리서치는 '전기차 충전 시장 전망' 보고서에서 국내 충전 시장이 2030년 4조원 규모가 될 "
          "것으로 내다봤다. 환경부에 따르면 지난해 충전기는 30만기였다. 보고서는 2030년 충전 시장 "
          "2조5000억원 가운데 절반이 급속충전에서 나올 것으로 분석했다.");
  REQUIRE(find_claim(r, "2조5000억원"));
  CHECK(find_claim(r, "2조5000억원")->source.value_or("") == "한빛리서치");
}

TEST_CASE("a firm with an aside, then a clause about it, 'and puts' gives its own estimate") {
  auto r = run(
      "Tamsin estimates padel revenue at $1.8 billion in 2023; for this year it forecasts $3.0 "
      "billion, and it sees the market reaching $5.4 billion by 2028, a compound annual growth "
      "rate of about 21.6% from this year's base. Brookmere, which excludes court rentals, is more "
      "conservative and puts this year's market at about $2.6 billion.",
      "t.txt", "2025-06-01");
  REQUIRE(find_claim(r, "$2.6 billion"));
  CHECK(find_claim(r, "$2.6 billion")->source.value_or("") == "Brookmere");
  CHECK(find_claim(r, "$5.4 billion")->subject_key == find_claim(r, "$3.0 billion")->subject_key);
  CHECK(count_rule(r, "cagr-mismatch") == 0);
}

TEST_CASE("a report released on a day names its publisher; 'X is …: it sees' is X's estimate") {
  auto released = run(
      "The padel market is forecast to reach $2.7 billion by 2030, according to a report released "
      "on Wednesday by Kestrel Research.");
  REQUIRE(find_claim(released, "$2.7 billion"));
  CHECK(find_claim(released, "$2.7 billion")->source.value_or("") == "Kestrel Research");
  auto pronoun = run(
      "Tamsin values the padel market at $5.4 billion this year. Brookmere is less optimistic on "
      "size but not on pace: it sees the market growing from $4.2 billion in 2023 to $17.3 "
      "billion by 2028.",
      "t.txt", "2023-06-01");
  REQUIRE(find_claim(pronoun, "$4.2 billion"));
  CHECK(find_claim(pronoun, "$4.2 billion")->source.value_or("") == "Brookmere");
  CHECK(count_rule(pronoun, "figure-disagreement") == 0);
}

TEST_CASE("a firm with an aside, its own clause and 'but forecasts'; a firm's base case") {
  auto r =
      run("Kestrel puts the padel market at $21.5 billion in 2024, whereas Norwood Partners, which "
          "excludes court rentals, starts from a lower 2024 base of $18 billion but forecasts $90 "
          "billion in 2033. Morgan Stanley's base case is $55 billion for 2030.");
  CHECK(find_claim(r, "$18 billion")->source.value_or("") == "Norwood Partners");
  CHECK(find_claim(r, "$55 billion")->source.value_or("") == "Morgan Stanley");
  CHECK(count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("one word 'and' an institution's name is one source; 'X alone' is part of an item") {
  auto r =
      run("Farmed shrimp output reached 6.1 million tonnes in 2023, the Food and Agriculture "
          "Organization said. Asia accounts for about 90% of farmed production, with Vietnam alone "
          "contributing 25%.");
  REQUIRE(find_claim(r, "6.1 million tonnes"));
  CHECK(find_claim(r, "6.1 million tonnes")->source.value_or("") ==
        "Food and Agriculture Organization");
  CHECK(count_rule(r, "share-overflow") == 0);
  CHECK(count_rule(run("Gartner and IDC see the market at $5 billion in 2025."),
                   "figure-disagreement") == 0);
}

TEST_CASE("a possessive source past words that qualify its estimate, and 'arrives at'") {
  auto r = fc::test::run(
      "Marlow Research puts global drone spending at $14bn in 2024, while Kestrel Analytics, "
      "which includes loitering munitions, arrives at $16.5bn for the same year. Marlow expects "
      "spending to reach $31bn by 2032; Kestrel's more aggressive forecast of $38bn by 2032 "
      "implies faster growth.",
      "t.txt", "2025-02-11");
  CHECK(*fc::test::find_claim(r, "$16.5bn")->source == "Kestrel Analytics");
  CHECK(*fc::test::find_claim(r, "$38bn")->source == "Kestrel");
  CHECK(fc::test::count_rule(r, "figure-disagreement") == 0);
}
