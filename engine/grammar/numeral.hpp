// Value and precision of written digits (claim-language §2.1, rules P1-P5).
#pragma once

#include <optional>
#include <string_view>

namespace fc::grammar {

/// Accumulates digit runs placed at powers of ten, then yields value and half-width.
class numeral_builder {
 public:
  /// Adds `digits` ("1,234.5") whose units digit sits at 10^exponent. False when unreadable.
  bool add(std::string_view digits, int exponent);
  /// The value, or nullopt when nothing was added or it overflowed.
  std::optional<double> value() const;
  /// Half a unit of the last significant written digit (P1-P4).
  double half_width() const;
  /// 10^(place of the last non-zero digit): the unit of `여` and `대`.
  double last_unit() const;

 private:
  long double value_ = 0;
  bool any_ = false;
  bool ok_ = true;
  bool decimal_ = false;
  int lowest_written_ = 1 << 20;
  int lowest_nonzero_ = 1 << 20;
  int highest_nonzero_ = -(1 << 20);
  bool written_[64] = {};  ///< places -20..43 that carry a written digit
};

}  // namespace fc::grammar
