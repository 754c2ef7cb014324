// Closed/open numeric intervals used for every figure and rate forecheck reads.
#pragma once

#include <optional>

namespace fc {

/// A value with the interval its wording allows. An empty side is unbounded.
struct interval {
  double point = 0;
  std::optional<double> low;
  std::optional<double> high;

  static interval around(double v, double half) { return {v, v - half, v + half}; }
  bool overlaps(const interval& o) const {
    if (low && o.high && *low > *o.high) return false;
    if (high && o.low && *high < *o.low) return false;
    return true;
  }
};

}  // namespace fc
