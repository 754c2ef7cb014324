// The consistency model (rules.md): figures and growth claims as difference constraints on
// x_t = ln(value in year t). Plain C++ interface; Boost.Graph and Eigen stay in the .cpp files.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <vector>

namespace fc::consistency {

/// low <= x[to] - x[from] <= high; `from` = std::nullopt bounds x[to] itself.
struct constraint {
  std::size_t claim = 0;  ///< caller's index of the claim this came from
  std::optional<int> from;
  int to = 0;
  std::optional<double> low;
  std::optional<double> high;
  double target = 0;  ///< most plausible value of the difference, for the fit
  double sigma = 1;   ///< its uncertainty, for the fit
};

/// Claims (caller indices, sorted, unique) on a negative cycle of the constraint graph, or
/// nullopt when some assignment satisfies every constraint (Bellman-Ford).
std::optional<std::vector<std::size_t>> find_conflict(const std::vector<constraint>& cs);

/// Weighted least-squares path through the constraints (Eigen).
struct fit {
  std::map<int, double> x;       ///< fitted ln value per year
  std::vector<double> residual;  ///< per constraint, in units of its sigma
};
fit fit_path(const std::vector<constraint>& cs);

}  // namespace fc::consistency
