// Grouping and the log-linear fit drawn as the dashed path. The engine's own fit lives in
// consistency/ and is private to it; this one only draws a line, it never decides a finding.
#include "report/series.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace fc::report {
namespace {

std::optional<std::string> subject_key(const claim& c) {
  if (c.subject_key && !c.subject_key->empty()) return c.subject_key;
  if (c.subject && !c.subject->empty()) return c.subject;
  return std::nullopt;
}

// Midpoint in log space and half-width; an open side counts as a wide (±10%) reading.
std::pair<double, double> log_reading(const interval& i, double floor_width) {
  double p = i.point;
  if (i.low && i.high && *i.low > 0 && *i.high > 0)
    return {(std::log(*i.low) + std::log(*i.high)) / 2,
            std::max((std::log(*i.high) - std::log(*i.low)) / 2, floor_width)};
  return {std::log(p), 0.1};
}

}  // namespace

std::map<std::string, severity> claim_severity(const file_result& r) {
  std::map<std::string, severity> out;
  for (const auto& f : r.findings)
    for (const auto& id : f.claims) {
      auto [it, fresh] = out.emplace(id, f.level);
      if (!fresh && f.level > it->second) it->second = f.level;
    }
  return out;
}

bool is_charted_figure(const claim& c) {
  return (c.kind == claim_kind::size || c.kind == claim_kind::quantity) && c.value && c.year &&
         subject_key(c) && !c.vague && !c.per && c.value->point > 0 &&
         std::isfinite(c.value->point);
}

std::vector<series> subject_series(const file_result& r) {
  std::vector<series> out;
  std::map<std::string, std::size_t> index;
  for (const auto& c : r.claims) {
    if (!is_charted_figure(c)) continue;
    std::string key =
        *subject_key(c) + '\x1f' + c.currency.value_or("") + '\x1f' + c.unit.value_or("");
    auto [it, fresh] = index.emplace(key, out.size());
    if (fresh) out.push_back({c.subject.value_or(*subject_key(c)), c.currency, c.unit, {}, {}, {}});
    out[it->second].figures.push_back(&c);
  }
  for (auto& s : out) {
    auto key = subject_key(*s.figures.front());
    for (const auto& p : r.published)
      if (is_charted_figure(p.figure) && subject_key(p.figure) == key &&
          p.figure.currency == s.currency && p.figure.unit == s.unit)
        s.archived.push_back(&p);
    for (const auto& c : r.claims)
      if (c.kind == claim_kind::growth && c.rate_of == rate_kind::cagr && c.rate && !c.vague &&
          subject_key(c) == key && c.rate->point > -1)
        s.rates.push_back(&c);
  }
  return out;
}

std::optional<log_path> fit_path(const series& s) {
  if (s.figures.empty()) return std::nullopt;
  log_path p;
  p.t0 = *s.figures.front()->year;
  // Normal equations of the 2×2 system [a b]: figures give a + b·dt = y, rates give b = y.
  double m00 = 0, m01 = 0, m11 = 0, r0 = 0, r1 = 0;
  for (const claim* c : s.figures) {
    auto [y, half] = log_reading(*c->value, 0.005);
    double w = 1 / (half * half), dt = *c->year - p.t0;
    m00 += w, m01 += w * dt, m11 += w * dt * dt, r0 += w * y, r1 += w * dt * y;
  }
  for (const claim* c : s.rates) {
    interval g{std::log1p(c->rate->point), std::nullopt, std::nullopt};
    if (c->rate->low && *c->rate->low > -1) g.low = std::log1p(*c->rate->low);
    if (c->rate->high && *c->rate->high > -1) g.high = std::log1p(*c->rate->high);
    double y = g.low && g.high ? (*g.low + *g.high) / 2 : g.point;
    double half = g.low && g.high ? std::max((*g.high - *g.low) / 2, 0.002) : 0.05;
    m11 += 1 / (half * half), r1 += y / (half * half);
  }
  double det = m00 * m11 - m01 * m01;
  if (!(std::fabs(det) > 1e-12 * std::max(1.0, m00 * m11))) return std::nullopt;
  p.intercept = (r0 * m11 - m01 * r1) / det;
  p.slope = (m00 * r1 - m01 * r0) / det;
  if (!std::isfinite(p.intercept) || !std::isfinite(p.slope)) return std::nullopt;
  return p;
}

}  // namespace fc::report
