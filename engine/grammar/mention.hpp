// What the grammar reports: figures, rates, multiples and years found in one sentence.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace fc::grammar {

enum class mention_kind { amount, percent, points, factor, year, vague_amount };

/// Chinese and Japanese words around a figure that the scanner reads (claim-language §13-14);
/// the claims layer reads the Korean and English equivalents itself. One byte each, so a
/// mention stays as small as before; `name` gives the claim language's word for each.
enum class hedge_word : unsigned char {
  none,
  about,
  nearly,
  over,
  at_least,
  under,
  at_most,
  a_bit_over,
  a_bit_under,
  band
};
enum class rate_word : unsigned char { none, cagr, yoy, qoq, growth };
enum class year_word : unsigned char { none, by, around, from, since, as_of };
/// "about", "cagr", "by", ...: the value_hedge, rate_kind and year_relation names; "" for none.
std::string_view name(hedge_word w);
std::string_view name(rate_word w);
std::string_view name(year_word w);

/// One match, with byte offsets into the sentence it was found in. `value ± half` is the
/// precision band of the written number (claim-language §2.1); hedges are the claims layer's.
struct mention {
  mention_kind kind = mention_kind::amount;
  std::size_t begin = 0;
  std::size_t end = 0;
  double value = 0;
  double half = 0;
  bool is_range = false;    ///< value..range_high written as a range (P9)
  bool fraction = false;    ///< "a third", "half": a verbal fraction (P7)
  bool digit_band = false;  ///< "두 자릿수", "double-digit": [value, range_high) as a band
  bool negative = false;    ///< rates: a minus written before the number (-5%, 마이너스 5%)
  double range_high = 0;
  double odd_unit = 0;    ///< `여` inside the numeral: (value, value + odd_unit)
  std::string currency;   ///< ISO 4217, empty when not written
  std::string unit;       ///< counted noun for quantities ("people", "units")
  bool big_unit = false;  ///< a Korean/English scale word was written (억, billion)
  double vague_low = 0;   ///< vague amounts: [vague_low, vague_high)
  double vague_high = 0;
  int year = 0;  ///< years: the year; ranges: year .. year_to
  int year_to = 0;
  int column_year = 0;           ///< table cells: the year of the column's header
  bool column_estimate = false;  ///< table cells: the header marks an estimate (2024E)
  bool fiscal = false;           ///< years: written as a fiscal year (FY2024, 2024회계연도)
  bool short_year = false;       ///< years: two digits ('05년, 99년, FY24), placed in 1950-2049
  hedge_word hedge = hedge_word::none;   ///< zh/ja: a touching hedge (约 about, 超 over)
  rate_word rate_cue = rate_word::none;  ///< zh/ja rates: what their rate words measure
  year_word year_relation = year_word::none;  ///< zh/ja years: 到/までに by, 頃 around, 以降 since
  bool decline = false;       ///< zh/ja rates: a decline word (同比下降, 7%減) moves them down
  bool forecast_cue = false;  ///< ja: 見込み or 見通し right after the figure
};

/// Finds every mention in one sentence of folded text, in text order, never overlapping. The
/// Korean, English, Chinese and Japanese families are all active (claim-language §11.2).
std::vector<mention> scan(std::string_view sentence);

/// "to 1.12 million units from 760,000": bare numbers at one end of a move, given the unit or
/// currency of the amount at its other end, added to `mentions` in text order.
void adopt_move_partners(std::string_view sentence, std::vector<mention>& mentions);

/// Bare numbers (`3,120`, `15.8`: no scale word, currency or percent) outside `taken`, for
/// table cells and list items under a unit declaration. Four-digit years are left out.
std::vector<mention> scan_plain_numbers(std::string_view sentence,
                                        const std::vector<mention>& taken);

}  // namespace fc::grammar
