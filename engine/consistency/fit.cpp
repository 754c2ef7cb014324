// Weighted least squares over the same constraints (Eigen): the most plausible path, and each
// claim's residual in units of its own uncertainty. The largest one is the claim to underline.
#include <Eigen/Dense>

#include "consistency/model.hpp"

namespace fc::consistency {

fit fit_path(const std::vector<constraint>& cs) {
  std::map<int, Eigen::Index> col;
  for (const auto& c : cs) {
    if (c.from) col.emplace(*c.from, 0);
    col.emplace(c.to, 0);
  }
  Eigen::Index k = 0;
  for (auto& [year, index] : col) index = k++;
  // One row per constraint plus a faint prior per year so relative-only years stay determined.
  Eigen::MatrixXd a = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(cs.size()) + k, k);
  Eigen::VectorXd b = Eigen::VectorXd::Zero(a.rows());
  for (std::size_t i = 0; i < cs.size(); ++i) {
    const auto& c = cs[i];
    double w = 1.0 / std::max(c.sigma, 1e-6);
    auto r = static_cast<Eigen::Index>(i);
    a(r, col[c.to]) = w;
    if (c.from) a(r, col[*c.from]) = -w;
    b(r) = c.target * w;
  }
  for (Eigen::Index j = 0; j < k; ++j) a(static_cast<Eigen::Index>(cs.size()) + j, j) = 1e-6;
  Eigen::VectorXd x = a.colPivHouseholderQr().solve(b);
  fit out;
  for (auto& [year, index] : col) out.x[year] = x(index);
  for (std::size_t i = 0; i < cs.size(); ++i) {
    const auto& c = cs[i];
    double value = x(col[c.to]) - (c.from ? x(col[*c.from]) : 0.0);
    out.residual.push_back((value - c.target) / std::max(c.sigma, 1e-6));
  }
  return out;
}

}  // namespace fc::consistency
