// Ordinary least squares of ln(value) on the year: two unknowns, solved in closed form.
#include "consistency/trend.hpp"

#include <cmath>

namespace fc::consistency {

std::optional<double> log_trend_at(const std::vector<std::pair<int, double>>& points, int year) {
  double n = 0, sx = 0, sy = 0;
  for (const auto& [y, v] : points)
    if (v > 0) n += 1, sx += y, sy += std::log(v);
  if (n < 2) return std::nullopt;
  double mx = sx / n, my = sy / n, sxx = 0, sxy = 0;
  for (const auto& [y, v] : points)
    if (v > 0) sxx += (y - mx) * (y - mx), sxy += (y - mx) * (std::log(v) - my);
  if (sxx <= 0) return std::nullopt;  // every point in one year: no slope to follow
  return my + sxy / sxx * (year - mx);
}

}  // namespace fc::consistency
