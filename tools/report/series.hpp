// Claims grouped for charting: one series per subject and currency, with its stated CAGRs
// and a log-linear least-squares path through them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "findings/finding.hpp"

namespace fc::report {

struct series {
  std::string label;  ///< the subject as first written
  std::optional<std::string> currency;
  std::optional<std::string> unit;
  std::vector<const claim*> figures;  ///< dated amounts, in text order
  std::vector<const claim*> rates;    ///< stated CAGRs for the same subject
  /// Figures published earlier (--archive): hollow dots labelled with their article's date.
  std::vector<const archive::published_claim*> archived;
};

/// Each claim id that takes part in a finding, with the worst severity among those findings.
std::map<std::string, severity> claim_severity(const file_result& r);

/// True for the claims a chart draws as a point: a dated amount with a subject.
bool is_charted_figure(const claim& c);

/// The file's series in order of first appearance; only series with at least one figure.
std::vector<series> subject_series(const file_result& r);

/// ln(value in year t) = intercept + slope · (t − t0).
struct log_path {
  double intercept = 0;
  double slope = 0;
  int t0 = 0;
  double at(double t) const { return intercept + slope * (t - t0); }
};

/// Weighted least squares over the series' figures and rates, each weighted by the inverse
/// square of its half-width in log space; nullopt when the system does not fix a line.
std::optional<log_path> fit_path(const series& s);

}  // namespace fc::report
