// Currencies written after the unit (claim-language §4.1): ISO codes after a Korean numeral,
// 弗 in older copy, and the English suffix and prefix forms.
#include <doctest/doctest.h>

#include "mentions.hpp"

using fc::test::mention_of;

TEST_CASE("an ISO code or 弗 after a Korean numeral is its currency") {
  struct {
    const char* sentence;
    const char* text;
    double value;
    const char* currency;
  } const cases[] = {
      {"시장은 3512억 USD 규모다.", "3512억 USD", 3.512e11, "USD"},
      {"시장은 8,240억 USD로 커진다.", "8,240억 USD", 8.24e11, "USD"},
      {"매출은 3천억 EUR다.", "3천억 EUR", 3e11, "EUR"},
      {"수출은 50억弗을 넘었다.", "50억弗", 5e9, "USD"},
      {"수출은 1억2천만弗이다.", "1억2천만弗", 1.2e8, "USD"},
      {"시장은 120억 달러(USD)다.", "120억 달러", 1.2e10, "USD"},
      {"The market is 3.2 billion USD.", "3.2 billion USD", 3.2e9, "USD"},
      {"The market is USD 3.2 billion.", "USD 3.2 billion", 3.2e9, "USD"},
      {"It is EUR 4bn.", "EUR 4bn", 4e9, "EUR"},
      {"It is 4 billion euros.", "4 billion euros", 4e9, "EUR"},
      {"It is 4bn euros.", "4bn euros", 4e9, "EUR"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.sentence);
    auto m = mention_of(c.sentence, c.text);
    REQUIRE(m);
    CHECK(m->value == doctest::Approx(c.value));
    CHECK(m->currency == c.currency);
  }
}

TEST_CASE("an ISO code glued to a word is not a currency") {
  CHECK_FALSE(mention_of("시장은 3512억 USDT다.", "3512억 USDT"));
  CHECK_FALSE(mention_of("시장은 3512억 USDT다.", "3512억 USD"));
}
