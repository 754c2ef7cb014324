// Subjects join through aliases, shipped and configured, including chains of aliases.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "../support.hpp"

TEST_CASE("a configured alias chained to a shipped one joins three names into one subject") {
  namespace fs = std::filesystem;
  auto cfg = fs::temp_directory_path() / "forecheck-subjects.toml";
  std::ofstream(cfg) << "[subjects.aliases]\n\"AI 서비스 시장\" = \"생성형 AI 시장\"\n";
  fc::check_options o;
  o.config_path = cfg.string();
  const char* text =
      "AI 서비스 시장은 2023년 14억달러 규모다. 생성 AI 시장은 2028년 10억달러로 예측된다. "
      "생성형 AI 시장은 연평균 약 17% 성장할 것으로 봤다.";
  auto joined = fc::check_text("a.txt", text, o);
  std::string key;
  for (const auto& c : joined.claims) {
    REQUIRE(c.subject_key);
    if (key.empty()) key = *c.subject_key;
    CHECK(*c.subject_key == key);
  }
  fc::check_options plain;
  plain.discover_config = false;
  auto separate = fc::check_text("a.txt", text, plain);
  CHECK(separate.claims[0].subject_key != separate.claims[1].subject_key);
  fs::remove(cfg);
}

TEST_CASE("segments and regions are their own subjects, never the market named before") {
  // Compact press-release style: the segment's and the region's CAGRs sit right after the
  // market's figures; read as the market's they would contradict 81.4 -> 148.2.
  auto r = fc::test::run(
      "The global heat pump market was valued at USD 81.4 billion in 2023 and should reach "
      "USD 148.2 billion by 2032. The residential segment is projected to grow at a CAGR of 9.8%. "
      "Europe is expected to register a CAGR of 10.5%.");
  const auto* segment = fc::test::find_claim(r, "9.8%");
  const auto* region = fc::test::find_claim(r, "10.5%");
  REQUIRE(segment);
  REQUIRE(region);
  CHECK(segment->subject.value_or("") == "residential segment");
  CHECK(region->subject.value_or("") == "Europe");
  CHECK(r.findings.empty());
  auto ko = fc::test::run(
      "글로벌 히트펌프 시장은 2023년 814억 달러에서 2032년 1482억 달러로 커질 "
      "전망이다. 북미 지역은 연평균 9.5% 성장할 것으로 보인다.");
  CHECK(fc::test::find_claim(ko, "9.5%")->subject.value_or("") == "북미 지역");
  CHECK(ko.findings.empty());
  auto headline =
      fc::test::run("# Global Heat Pump Market to Hit $148.2 Billion by 2032\n", "t.md");
  REQUIRE(fc::test::find_claim(headline, "$148.2 Billion"));
  CHECK(fc::test::find_claim(headline, "$148.2 Billion")->subject.value_or("") ==
        "Global Heat Pump Market");
}

TEST_CASE(
    "market cap is a company's value, technology names stay in subjects, unit prices are per "
    "unit") {
  auto cap = fc::test::run(
      "Nvidia's market cap hit $3 trillion in 2024. The market was valued at "
      "$120 billion in 2024.");
  CHECK(cap.findings.empty());
  CHECK(fc::test::find_claim(cap, "$3 trillion")->subject_key !=
        fc::test::find_claim(cap, "$120 billion")->subject_key);
  auto g5 = fc::test::run("The 5G market, worth $50bn in 2023, could hit $100bn in 2027.");
  CHECK(fc::test::find_claim(g5, "$50bn")->subject.value_or("") == "5G market");
  auto price = fc::test::run("Shares rose 5% to $450 each.");
  CHECK(fc::test::find_claim(price, "$450")->per.value_or("") == "unit");
}

TEST_CASE("the measure a figure is written in, past its modifiers, names no new subject") {
  auto r = fc::test::run(
      "The ferry sector booked 2.4 trillion won (about $1.8 billion) in net ticket revenue last "
      "year, up 9% from 2.2 trillion won in 2022.");
  CHECK(fc::test::find_claim(r, "2.4 trillion won")->subject_key ==
        fc::test::find_claim(r, "2.2 trillion won")->subject_key);
  CHECK(fc::test::count_rule(r, "change-mismatch") == 0);
  // An article ends the modifiers: a figure placed in a market names that market.
  auto in = fc::test::run("Buyers spent $5 billion in the Asian drone market in 2024.");
  CHECK(fc::test::find_claim(in, "$5 billion")->subject.value_or("").find("drone market") !=
        std::string::npos);
}

TEST_CASE("a count of vehicles traded is a measure of its own") {
  auto r =
      fc::test::run("지난해 국내 전기 이륜차 거래 대수는 9만대로 신차 판매량(6만대)의 1.5배였다.",
                    "t.txt", "2024-03-01");
  CHECK(fc::test::find_claim(r, "9만대")->subject_key !=
        fc::test::find_claim(r, "6만대")->subject_key);
  CHECK(fc::test::count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("a whole written after a figure is no subject of it; an expected level names its own") {
  auto r = fc::test::run(
      "국내 중고 골프채 온라인 거래액은 재작년 3100억원에서 지난해 2900억원으로 줄었다. 올해도 "
      "감소세가 이어져 2800억원대에 머물 것으로 보이는데, 이는 약 3조원으로 예상되는 올해 전체 "
      "골프용품 시장의 10%에도 못 미친다.",
      "t.txt", "2024-05-01");
  const auto* online = fc::test::find_claim(r, "2800억원");
  const auto* whole = fc::test::find_claim(r, "3조원");
  REQUIRE(online);
  REQUIRE(whole);
  CHECK(online->subject_key == fc::test::find_claim(r, "2900억원")->subject_key);
  CHECK(whole->subject.value_or("").find("골프용품 시장") != std::string::npos);
  CHECK(fc::test::count_rule(r, "figure-disagreement") == 0);
}

TEST_CASE("a name opening a clause after ', and' is its figures' subject, past an apposition") {
  auto r = fc::test::run(
      "The German market is estimated at US$4.1 billion this year, and Poland, forecast to grow "
      "at a 11.4% CAGR, is expected to reach US$2.6 billion by 2029.",
      "t.txt", "2024-06-01");
  CHECK(fc::test::find_claim(r, "US$2.6 billion")->subject.value_or("") == "Poland");
  CHECK(fc::test::find_claim(r, "11.4%")->subject.value_or("") == "Poland");
  CHECK(fc::test::count_rule(r, "growth-contradiction") == 0);
  auto alone = fc::test::run(
      "Asia Pacific is the largest region with a 46% share, and Vietnam alone is worth about "
      "USD 0.8 billion.");
  CHECK(fc::test::find_claim(alone, "USD 0.8 billion")->subject.value_or("") == "Vietnam");
}

TEST_CASE("a Korean rate in brackets compared with names the phrase before the bracket") {
  auto r = fc::test::run(
      "품목별로는 습식 사료 매출이 지난해 12% 늘어 건식 사료(4%)의 세 배 수준의 증가율을 보였다.",
      "t.txt", "2024-03-01");
  CHECK(fc::test::find_claim(r, "4%")->subject.value_or("") == "건식 사료");
  CHECK(fc::test::count_rule(r, "change-mismatch") == 0);
  // A list keeps its subject: the bracketed items are its shares.
  auto list =
      fc::test::run("점유율은 삼성전자가 22.5%로 1위였고, 애플(21.0%), 샤오미(11.3%) 순이었다.");
  CHECK(fc::test::find_claim(list, "21.0%")->subject != std::optional<std::string>("애플"));
}

TEST_CASE("'N%를 웃돈다' is a bound above N") {
  auto r = fc::test::run(
      "세계 UAM 시장은 2020년 70억 달러에서 2040년 1조4740억 달러로 커질 전망이다. 연평균 "
      "성장률은 30%를 웃돈다.");
  CHECK(fc::test::find_claim(r, "30%")->value_hedge == "over");
  CHECK(r.findings.empty());
}

TEST_CASE("', with <Name> …ing' names the figures after it; a publisher there does not") {
  auto r = fc::test::run(
      "Kestrel expects regional ride-hailing GMV to reach about $30 billion by 2030, with Vietnam "
      "alone contributing some $9 billion.");
  CHECK(fc::test::find_claim(r, "$9 billion")->subject.value_or("") == "Vietnam");
  auto publisher = fc::test::run(
      "Demand is set to climb, with research company Tamsin Group forecasting that the market will "
      "expand to $15 billion by 2029 from $9.8 billion in 2023.");
  CHECK(fc::test::find_claim(publisher, "$15 billion")->subject.value_or("") !=
        "research company "
        "Tamsin Group");
  // A lower-case clause after ", with" leaves the contrast clause before it in charge.
  auto lower = fc::test::run(
      "Wallet payments should reach $480 billion by 2025, while Laos is the fastest-growing "
      "market, with transaction value rising around 35% a year.");
  CHECK(fc::test::find_claim(lower, "35%")->subject.value_or("") == "Laos");
}

TEST_CASE("a quotation opens a subject phrase of its own; a bracketed abbreviation is no measure") {
  auto q = fc::test::run(
      "Padel revenue reached $2.5 billion in 2023. \"A market of $2.5 billion last year will look "
      "small soon,\" the analyst said.",
      "t.txt", "2024-06-01");
  CHECK(fc::test::find_claim(q, "$2.5 billion last year") == nullptr);
  for (const auto& c : q.claims) CHECK(c.subject.value_or("").find('"') == std::string::npos);
  auto gmv = fc::test::run("The region's gross merchandise value (GMV) rose to $171 billion.");
  CHECK(fc::test::find_claim(gmv, "$171 billion")->subject.value_or("").find('(') ==
        std::string::npos);
}
