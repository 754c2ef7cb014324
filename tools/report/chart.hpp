// The per-subject chart: an inline SVG drawn by forecheck itself (no script, no library).
#pragma once

#include <map>
#include <string>

#include "report/series.hpp"
#include "report/strings.hpp"

namespace fc::report {

/// One <svg>: years on x, value on a log y axis, one <circle class="figure"> per figure
/// with its interval as an error bar and its source as label, one band per figure and
/// stated CAGR, and the least-squares path dashed. `prefix` is the article's anchor prefix
/// (points link to "#<prefix>-<claim id>"); `n` numbers the chart within the article.
std::string chart_svg(const series& s, const std::map<std::string, severity>& conflicts,
                      const ui_strings& ui, const std::string& prefix, std::size_t n);

}  // namespace fc::report
