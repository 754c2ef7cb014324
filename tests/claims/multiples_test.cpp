// Multiples as change claims of kind factor (claim-language §2.3, §6.5): their hedge bounds
// them, and a fall inverts them (a fall of 3× is ×1/3).
#include <doctest/doctest.h>

#include <optional>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

namespace {
struct factor_case {
  const char* sentence;
  const char* text;
  const char* hedge;
  double point;
  std::optional<double> low, high;
};
}  // namespace

TEST_CASE("a multiple is a factor change with its direction and hedge") {
  const factor_case cases[] = {
      {"매출이 20배 이상 늘었다.", "20배", "at_least", 20, 20, std::nullopt},
      {"매출이 3배 늘었다.", "3배", "exact", 3, 2.5, 3.5},
      {"매출이 2.5배 증가했다.", "2.5배", "exact", 2.5, 2.45, 2.55},
      {"Revenue rose 8x.", "8x", "exact", 8, 7.5, 8.5},
      {"Revenue grew 2.5x to $3bn.", "2.5x", "exact", 2.5, 2.45, 2.55},
      {"Revenue grew ten times.", "ten times", "exact", 10, 5, 15},
      {"The market grew more than ten times.", "ten times", "over", 10, 10, std::nullopt},
      {"Revenue tripled.", "tripled", "exact", 3, 2.5, 3.5},
      {"Revenue more than doubled.", "doubled", "over", 2, 2, std::nullopt},
      {"Sales quadrupled.", "quadrupled", "exact", 4, 3.5, 4.5},
      // Falls: the factor is the inverse, its bounds swapped; an open bound stays open.
      {"매출이 3배 감소했다.", "3배", "exact", 1 / 3.0, 1 / 3.5, 1 / 2.5},
      {"매출이 20배 이상 줄었다.", "20배", "at_least", 0.05, 0, 0.05},
      {"Costs fell threefold.", "threefold", "exact", 1 / 3.0, 1 / 3.5, 1 / 2.5},
      {"Storage is now 8x cheaper.", "8x", "exact", 0.125, 1 / 8.5, 1 / 7.5},
      {"Sales halved.", "halved", "exact", 0.5, 0.45, 0.55},
      // The first verb after a Korean multiple decides, not a later clause's.
      {"매출은 3배 늘었고 비용은 줄었다.", "3배", "exact", 3, 2.5, 3.5},
  };
  for (const auto& c : cases) {
    CAPTURE(c.sentence);
    auto r = run(c.sentence);
    const auto* claim = find_claim(r, c.text);
    REQUIRE(claim);
    CHECK(claim->kind == fc::claim_kind::change);
    CHECK(claim->rate_of == fc::rate_kind::factor);
    CHECK(claim->value_hedge == c.hedge);
    CHECK(claim->rate->point == doctest::Approx(c.point));
    CHECK(claim->rate->low.has_value() == c.low.has_value());
    if (c.low && claim->rate->low) CHECK(*claim->rate->low == doctest::Approx(*c.low));
    CHECK(claim->rate->high.has_value() == c.high.has_value());
    if (c.high && claim->rate->high) CHECK(*claim->rate->high == doctest::Approx(*c.high));
  }
}

TEST_CASE("a headline restating the move's end does not hide the move from the check") {
  auto r = fc::test::run(
      "Commercial drone market to top $44 billion by 2030 — The global commercial drone market is "
      "set to triple to $44.0 billion by 2030 from $19.8 billion in 2024, according to Drone "
      "Industry Insights.");
  CHECK(fc::test::count_rule(r, "change-mismatch") == 1);
  auto near = fc::test::run(
      "Commercial drone market to top $59 billion by 2030 — The global commercial drone market is "
      "set to triple to $59.0 billion by 2030 from $19.8 billion in 2024, according to Drone "
      "Industry Insights.");
  CHECK(fc::test::count_rule(near, "change-mismatch") == 0);
}

TEST_CASE("points that fit only as a relative change are a warning that names the reading") {
  auto r = fc::test::run(
      "AWS's share of the cloud market slipped to 31% in 2024 from 33% a year earlier, a decline "
      "of 4 percentage points.");
  REQUIRE(fc::test::count_rule(r, "change-mismatch") == 1);
  CHECK(r.findings[0].level == fc::severity::warning);
  CHECK(r.findings[0].explanation.find("relative change") != std::string::npos);
  auto strict = fc::test::run(
      "AWS's share of the cloud market slipped to 31% in 2024 from 33% a year earlier, a decline "
      "of 2 percentage points.");
  CHECK(fc::test::count_rule(strict, "change-mismatch") == 0);
  auto far = fc::test::run(
      "AWS's share of the cloud market slipped to 31% in 2024 from 33% a year earlier, a decline "
      "of 12 percentage points.");
  REQUIRE(fc::test::count_rule(far, "change-mismatch") == 1);
  CHECK(far.findings[0].level == fc::severity::error);
}

TEST_CASE("a multiple that leads is held to the move the next sentence gives, over its span") {
  const std::string body =
      " 조사기관 에스엠리서치는 글로벌 ESS용 배터리 수요가 올해 185GWh에서 2027년 "
      "333GWh로 늘어날 것으로 예상했다.";
  auto r = run("ESS용 배터리 수요가 3년 만에 세 배 가까이 늘어날 것이라는 전망이 나왔다." + body,
               "t.txt", "2024-10-30");
  CHECK(count_rule(r, "change-mismatch") == 1);
  // Another span: the lede is about another move.
  auto other =
      run("ESS용 배터리 수요가 5년 만에 세 배 가까이 늘어날 것이라는 전망이 나왔다." + body,
          "t.txt", "2024-10-30");
  CHECK(count_rule(other, "change-mismatch") == 0);
  auto fits = run("ESS용 배터리 수요가 3년 만에 두 배 가까이 늘어날 것이라는 전망이 나왔다." + body,
                  "t.txt", "2024-10-30");
  CHECK(count_rule(fits, "change-mismatch") == 0);
  auto en =
      run("Demand for grid batteries is set to triple in three years, according to SM Research. "
          "The firm expects demand to rise from 185 GWh in 2024 to 333 GWh in 2027.",
          "t.txt", "2024-10-30");
  CHECK(count_rule(en, "change-mismatch") == 1);
}

TEST_CASE("a bare scaled number counts the plural noun right after it") {
  auto r =
      run("Operators completed 1.45 million delivery flights in 2024, up from 0.81 million "
          "flights in 2023.",
          "t.txt", "2025-02-01");
  const auto* c = find_claim(r, "1.45 million");
  REQUIRE(c != nullptr);
  CHECK(c->unit.value_or("") == "flights");
  // A number of times or years is no count of things.
  CHECK(find_claim(run("The index rose 3 million times in a simulation."), "3 million") == nullptr);
}

TEST_CASE("a multiple between a figure and the one compared against it") {
  auto en =
      run("U.S. retail sales of plant-based seafood have tripled in two years, reaching $98 "
          "million in 2020 against $54 million in 2018, according to NutriScope.",
          "t.txt", "2021-03-01");
  CHECK(count_rule(en, "change-mismatch") == 1);
  auto ko =
      run("올해 상반기 전 세계 친환경 선박 발주액은 340억 달러로, 지난해 같은 기간(188억 달러)보다 "
          "3배 가까이 늘었다.",
          "t.txt", "2025-07-19");
  CHECK(count_rule(ko, "change-mismatch") == 1);
  auto fits =
      run("U.S. retail sales of plant-based seafood have nearly doubled in two years, reaching "
          "$98 million in 2020 against $54 million in 2018, according to NutriScope.",
          "t.txt", "2021-03-01");
  CHECK(count_rule(fits, "change-mismatch") == 0);
}

TEST_CASE("'the same period a year before' has the period of the figure before it") {
  auto r = run(
      "연구소에 따르면 올해 상반기 전 세계 LNG·메탄올 추진선 등 친환경 선박 발주액은 340억 달러로, "
      "지난해 같은 기간(188억 달러)보다 3배 가까이 늘었다.",
      "t.txt", "2025-07-19");
  CHECK(count_rule(r, "change-mismatch") == 1);
}

TEST_CASE("a multiple of a named year's level multiplies the level, not the base of its move") {
  auto r = run(
      "The esports betting market should reach about $18.0 billion this year, up 12.5% from $16.0 "
      "billion in 2023 — roughly 12 times its size in 2016, when it was worth $1.5 billion.",
      "t.txt", "2024-06-01");
  CHECK(count_rule(r, "change-mismatch") == 0);
  auto wrong = run(
      "The esports betting market should reach about $18.0 billion this year, up 12.5% from $16.0 "
      "billion in 2023 — roughly 20 times its size in 2016, when it was worth $1.5 billion.",
      "t.txt", "2024-06-01");
  CHECK(count_rule(wrong, "change-mismatch") == 1);
}

TEST_CASE("a multiple compared with a bracketed base multiplies the level the sentence before") {
  auto r = run(
      "국내 캠핑용품 시장은 재작년 1조2000억원으로 커졌다. 2018년(3500억원)과 비교하면 3년 만에 "
      "약 5배로 커진 셈이다.",
      "t.txt", "2023-05-01");
  REQUIRE(count_rule(r, "change-mismatch") == 1);
  CHECK(r.findings.front().level == fc::severity::warning);  // read across sentences
  auto fits = run(
      "국내 캠핑용품 시장은 재작년 1조2000억원으로 커졌다. 2018년(3500억원)과 비교하면 3년 만에 "
      "약 3.4배로 커진 셈이다.",
      "t.txt", "2023-05-01");
  CHECK(count_rule(fits, "change-mismatch") == 0);
}

TEST_CASE("a multiple over a span of years still links the move's two dated ends") {
  auto r =
      run("Acme Research expects the robot lawnmower market to more than triple over the next "
          "five years, from $2.0 billion in 2024 to $4.1 billion in 2029.",
          "t.txt", "2024-05-01");
  CHECK(count_rule(r, "change-mismatch") == 1);
}

TEST_CASE("a multiple after a rate compares rates and leads no move") {
  auto r = run(
      "세계 중고 시계 시장은 연평균 6.5% 안팎의 성장으로, 신품 시장 성장률 전망치(연평균 2~3%)의 "
      "두 배를 웃도는 수준이다. 국내 거래액은 재작년 4500억원에서 지난해 5400억원으로 20% "
      "늘었다.",
      "t.txt", "2025-03-01");
  CHECK(count_rule(r, "change-mismatch") == 0);
}

TEST_CASE("a multiple from a named base to a level multiplies into that level") {
  auto r = run(
      "Global padel court revenue totalled roughly $3 billion last year and should rise to about "
      "$3.3 billion in 2024, before more than doubling from last year's level to an estimated $7 "
      "billion by 2027.",
      "t.txt", "2024-09-12");
  CHECK(count_rule(r, "change-mismatch") == 0);
  // With its base unsaid, a multiple after a dip links no pair.
  auto unsaid = run(
      "Installations should dip this year to about 8 GW, before roughly tripling to around 32 GW "
      "a year by 2028.",
      "t.txt", "2024-09-12");
  CHECK(count_rule(unsaid, "change-mismatch") == 0);
}

TEST_CASE("zh: a multiple that names its base in words reaches no later figure") {
  auto r =
      run("甲乙研究院去年已将2035年全球服务机器人市场规模预测从此前的50亿美元上调至300亿美元，"
          "约为原预测的6倍；丙丁咨询则预计，到2050年全球服务机器人市场规模将达到约4万亿美元。",
          "t.txt", "2025-04-01");
  REQUIRE(find_claim(r, "6倍") != nullptr);
  CHECK(count_rule(r, "change-mismatch") == 0);
}
