// Precision from written digits: decimals are exact to their last digit, integers to their last
// non-zero digit, with a written zero counted until two significant digits (P3).
#include "grammar/numeral.hpp"

#include <array>
#include <cmath>

namespace fc::grammar {
namespace {
constexpr int kOffset = 20;
bool in_range(int place) { return place + kOffset >= 0 && place + kOffset < 64; }

// Powers of ten for every place the builder tracks; std::pow per digit was the grammar's
// hottest call.
const std::array<long double, 64>& powers() {
  static const std::array<long double, 64> table = [] {
    std::array<long double, 64> t{};
    for (int i = 0; i < 64; ++i) t[static_cast<std::size_t>(i)] = std::pow(10.0L, i - kOffset);
    return t;
  }();
  return table;
}

// 10^place as double, from the same std::pow call the precision functions made per mention;
// places outside the tracked range fall back to std::pow.
double ten_to(int place) {
  static const std::array<double, 64> table = [] {
    std::array<double, 64> t{};
    for (int i = 0; i < 64; ++i) t[static_cast<std::size_t>(i)] = std::pow(10.0, i - kOffset);
    return t;
  }();
  if (!in_range(place)) return std::pow(10.0, place);
  const int index = place + kOffset;  // in_range: 0 <= index < 64
  return table[static_cast<std::size_t>(index)];
}
}  // namespace

bool numeral_builder::add(std::string_view digits, int exponent) {
  std::size_t point = digits.find('.');
  std::size_t int_end = point == std::string_view::npos ? digits.size() : point;
  int int_digits = 0;
  for (std::size_t i = 0; i < int_end; ++i)
    if (digits[i] >= '0' && digits[i] <= '9') ++int_digits;
  if (int_digits == 0 || int_digits > 40) return ok_ = false;
  int place = exponent + int_digits - 1;
  const auto& power = powers();
  auto put = [&](char c) {
    int d = c - '0';
    if (!in_range(place)) {
      ok_ = false;
      return;
    }
    const int index = place + kOffset;
    value_ += d * power[static_cast<std::size_t>(index)];
    written_[place + kOffset] = true;
    lowest_written_ = std::min(lowest_written_, place);
    if (d != 0) {
      lowest_nonzero_ = std::min(lowest_nonzero_, place);
      highest_nonzero_ = std::max(highest_nonzero_, place);
    }
    --place;
  };
  for (std::size_t i = 0; i < int_end; ++i)
    if (digits[i] >= '0' && digits[i] <= '9') put(digits[i]);
  if (point != std::string_view::npos) {
    decimal_ = true;
    for (std::size_t i = point + 1; i < digits.size(); ++i) put(digits[i]);
  }
  any_ = true;
  return ok_;
}

std::optional<double> numeral_builder::value() const {
  if (!any_ || !ok_) return std::nullopt;
  double v = static_cast<double>(value_);
  if (!std::isfinite(v)) return std::nullopt;
  return v;
}

double numeral_builder::half_width() const {
  if (decimal_) return 0.5 * ten_to(lowest_written_);
  if (highest_nonzero_ < lowest_nonzero_) return 0.5 * ten_to(lowest_written_);  // zero
  int place = lowest_nonzero_;
  int significant = highest_nonzero_ - lowest_nonzero_ + 1;
  if (significant < 2 && in_range(place - 1) && written_[place - 1 + kOffset]) --place;
  return 0.5 * ten_to(place);
}

double numeral_builder::last_unit() const {
  if (highest_nonzero_ < lowest_nonzero_) return 1;
  return ten_to(lowest_nonzero_);
}

}  // namespace fc::grammar
