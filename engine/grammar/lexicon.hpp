// Word tables the parsers share: currencies, scale words and counted nouns (data only).
#pragma once

#include <string_view>

namespace fc::grammar::lexicon {

struct word {
  std::string_view text;
  std::string_view value;  ///< ISO code or normalized unit
};

/// Korean currency words after a number (원, 달러, 불, 엔, ...), longest first.
extern const word ko_currencies[];
extern const std::size_t ko_currency_count;
/// Korean counters that make a quantity (명, 대, 건, ...).
extern const word ko_counters[];
extern const std::size_t ko_counter_count;
/// Currency prefixes written before a number ($, US$, USD, €, ...), longest first.
extern const word prefixes[];
extern const std::size_t prefix_count;
/// English currency words after a number or scale (won, dollars, euros, USD, ...).
extern const word en_currencies[];
extern const std::size_t en_currency_count;
/// English counted nouns (units, users, people, ...).
extern const word en_counters[];
extern const std::size_t en_counter_count;

}  // namespace fc::grammar::lexicon
