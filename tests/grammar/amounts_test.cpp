// Amount readings and their precision intervals (claim-language §2.1, §3, §4).
#include <doctest/doctest.h>

#include "../support.hpp"

using fc::test::find_claim;
using fc::test::run;

namespace {
struct amount_case {
  const char* sentence;
  const char* text;
  double low, point, high;
  const char* currency;
};
}  // namespace

TEST_CASE("Korean and English amounts read with their rounding interval") {
  const amount_case cases[] = {
      {"시장 규모는 14억달러다.", "14억달러", 1.35e9, 1.4e9, 1.45e9, "USD"},
      {"시장 규모는 10억 달러다.", "10억 달러", 0.95e9, 1e9, 1.05e9, "USD"},
      {"매출은 1조2000억원이다.", "1조2000억원", 1.15e12, 1.2e12, 1.25e12, "KRW"},
      {"매출은 3조5천억 원이다.", "3조5천억 원", 3.45e12, 3.5e12, 3.55e12, "KRW"},
      {"수출은 12억5천만달러다.", "12억5천만달러", 1.245e9, 1.25e9, 1.255e9, "USD"},
      {"시장은 1조 2,660억 달러다.", "1조 2,660억 달러", 1.2655e12, 1.266e12, 1.2665e12, "USD"},
      {"수출은 1천620억달러다.", "1천620억달러", 1.615e11, 1.62e11, 1.625e11, "USD"},
      {"흑자는 354억9000만달러다.", "354억9000만달러", 3.5485e10, 3.549e10, 3.5495e10, "USD"},
      {"시장은 7000억 달러다.", "7000억 달러", 6.95e11, 7e11, 7.05e11, "USD"},
      {"The market hit $1.4bn.", "$1.4bn", 1.35e9, 1.4e9, 1.45e9, "USD"},
      // Indian grouping: a lakh crore is 10^12, a thousand crore 10^10.
      {"It was worth ₹2.7 lakh crore.", "₹2.7 lakh crore", 2.65e12, 2.7e12, 2.75e12, "INR"},
      {"It was worth ₹45 thousand crore.", "₹45 thousand crore", 4.45e11, 4.5e11, 4.55e11, "INR"},
      {"The market hit USD 10.79 billion.", "USD 10.79 billion", 1.0785e10, 1.079e10, 1.0795e10,
       "USD"},
      {"The market hit $1bn.", "$1bn", 0.5e9, 1e9, 1.5e9, "USD"},
      {"The market hit $300 million.", "$300 million", 2.95e8, 3e8, 3.05e8, "USD"},
      {"The market hit €3.2m.", "€3.2m", 3.15e6, 3.2e6, 3.25e6, "EUR"},
      {"Exports hit 3.4 trillion won.", "3.4 trillion won", 3.35e12, 3.4e12, 3.45e12, "KRW"},
      {"The market hit KRW 1.2 trillion.", "KRW 1.2 trillion", 1.15e12, 1.2e12, 1.25e12, "KRW"},
      {"The market hit US$500M.", "US$500M", 4.95e8, 5e8, 5.05e8, "USD"},
      {"Sales hit USD 4,200.00 million in 2024.", "USD 4,200.00 million", 4.199995e9, 4.2e9,
       4.200005e9, "USD"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.sentence);
    auto r = run(c.sentence);
    const auto* claim = find_claim(r, c.text);
    REQUIRE(claim != nullptr);
    REQUIRE(claim->value);
    CHECK(claim->value->point == doctest::Approx(c.point));
    CHECK(*claim->value->low == doctest::Approx(c.low));
    CHECK(*claim->value->high == doctest::Approx(c.high));
    CHECK(claim->currency.value_or("") == c.currency);
  }
}

TEST_CASE("hedges open or widen the interval") {
  auto r = run("챗봇 하루 운영에만 1억원 이상이 든다.");
  const auto* c = find_claim(r, "1억원");
  REQUIRE(c);
  CHECK(c->value_hedge == "at_least");
  CHECK(*c->value->low == doctest::Approx(1e8));
  CHECK_FALSE(c->value->high);
  CHECK(c->per.value_or("") == "day");

  auto over = run("It is worth more than $2 billion.");
  REQUIRE(find_claim(over, "$2 billion"));
  CHECK(find_claim(over, "$2 billion")->value_hedge == "over");

  auto nearly = run("The deal is worth nearly $5bn.");
  REQUIRE(find_claim(nearly, "$5bn"));
  CHECK(*find_claim(nearly, "$5bn")->value->low == doctest::Approx(4.5e9));

  auto odd = run("이 회사의 연 매출은 10여억원 수준이다.");
  REQUIRE(find_claim(odd, "10여억원"));
  CHECK(*find_claim(odd, "10여억원")->value->high == doctest::Approx(2e9));

  auto band = run("2027년에는 시장이 12조원대로 커질 것으로 보인다.");
  REQUIRE(find_claim(band, "12조원"));
  CHECK(find_claim(band, "12조원")->value_hedge == "band");
  CHECK(*find_claim(band, "12조원")->value->high == doctest::Approx(1.3e13));
}

TEST_CASE("ranges distribute the currency and keep their endpoints") {
  auto r = run("투자 규모는 1000억~1500억원이다.");
  const auto* c = find_claim(r, "1000억~1500억원");
  REQUIRE(c);
  CHECK(*c->value->low == doctest::Approx(1e11));
  CHECK(*c->value->high == doctest::Approx(1.5e11));
  CHECK(c->currency.value_or("") == "KRW");
}

TEST_CASE("full-width digits keep the original bytes as the span") {
  auto r = run("５０억 달러 규모의 펀드를 만든다.");
  REQUIRE(r.claims.size() == 1);
  CHECK(r.claims[0].text == "５０억 달러");
  CHECK(r.claims[0].value->point == doctest::Approx(5e9));
}

TEST_CASE("a currency written once before a range of scaled numbers serves both ends") {
  for (const char* text : {"$3-4 billion", "$3–4 billion", "$3 to 4 billion"}) {
    auto r = run(std::string("Analysts expect the market to reach ") + text + " in 2027.");
    const auto* c = find_claim(r, text);
    REQUIRE(c != nullptr);
    CHECK(c->currency.value_or("") == "USD");
    CHECK(*c->value->low <= 3e9);
    CHECK(*c->value->high >= 4e9);
  }
}

TEST_CASE("Korean numerals below 만 written with 천 and 백 before their currency") {
  const amount_case cases[] = {
      {"월 구독료는 9천900원이다.", "9천900원", 9850, 9900, 9950, "KRW"},
      {"입장료는 3천원이다.", "3천원", 2500, 3000, 3500, "KRW"},
      {"가격은 9천9백원이다.", "9천9백원", 9850, 9900, 9950, "KRW"},
  };
  for (const auto& k : cases) {
    auto r = run(k.sentence);
    const auto* c = find_claim(r, k.text);
    REQUIRE_MESSAGE(c != nullptr, k.sentence);
    CHECK(c->value->point == doctest::Approx(k.point));
    CHECK(*c->value->low == doctest::Approx(k.low));
    CHECK(*c->value->high == doctest::Approx(k.high));
    CHECK(c->currency.value_or("") == k.currency);
  }
  // After a big unit, a group of small units ends the numeral: 20만 + 5천.
  auto tail = run("누적 설치 대수는 20만5천대로 늘었다.");
  REQUIRE(find_claim(tail, "20만5천대") != nullptr);
  CHECK(find_claim(tail, "20만5천대")->value->point == doctest::Approx(205000));
  // Without a currency or counter, a small numeral is no amount ("3천 번째").
  CHECK(run("그는 3천 번째 방문객이었다.").claims.empty());
}

TEST_CASE("a Korean numeral's tail after a space belongs to it only before its unit") {
  auto r = run("출하량은 3만 8000대, 판매가격은 7만 2000달러로 예상된다.");
  REQUIRE(find_claim(r, "3만 8000대") != nullptr);
  CHECK(find_claim(r, "3만 8000대")->value->point == doctest::Approx(38000));
  REQUIRE(find_claim(r, "7만 2000달러") != nullptr);
  CHECK(find_claim(r, "7만 2000달러")->value->point == doctest::Approx(72000));
  // "1000억 2025년": an amount, then a year, never 1000억2025.
  auto year = run("시장 규모는 1000억 2025년 기준으로 집계됐다.");
  CHECK(find_claim(year, "1000억 2025") == nullptr);
}
