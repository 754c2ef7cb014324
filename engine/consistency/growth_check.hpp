// Growth checks per subject: each stated CAGR against the figures at its period's ends.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "claims/claim.hpp"
#include "consistency/model.hpp"

namespace fc::consistency {

/// The lenient reading a strict-only conflict needs to be resolved.
enum class lenient_reading {
  none,      ///< no reading resolves it: an error
  rounding,  ///< the rate fits only read wider than its written digits
  period,    ///< the rate fits only over one year fewer than the figures' years span
  period_and_rounding,
};

/// One stated growth rate that the figures cannot satisfy at the stated precision. When a
/// lenient reading (a wider rate window, the publishers' one-year-shorter period) resolves it,
/// `needs` names that reading and the conflict is a warning, never silently dropped.
struct growth_conflict {
  std::vector<std::size_t> claims;  ///< indices of every claim on the cycle (sorted)
  std::size_t growth = 0;           ///< the growth claim
  std::size_t earlier = 0;          ///< the figure at the period's start
  std::size_t later = 0;            ///< the figure at the period's end
  int years = 0;                    ///< n used for the compounding (the longer when two fit)
  int years_alt = 0;                ///< the base-year convention's other n, or 0
  int years_short = 0;              ///< the one-year-shorter n tried (== years when none)
  std::size_t underline = 0;        ///< claim with the largest fit residual
  double implied_rate = 0;          ///< (later/earlier)^(1/n) - 1 at the points
  lenient_reading needs = lenient_reading::none;
  bool other_source_base = false;  ///< the earlier figure is another source's than the rate's
};

/// A growth claim matched with the figures at its period's ends (conflicting or not).
struct growth_pairing {
  std::size_t growth = 0;
  std::size_t earlier = 0;
  std::size_t later = 0;
  int n_short = 0;  ///< from the stated start (base-year convention), else == n_long
  int n_long = 0;   ///< from the earlier figure's year
};

/// Every conflict between a growth claim and the figures of its subject, deduplicated.
/// `pairings`, when given, receives every pairing that was checked.
std::vector<growth_conflict> growth_conflicts(const std::vector<claim>& claims,
                                              std::vector<growth_pairing>* pairings = nullptr);

/// The floor of a rate interval: a near-total loss, the lower side of "up to 30%".
inline constexpr double lowest_rate = -0.999;

/// A rate interval as written. An open-ended side ("more than 30%") is +infinity above, or
/// -99.9% below.
std::pair<double, double> stated_rate(const interval& rate);

/// The rate interval a lenient reading allows: the stated one, at least ±0.5 percentage points
/// wide.
std::pair<double, double> effective_rate(const interval& rate);

/// The rate interval the check tolerates (wider than the stated one for high rates).
std::pair<double, double> checked_rate(const interval& rate);

/// True when two figures may be compared: same subject, kind, currency or unit, no `per`.
bool comparable_figures(const claim& a, const claim& b);
/// A size or quantity that can be compared once it has a year: positive, with a subject, not
/// per unit, vague, a conversion, a revised estimate or a flow.
bool measured_figure(const claim& c);
/// One subject, kind, currency and unit.
bool same_measure(const claim& a, const claim& b);

}  // namespace fc::consistency
