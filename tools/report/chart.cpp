// SVG chart of one subject. A band is the set of values a figure allows in other years under
// a stated CAGR (rules.md: x_b − x_a within (b − a)·ln(1 + r)); a figure outside another
// figure's band is the conflict the rules report, so the reader sees it without arithmetic.
#include "report/chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "report/escape.hpp"
#include "report/format.hpp"

namespace fc::report {
namespace {

constexpr double width = 640, height = 300, left = 96, right = 24, top = 24, bottom = 40;

struct frame {
  double x0, x1;  // years at the plot edges
  double y0, y1;  // log10 of the values at the bottom and top edges
  double px(double year) const { return left + (year - x0) / (x1 - x0) * (width - left - right); }
  double py(double log10v) const {
    return top + (y1 - log10v) / (y1 - y0) * (height - top - bottom);
  }
};

double lo_of(const interval& i) { return i.low && *i.low > 0 ? *i.low : i.point; }
double hi_of(const interval& i) { return i.high && *i.high > 0 ? *i.high : i.point; }

// Band edges for one figure and one rate, as log10 values at the given year.
std::pair<double, double> band_at(const interval& v, const interval& r, int t, double year) {
  // A rate at or below −100% has no logarithm; clamp it so a bad claim draws a steep band.
  auto lg = [](double rate) { return std::log10(std::max(1 + rate, 1e-6)); };
  double rl = lg(r.low.value_or(r.point)), rh = lg(r.high.value_or(r.point));
  double dt = year - t;
  double hi = std::log10(hi_of(v)) + dt * (dt < 0 ? rl : rh);
  double lo = std::log10(lo_of(v)) + dt * (dt < 0 ? rh : rl);
  return {lo, hi};
}

frame frame_for(const series& s) {
  int first = *s.figures.front()->year, last = first;
  double vmin = lo_of(*s.figures.front()->value), vmax = hi_of(*s.figures.front()->value);
  for (const claim* c : s.figures) {
    first = std::min(first, *c->year), last = std::max(last, *c->year);
    vmin = std::min(vmin, lo_of(*c->value)), vmax = std::max(vmax, hi_of(*c->value));
  }
  for (const auto* p : s.archived) {
    first = std::min(first, *p->figure.year), last = std::max(last, *p->figure.year);
    vmin = std::min(vmin, lo_of(*p->figure.value)), vmax = std::max(vmax, hi_of(*p->figure.value));
  }
  for (const claim* c : s.rates) {  // a stated period widens the x axis up to 10 years
    if (c->period_from && *c->period_from >= first - 10) first = std::min(first, *c->period_from);
    if (c->period_to && *c->period_to <= last + 10) last = std::max(last, *c->period_to);
  }
  // Show where each band reaches at the other figures' years (the gap is the conflict), but
  // never more than two decades beyond the figures, so one wild rate cannot flatten the rest.
  double lmin = std::log10(vmin), lmax = std::log10(vmax), reach_lo = lmin, reach_hi = lmax;
  for (const claim* r : s.rates)
    for (const claim* a : s.figures)
      for (const claim* b : s.figures) {
        auto [lo, hi] = band_at(*a->value, *r->rate, *a->year, *b->year);
        if (std::isfinite(lo)) reach_lo = std::min(reach_lo, lo);
        if (std::isfinite(hi)) reach_hi = std::max(reach_hi, hi);
      }
  double y0 = std::max(reach_lo, lmin - 2) - 0.15, y1 = std::min(reach_hi, lmax + 2) + 0.15;
  if (y1 - y0 < 0.5) y0 -= (0.5 - (y1 - y0)) / 2, y1 = y0 + 0.5;
  return {first - 0.6, last + 0.6, y0, y1};
}

void axes(std::string& o, const frame& f, const series& s, const ui_strings& ui) {
  std::string_view lang = ui.lang;
  o += fmt::format(R"(<line class="axis" x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}"/>)", left,
                   height - bottom, width - right, height - bottom);
  o += fmt::format(R"(<line class="axis" x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}"/>)", left,
                   top, left, height - bottom);
  int step = std::max(1, static_cast<int>((f.x1 - f.x0) / 10));
  for (int y = static_cast<int>(std::ceil(f.x0)); y <= f.x1; y += step)
    o += fmt::format(R"(<text class="tick" x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>)",
                     f.px(y), height - bottom + 16, y);
  // Ticks at 1-2-5 per decade; a narrow axis (less than a decade) gets every digit.
  std::vector<double> ticks;
  for (auto steps :
       {std::vector<double>{1, 2, 5}, std::vector<double>{1, 1.5, 2, 3, 4, 5, 6, 7, 8, 9}}) {
    ticks.clear();
    for (int k = static_cast<int>(std::floor(f.y0)); k <= std::ceil(f.y1); ++k)
      for (double m : steps)
        if (double l = k + std::log10(m); l >= f.y0 && l <= f.y1) ticks.push_back(l);
    if (ticks.size() >= 3) break;
  }
  for (double l : ticks) {
    o += fmt::format(R"(<line class="grid" x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}"/>)",
                     left, f.py(l), width - right, f.py(l));
    o +=
        fmt::format(R"(<text class="tick" x="{:.1f}" y="{:.1f}" text-anchor="end">{}</text>)",
                    left - 6, f.py(l) + 4, html(amount(std::pow(10, l), s.currency, s.unit, lang)));
  }
}

}  // namespace

std::string chart_svg(const series& s, const std::map<std::string, severity>& conflicts,
                      const ui_strings& ui, const std::string& prefix, std::size_t n) {
  std::string_view lang = ui.lang;
  frame f = frame_for(s);
  std::string clip = fmt::format("{}-clip{}", prefix, n);
  std::string o = fmt::format(
      R"(<svg class="chart" role="img" viewBox="0 0 {} {}" width="{}" height="{}" )"
      R"(xmlns="http://www.w3.org/2000/svg" aria-label="{}"><clipPath id="{}"><rect x="{}" y="{}" )"
      R"(width="{}" height="{}"/></clipPath>)",
      width, height, width, height, html(s.label), clip, left, top, width - left - right,
      height - top - bottom);
  axes(o, f, s, ui);
  o += fmt::format(R"~(<g clip-path="url(#{})">)~", clip);
  for (const claim* r : s.rates)
    for (const claim* c : s.figures) {
      auto [l0, h0] = band_at(*c->value, *r->rate, *c->year, f.x0);
      auto [lt, ht] = band_at(*c->value, *r->rate, *c->year, *c->year);
      auto [l1, h1] = band_at(*c->value, *r->rate, *c->year, f.x1);
      o += fmt::format(
          R"(<polygon class="band" points="{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f} )"
          R"({:.1f},{:.1f} {:.1f},{:.1f}"><title>{} {} · {} {}</title></polygon>)",
          f.px(f.x0), f.py(h0), f.px(*c->year), f.py(ht), f.px(f.x1), f.py(h1), f.px(f.x1),
          f.py(l1), f.px(*c->year), f.py(lt), f.px(f.x0), f.py(l0), html(ui.band),
          html(interval_text(*r, lang)), html(c->text), *c->year);
    }
  if (auto p = fit_path(s))
    o += fmt::format(
        R"(<line class="fit" x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}"><title>{}</title></line>)",
        f.px(f.x0), f.py(p->at(f.x0) / std::log(10)), f.px(f.x1), f.py(p->at(f.x1) / std::log(10)),
        html(ui.fit));
  o += "</g>";
  // Published figures (--archive): hollow, beside the year's own figures, labelled by date.
  for (std::size_t i = 0; i < s.archived.size(); ++i) {
    const auto& p = *s.archived[i];
    const claim& c = p.figure;
    std::string when = p.published ? p.published->iso() : ui.undated;
    double x = f.px(*c.year) - 14, y = f.py(std::log10(c.value->point));
    o += fmt::format(
        R"(<circle class="archived" cx="{:.1f}" cy="{:.1f}" r="5"><title>{} · {} · {} · {}</title>)"
        R"(</circle><text class="label archived" x="{:.1f}" y="{:.1f}" text-anchor="end">{}</text>)",
        x, y, html(c.text), *c.year, html(c.source.value_or("—")), html(p.path), x - 7,
        y + (i % 2 ? 14 : -7), html(when));
  }
  for (std::size_t i = 0; i < s.figures.size(); ++i) {
    const claim& c = *s.figures[i];
    // Figures for the same year stand side by side instead of on top of each other.
    std::size_t same = 0, before = 0;
    for (std::size_t j = 0; j < s.figures.size(); ++j)
      if (*s.figures[j]->year == *c.year) same++, before += j < i;
    double x = f.px(*c.year) + (static_cast<double>(before) - (same - 1) / 2.0) * 12;
    double y = f.py(std::log10(c.value->point));
    double ylo = f.py(std::log10(lo_of(*c.value))), yhi = f.py(std::log10(hi_of(*c.value)));
    auto it = conflicts.find(c.id);
    const char* cls = it == conflicts.end()             ? ""
                      : it->second == severity::error   ? " conflict"
                      : it->second == severity::warning ? " warn"
                                                        : "";
    o += fmt::format(R"(<a href="#{}-{}">)", prefix, html(c.id));
    o += fmt::format(
        R"(<path class="errbar" d="M{0:.1f} {1:.1f}V{2:.1f}M{3:.1f} {1:.1f}H{4:.1f}M{3:.1f} )"
        R"({2:.1f}H{4:.1f}"/>)",
        x, ylo, yhi, x - 5, x + 5);
    o += fmt::format(R"(<circle class="figure{}" cx="{:.1f}" cy="{:.1f}" r="5" data-claim="{}">)"
                     R"(<title>{} · {} · {}</title></circle>)",
                     cls, x, y, html(c.id), html(c.text), *c.year, html(c.source.value_or("—")));
    double dy = i % 2 ? 16 : -9;  // alternate so labels of figures in one year do not overlap
    o += fmt::format(R"(<text class="label" x="{:.1f}" y="{:.1f}">{}</text></a>)", x + 8, y + dy,
                     html(c.source.value_or(c.text)));
  }
  return o + "</svg>";
}

}  // namespace fc::report
