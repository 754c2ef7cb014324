// Sentence grouping and interval arithmetic for the linking rules.
#include "rules/pairs.hpp"

#include <algorithm>

namespace fc::rules {

std::vector<std::size_t> sentence_claims(const std::vector<claim>& claims, std::size_t s) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (claims[i].sentence != s) continue;
    if (!out.empty() && claims[out.back()].where.start == claims[i].where.start) continue;
    out.push_back(i);
  }
  return out;
}

std::optional<std::pair<double, double>> ratio(const interval& a, const interval& b) {
  if (!a.low || !a.high || !b.low || !b.high || *b.low <= 0 || *a.low <= 0) return std::nullopt;
  return std::pair{*a.low / *b.high, *a.high / *b.low};
}

bool overlaps(const interval& i, double lo, double hi) {
  if (i.low && *i.low > hi) return false;
  if (i.high && *i.high < lo) return false;
  return true;
}

}  // namespace fc::rules
