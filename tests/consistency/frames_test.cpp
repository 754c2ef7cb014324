// The frames that give figures their roles, in both languages: each case is a role mix-up that
// raised a false error or warning before its frame existed.
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::count_rule;
using fc::test::find_claim;
using fc::test::run;

namespace {

int alarms(const fc::file_result& r) {
  int n = 0;
  for (const auto& f : r.findings) n += f.level != fc::severity::info;
  return n;
}

}  // namespace

TEST_CASE("a sequence of annual rates is each year's change, not a compound rate") {
  // 6,120 / 5,150 = +18.8% and 6,850 / 6,120 = +11.9%: each rate fits its own year.
  auto ko =
      run("세계 파운드리 시장은 2023년 5,150억 달러에서 2024년 6,120억 달러, 2025년 6,850억 "
          "달러로 커질 전망이다. 연간 성장률은 2024년 18.8%에서 2025년 11.9%로 낮아진다.");
  CHECK(count_rule(ko, "cagr-mismatch") == 0);
  CHECK(alarms(ko) == 0);
  const auto* rate = find_claim(ko, "11.9%");
  REQUIRE(rate);
  CHECK(rate->rate_of == fc::rate_kind::yoy);
  CHECK(rate->period_to == 2025);
  auto en =
      run("Global contract manufacturing revenue is forecast to reach $88.4 billion in 2026 "
          "from $71.2 billion in 2024, with annual growth picking up from 10.2% in 2025 to "
          "12.6% in 2026.");
  CHECK(count_rule(en, "cagr-mismatch") == 0);
  CHECK(count_rule(en, "change-mismatch") == 0);
  // "to 12.6% in 2026" continues the sequence: a change, not a share.
  const auto* next = find_claim(en, "12.6%");
  REQUIRE(next);
  CHECK(next->kind == fc::claim_kind::growth);
}

TEST_CASE("a breakdown of a whole is its parts, not rival estimates") {
  auto ko =
      run("정부는 내년 연구개발 예산이 29조 7천억 원으로 늘어난다고 밝혔다. 내년 예산은 "
          "기초연구 3조 2천억 원과 응용개발 26조 5천억 원으로 구성된다.",
          "t.txt", "2024-09-01");
  CHECK(count_rule(ko, "figure-disagreement") == 0);
  auto en =
      run("The global pet care market reached $261 billion in 2024, split into food at $147 "
          "billion, veterinary care at $68 billion and supplies at $46 billion.");
  CHECK(count_rule(en, "figure-disagreement") == 0);
  const auto* part = find_claim(en, "$68 billion");
  REQUIRE(part);
  CHECK(part->part);
  CHECK(part->subject == "veterinary care");
}

TEST_CASE("two partitions of one total add up each on its own") {
  auto en =
      run("Tablets will account for 52% of shipments this year, laptops 31% and desktops 17%, "
          "while China will take 38% of units, North America 27%, Europe 21% and the rest "
          "of the world 14%.",
          "t.txt", "2025-02-01");
  CHECK(count_rule(en, "share-overflow") == 0);
  auto ko =
      run("용도별로는 서버용이 58.0%, 모바일용이 42.0%를 차지했으며, 지역별로는 미국이 44.5%로 "
          "가장 컸고 중국(30.5%), 유럽(15.0%), 기타(10.0%)가 뒤를 이었다.");
  CHECK(count_rule(ko, "share-overflow") == 0);
  // One list that overflows still fires.
  auto over = run("AI 반도체 시장은 용도별로는 서버용이 58.0%, 모바일용이 52.0%를 차지했다.");
  CHECK(count_rule(over, "share-overflow") == 1);
}

TEST_CASE("an amount that is the change of a level is not a second level") {
  auto ko = run("관세청은 지난해 라면 수출액이 12억 달러로 전년보다 2억 달러 늘었다고 밝혔다.",
                "t.txt", "2025-01-10");
  CHECK(count_rule(ko, "figure-disagreement") == 0);
  const auto* inc = find_claim(ko, "2억 달러");
  REQUIRE(inc);
  CHECK(inc->kind == fc::claim_kind::change);
  auto en =
      run("U.S. online grocery sales reached $118.6 billion in 2024, up $12.4 billion from a "
          "year earlier.");
  CHECK(count_rule(en, "figure-disagreement") == 0);
  const auto* up = find_claim(en, "$12.4 billion");
  REQUIRE(up);
  CHECK(up->kind == fc::claim_kind::change);
}

TEST_CASE("of two relative years, the compared one is the base's") {
  auto ko = run("내년 메모리 시장은 올해 예상치보다 6.9% 늘어난 5120억달러에 이를 것으로 보인다.",
                "t.txt", "2024-06-01");
  const auto* next_year = find_claim(ko, "5120억달러");
  REQUIRE(next_year);
  CHECK(next_year->year == 2025);
  auto bracket =
      run("협회는 내년 수출이 올해(1,376억 달러 추정)보다 8.3% 증가한 1,490억 달러를 기록할 "
          "것으로 전망했다.",
          "t.txt", "2024-11-28");
  CHECK(find_claim(bracket, "1,376억 달러")->year == 2024);
  CHECK(find_claim(bracket, "1,490억 달러")->year == 2025);
  CHECK(count_rule(bracket, "figure-disagreement") == 0);
  auto en =
      run("The memory market will grow 6.9% next year from this year's estimate to $512 "
          "billion.",
          "t.txt", "2024-06-01");
  CHECK(find_claim(en, "$512 billion")->year == 2025);
}

TEST_CASE("a change amount with its rate in brackets is still a change") {
  auto ko =
      run("가트너는 올해 세계 보안 소프트웨어 지출이 2,140억 달러로 지난해보다 260억 달러(13.8%) "
          "늘어날 것으로 전망했다.",
          "t.txt", "2025-03-01");
  CHECK(count_rule(ko, "figure-disagreement") == 0);
  CHECK(find_claim(ko, "260억 달러")->kind == fc::claim_kind::change);
}

TEST_CASE("the whole before ', of which' is not one of its parts") {
  auto en =
      run("The global hearing aid market is estimated at USD 9.4 billion in 2025, of which "
          "Europe accounts for USD 3.1 billion.");
  CHECK(count_rule(en, "figure-disagreement") == 0);
  CHECK_FALSE(find_claim(en, "USD 9.4 billion")->part);
  CHECK(find_claim(en, "USD 3.1 billion")->part);
}

TEST_CASE("a fall stated in the future keeps its sign") {
  auto en =
      run("Global smartwatch revenue is expected to fall 3% this year to about $41.2 billion, "
          "from $42.5 billion last year.",
          "t.txt", "2025-05-01");
  CHECK(count_rule(en, "change-mismatch") == 0);
  CHECK(find_claim(en, "3%")->rate->point < 0);
}

TEST_CASE("a year written after the base of a move is not the end figure's") {
  auto en = run("Freight revenue fell from $402 billion in 2021 to about $371 billion last year.",
                "t.txt", "2025-02-01");
  CHECK(find_claim(en, "$371 billion")->year == 2024);
}

TEST_CASE("shares listed together are of one time and one kind") {
  // The share cue after the last item makes the list shares: 58 + 31 + 14 > 100.
  auto ko =
      run("2023년 국내 중고차 시장에서 사업자 거래가 58%, 개인 간 직거래가 31%, 기타 거래가 14%를 "
          "차지했다.");
  CHECK(count_rule(ko, "share-overflow") == 1);
  // The head written with no year of its own belongs to the others' year: 38 + 27 + 21 + 11 + 9.
  auto en = run(
      "Meituan held 38% of global online food delivery gross merchandise value in 2024, followed "
      "by DoorDash with 27%, Uber Eats with 21%, Delivery Hero with 11% and Ele.me with 9%.");
  CHECK(count_rule(en, "share-overflow") == 1);
  // A share in another year is a series, not one more part.
  CHECK(count_rule(run("Meituan held 58% of the market in 2023 and 47% in 2024."),
                   "share-overflow") == 0);
}

TEST_CASE("a figureless lead sentence's year dates the measured levels after it") {
  auto r = fc::test::run(
      "The voluntary carbon market shrank for a second straight year in 2023. The value of "
      "credits traded fell 61% to $723m, according to BloombergNEF, which expects the market to "
      "grow 15-20% a year to reach $4.1bn by 2030.");
  REQUIRE(fc::test::find_claim(r, "$723m"));
  CHECK(fc::test::find_claim(r, "$723m")->year.value_or(0) == 2023);
  CHECK(fc::test::count_rule(r, "cagr-mismatch") == 1);
  // A forecast after the lead is not dated by it.
  auto f = fc::test::run("Sales fell in 2023. The market will be worth $5bn, the firm said.");
  CHECK_FALSE(fc::test::find_claim(f, "$5bn")->year);
  // Nor is a sentence after a paragraph break.
  auto p = fc::test::run("Sales fell in 2023.\n\nThe market was worth $5bn.");
  CHECK_FALSE(fc::test::find_claim(p, "$5bn")->year);
}

TEST_CASE("an increase written with its span is checked against the levels at both ends") {
  auto r = fc::test::run(
      "The mechanical keyboard market is forecast to increase by USD 1.14 billion between 2023 "
      "and 2028. The market was valued at USD 1.59 billion in 2023 and is expected to reach "
      "USD 2.47 billion by 2028.");
  CHECK(fc::test::count_rule(r, "change-mismatch") == 1);
  auto ok = fc::test::run(
      "The mechanical keyboard market is forecast to increase by USD 0.88 billion between 2023 "
      "and 2028. The market was valued at USD 1.59 billion in 2023 and is expected to reach "
      "USD 2.47 billion by 2028.");
  CHECK(fc::test::count_rule(ok, "change-mismatch") == 0);
  CHECK(fc::test::count_rule(ok, "figure-disagreement") == 0);
}
