// The log-linear trend a subject's figures follow: the report's dashed line, used by the
// archive rules to say which of two irreconcilable figures lies farther from the rest.
#pragma once

#include <optional>
#include <utility>
#include <vector>

namespace fc::consistency {

/// ln(value) at `year` on the least-squares line through the (year, value) points (values
/// positive); nullopt when the points span fewer than two years.
std::optional<double> log_trend_at(const std::vector<std::pair<int, double>>& points, int year);

}  // namespace fc::consistency
