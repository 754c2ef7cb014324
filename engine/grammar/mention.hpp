// What the grammar reports: figures, rates, multiples and years found in one sentence.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace fc::grammar {

enum class mention_kind { amount, percent, points, factor, year, vague_amount };

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
};

/// Finds every mention in one sentence of folded text, in text order, never overlapping.
std::vector<mention> scan(std::string_view sentence);

/// Bare numbers (`3,120`, `15.8`: no scale word, currency or percent) outside `taken`, for
/// table cells and list items under a unit declaration. Four-digit years are left out.
std::vector<mention> scan_plain_numbers(std::string_view sentence,
                                        const std::vector<mention>& taken);

}  // namespace fc::grammar
