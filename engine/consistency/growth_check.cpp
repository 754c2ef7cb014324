// Builds the constraint system for each (subject, growth claim) pair and runs the model. A
// growth claim with no period spans the subject's earliest and latest figures; a stated period
// constrains only the figures at its ends, trying the base-year convention (rules.md).
#include "consistency/growth_check.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "consistency/sources.hpp"

namespace fc::consistency {
namespace {

constexpr double kMinRateHalfWidth = 0.005;
constexpr double kRelativeRateWidth = 0.025;
// How far the fit may pull an open-ended rate from its written bound, in log units (as for a
// figure with no interval).
constexpr double kOpenSigma = 0.5;

bool is_figure(const claim& c) { return c.year && measured_figure(c); }

// "Facet" and "Antwerp-based Facet Intelligence", "IDC" and "International Data Corporation"
// name one source.
bool same_source(const claim& c, const std::string& source) {
  if (!c.source) return false;
  const std::string& a = *c.source;
  return a.find(source) != std::string::npos || source.find(a) != std::string::npos ||
         consistency::same_source(c.source, source);
}

constraint figure_constraint(const claim& c, std::size_t index) {
  const interval& v = *c.value;
  constraint k;
  k.claim = index;
  k.to = *c.year;
  if (v.low && *v.low > 0) k.low = std::log(*v.low);
  if (v.high && *v.high > 0) k.high = std::log(*v.high);
  k.target = std::log(std::max(v.point, 1e-300));
  k.sigma = (k.low && k.high) ? std::max((*k.high - *k.low) / 2, 1e-4) : 0.5;
  return k;
}

// The missing side of an open-ended rate: no ceiling, or a floor at a near-total loss.
std::pair<double, double> open_ended(const interval& r, double tolerance) {
  return {r.low ? std::max(*r.low - tolerance, lowest_rate) : lowest_rate,
          r.high ? *r.high + tolerance : std::numeric_limits<double>::infinity()};
}

// `wide`: the lenient reading. Press releases compute a CAGR from unrounded or re-based
// figures, so a lenient rate is read at least ±0.5 percentage points wide; the strict reading
// is the written precision. An open-ended rate ("more than 30%", "연평균 30% 넘게") bounds the
// compounding on its written side only.
std::optional<constraint> growth_constraint(const claim& g, std::size_t index, int from, int to,
                                            int n_short, int n_long, bool wide) {
  const interval& r = *g.rate;
  if ((!r.low && !r.high) || (r.low && *r.low <= -1)) return std::nullopt;
  auto [rate_low, rate_high] = wide ? checked_rate(r) : stated_rate(r);
  double lo = std::log1p(rate_low), hi = std::log1p(rate_high);
  constraint k;
  k.claim = index;
  k.from = from;
  k.to = to;
  k.low = std::min(n_short * lo, n_long * lo);
  if (std::isfinite(hi)) k.high = std::max(n_short * hi, n_long * hi);
  k.target = n_long * std::log1p(r.point);
  k.sigma = k.high ? std::max((*k.high - *k.low) / 2, 1e-4) : kOpenSigma;
  return k;
}

}  // namespace

std::pair<double, double> stated_rate(const interval& r) {
  if (!r.low || !r.high) return open_ended(r, 0);
  return {*r.low, std::max(*r.high, *r.low)};
}

std::pair<double, double> effective_rate(const interval& r) {
  if (!r.low || !r.high) return open_ended(r, kMinRateHalfWidth);
  double mid = (*r.high + *r.low) / 2;
  double half = std::max((*r.high - *r.low) / 2, kMinRateHalfWidth);
  return {std::max(mid - half, lowest_rate), mid + half};
}

// What the check tolerates: publishers derive a high CAGR from unrounded or re-based figures,
// so 2.5% of the rate (0.9 points at 36.6%) is allowed too. The explanation shows the narrower
// stated interval, which the conflict violates all the more.
std::pair<double, double> checked_rate(const interval& r) {
  if (!r.low || !r.high)
    return open_ended(r, std::max(kMinRateHalfWidth, kRelativeRateWidth * std::abs(r.point)));
  double mid = (*r.high + *r.low) / 2;
  double half =
      std::max({(*r.high - *r.low) / 2, kMinRateHalfWidth, kRelativeRateWidth * std::abs(mid)});
  return {std::max(mid - half, lowest_rate), mid + half};
}

bool measured_figure(const claim& c) {
  return (c.kind == claim_kind::size || c.kind == claim_kind::quantity) && c.value &&
         c.value->point > 0 && c.subject_key && !per_item(c) && !c.vague && !c.conversion_of &&
         !c.superseded && !c.flow;
}

bool same_measure(const claim& a, const claim& b) {
  return a.kind == b.kind && a.subject_key == b.subject_key && a.currency == b.currency &&
         a.unit == b.unit;
}

bool comparable_figures(const claim& a, const claim& b) {
  return is_figure(a) && is_figure(b) && a.part_year == b.part_year && same_measure(a, b);
}

std::vector<growth_conflict> growth_conflicts(const std::vector<claim>& claims,
                                              std::vector<growth_pairing>* pairings) {
  std::vector<growth_conflict> out;
  // Figures by subject, built once: each growth claim looks only at its own subject's.
  std::map<std::string, std::vector<std::size_t>> figures_of;
  for (std::size_t i = 0; i < claims.size(); ++i)
    // A quarter's figure is no point on an annual growth path.
    if (is_figure(claims[i]) && !claims[i].part_year)
      figures_of[*claims[i].subject_key].push_back(i);
  // Claims are in text order: each sentence's claims are one run, found once for all rates.
  std::vector<std::size_t> run_begin(claims.size()), run_end(claims.size());
  for (std::size_t i = 0; i < claims.size(); ++i)
    run_begin[i] = i > 0 && claims[i - 1].sentence == claims[i].sentence ? run_begin[i - 1] : i;
  for (std::size_t i = claims.size(); i-- > 0;)
    run_end[i] = i + 1 < claims.size() && claims[i + 1].sentence == claims[i].sentence
                     ? run_end[i + 1]
                     : i + 1;
  for (std::size_t gi = 0; gi < claims.size(); ++gi) {
    const claim& g = claims[gi];
    // A rate on another basis or of another time ("해마다 30%씩 뛰던 것과 비교하면") compounds
    // nothing here; a part's ("By cycle type, … frozen transfers … at more than 9% annually")
    // compounds only the figures of parts named as it is ("이 가운데 … 항체의약품 CDMO는 지난해
    // 98억달러에서 매년 10% 이상 커지며 2030년 91억달러").
    if (g.kind != claim_kind::growth || g.rate_of != rate_kind::cagr || !g.rate || !g.subject_key ||
        g.other_basis)
      continue;
    // Figures of the same subject, grouped by currency/unit.
    // A rate speaks about the figures of its own sentence, else of the two before it
    // ("양사 모두 … 17%" after the figures; "올해 2조 1400억 원 … 이는 지난해보다 15.7% 늘어난
    // 수치다. … 연평균 10.3%" past an aside on the year before) and the next few ("… is expected to
    // reach X by 2030" two sentences on). Farther figures are another passage's business.
    // "2020年の…市場は…262億円 … 2019年は212億円だった。… 2020～25年の年平均成長率は5.2%": a
    // period's written start is the figure of that year a few sentences back, not the figure of
    // the year before it in the window.
    constexpr std::size_t reach_back = 2;          // sentences
    constexpr std::size_t period_start_reach = 4;  // sentences back
    auto period_start = [&](std::size_t i) {
      return g.period_from && claims[i].year == g.period_from &&
             claims[i].sentence + period_start_reach >= g.sentence &&
             claims[i].sentence <= g.sentence;
    };
    auto in_scope = [&](std::size_t i, bool same_only) {
      return is_figure(claims[i]) && *claims[i].subject_key == *g.subject_key &&
             (!g.part || claims[i].part) &&
             (claims[i].sentence == g.sentence ||
              (!same_only && ((claims[i].sentence + reach_back >= g.sentence &&
                               claims[i].sentence <= g.sentence + 3) ||
                              period_start(i))));
    };
    auto subject_figures = figures_of.find(*g.subject_key);
    if (subject_figures == figures_of.end()) continue;
    // The subject's figures are in text order: jump to the window's first sentence, so a long
    // document costs the window, not the whole subject, per rate.
    const auto& all = subject_figures->second;
    std::size_t first_sentence = g.sentence > reach_back ? g.sentence - reach_back : 0;
    auto from =
        std::lower_bound(all.begin(), all.end(), first_sentence,
                         [&](std::size_t i, std::size_t s) { return claims[i].sentence < s; });
    std::vector<std::size_t> window;
    for (auto it = from; it != all.end() && claims[*it].sentence <= g.sentence + 3; ++it)
      window.push_back(*it);
    // The period's start, before the window: only the few sentences it may reach back.
    if (g.period_from)
      for (auto it = std::lower_bound(
               all.begin(), from,
               g.sentence > period_start_reach ? g.sentence - period_start_reach : 0,
               [&](std::size_t i, std::size_t s) { return claims[i].sentence < s; });
           it != from; ++it)
        if (period_start(*it)) window.push_back(*it);
    std::map<int, int> same_sentence_years;
    for (auto i : window)
      if (in_scope(i, true)) same_sentence_years[*claims[i].year]++;
    bool same_only = same_sentence_years.size() >= 2;
    // "valued at X in 2023. … Y in 2027 and Z by 2032, a CAGR of 16.5% during 2023–2032": when
    // the rate's sentence lacks a stated end of its period, the window supplies it.
    if (same_only && g.period_from && g.period_to &&
        (!same_sentence_years.count(*g.period_to) ||
         (!same_sentence_years.count(*g.period_from) &&
          !same_sentence_years.count(*g.period_from - 1))))
      same_only = false;
    auto measure_of = [&](std::size_t i) {
      return claims[i].currency.value_or("") + "|" + claims[i].unit.value_or("");
    };
    // "금액 기준으로는 같은 기간 479억 달러에서 1290억 달러로 연평균 15.2%": a rate whose own
    // sentence measures its subject in one currency or unit, dated or not, compounds that
    // measure's figures, not the tonnes of the sentence before.
    std::set<std::string> own_measures;
    for (std::size_t i = run_begin[gi]; i < run_end[gi]; ++i)
      if (i != gi && measured_figure(claims[i]) && claims[i].subject_key == g.subject_key)
        own_measures.insert(measure_of(i));
    std::map<std::string, std::vector<std::size_t>> groups;
    for (auto i : window)
      if (in_scope(i, same_only) && (own_measures.empty() || own_measures.count(measure_of(i))))
        groups[measure_of(i)].push_back(i);
    for (const auto& [key, figs] : groups) {
      std::map<int, std::vector<std::size_t>> by_year;
      for (auto i : figs) by_year[*claims[i].year].push_back(i);
      // "Carraway puts 2023 sales at $12.0 billion …; Facet forecasts $21.5 billion in 2028, a
      // CAGR of 9.3%": a rate compounds its own source's figures. A year whose figures are all
      // another source's holds rival estimates, not the rate's base.
      // A rate the text gives to several sources ("both see about 17%") holds each one's figures
      // to the others'.
      // Claims are in text order, so the copies of one distributed rate are its neighbours.
      auto same_span = [&](std::size_t o) {
        return claims[o].kind == g.kind && claims[o].where.start == g.where.start;
      };
      bool distributed =
          (gi > 0 && same_span(gi - 1)) || (gi + 1 < claims.size() && same_span(gi + 1));
      const auto all_years = by_year;
      if (g.source && !distributed)
        for (auto it = by_year.begin(); it != by_year.end();) {
          auto& v = it->second;
          bool own = std::any_of(v.begin(), v.end(),
                                 [&](std::size_t i) { return same_source(claims[i], *g.source); });
          bool foreign = std::all_of(v.begin(), v.end(), [&](std::size_t i) {
            return claims[i].source && !same_source(claims[i], *g.source);
          });
          if (own)
            std::erase_if(v, [&](std::size_t i) { return !same_source(claims[i], *g.source); });
          it = foreign ? by_year.erase(it) : std::next(it);
        }
      // "지난해 매출은 2조1890억원(진흥원 조사) … 업계는 연평균 10% 안팎 성장해 2026년
      // 1조9800억원": a rate with only its own end still reaches it from the latest earlier figure
      // of another source. Read so, a conflict is a warning that names both sources.
      // Only a measured figure is such a base: another source's forecast ("상대적으로 보수적인
      // IDC도 2028년 …") is a rival estimate.
      bool other_source_base = false;
      if (by_year.size() == 1 && all_years.size() >= 2) {
        auto base = all_years.lower_bound(by_year.begin()->first);
        // "2023年至2030年年均复合增长率为23.5%": a stated period starts at its own year's level.
        if (g.period_from && *g.period_from < by_year.begin()->first &&
            all_years.count(*g.period_from))
          base = std::next(all_years.find(*g.period_from));
        if (base != all_years.begin() &&
            std::none_of(std::prev(base)->second.begin(), std::prev(base)->second.end(),
                         [&](std::size_t i) { return claims[i].forecast; })) {
          --base;
          by_year.insert(*base);
          other_source_base = true;
        }
      }
      if (by_year.size() < 2) continue;
      int a = by_year.begin()->first, b = by_year.rbegin()->first;
      // A rate written with a move compounds over that move, not over every figure around it.
      if (!g.period_from && !g.period_to && g.rate_move && by_year.count(g.rate_move->first) &&
          by_year.count(g.rate_move->second))
        std::tie(a, b) = *g.rate_move;
      // "…에서 263억원으로 커졌다. 앞으로는 연평균 22%씩 성장할 전망이다": a rate that looks
      // ahead, with no period, says nothing of a span that ends in a measured figure of the
      // sentences before it.
      if (g.forecast && !g.period_from && !g.period_to && !g.rate_move &&
          std::none_of(by_year[b].begin(), by_year[b].end(), [&](std::size_t i) {
            return claims[i].forecast || claims[i].sentence >= g.sentence;
          }))
        continue;
      int n_short = b - a, n_long = b - a;
      // "지난해 5400억원 … 앞으로 5년간 연평균 8.5% 성장해 2028년 4900억원": a span counted from
      // the article date is the figures' own when they state its length from another base year.
      const bool span_of_figures = g.period_from && g.period_to && !by_year.count(*g.period_to) &&
                                   !by_year.count(*g.period_from) &&
                                   b - a == *g.period_to - *g.period_from;
      // With such a span n_short == n_long: the written length, with no convention to try.
      if (!span_of_figures) {
        if (g.period_to) {
          if (!by_year.count(*g.period_to)) continue;
          b = *g.period_to;
        }
        if (g.period_from) {
          int p = *g.period_from;
          if (by_year.count(p)) {
            a = p;
          } else if (by_year.count(p - 1)) {
            a = p - 1;  // "valued at X in 2022 … CAGR 2023–2030": try n and n−1
          } else {
            continue;
          }
          n_long = b - a;
          n_short = b - p;
          if (a == p) n_short = n_long;
        } else {
          // No stated start: press releases often compound from the year after the base
          // figure ("2022년 … 2030년까지 연평균 36.8%" is 7 years of growth), so n − 1 is tried.
          n_long = b - a;
          n_short = n_long > 1 ? n_long - 1 : n_long;
        }
      }
      if (n_long <= 0 || n_short <= 0) continue;
      // Figures of one year that disagree are figure-disagreement's business, not this rule's.
      auto agree = [&](int y) {
        const auto& v = by_year[y];
        for (auto i : v)
          for (auto j : v)
            if (!claims[i].value->overlaps(*claims[j].value)) return false;
        return true;
      };
      if (!agree(a) || !agree(b)) continue;
      // Each compounding length and rate window is its own reading. The text's own readings
      // are n_long and, with a stated period starting after the base figure, n_short; the
      // one-year-shorter span with no stated period is a publishers' convention, so a conflict
      // it alone resolves is strict-only.
      auto system = [&](int n, bool wide) -> std::optional<std::vector<constraint>> {
        std::vector<constraint> cs;
        for (auto i : by_year[a]) cs.push_back(figure_constraint(claims[i], i));
        for (auto i : by_year[b]) cs.push_back(figure_constraint(claims[i], i));
        auto gc = growth_constraint(g, gi, a, b, n, n, wide);
        if (!gc) return std::nullopt;
        cs.push_back(*gc);
        return cs;
      };
      auto fits = [&](int n, bool wide) {
        auto c = find_conflict(*system(n, wide));
        return !c || std::find(c->begin(), c->end(), gi) == c->end();
      };
      if (!system(n_long, true)) continue;
      if (pairings)
        pairings->push_back({gi, by_year[a].front(), by_year[b].front(), n_short, n_long});
      bool stated_short = n_short != n_long && g.period_from.has_value();
      bool convention = n_short != n_long && !stated_short;
      auto text_fits = [&](bool wide) {
        return fits(n_long, wide) || (stated_short && fits(n_short, wide));
      };
      // With a stated period that starts after the base figure, the growth from the base year
      // to the period's start is unknown, so the written digits cannot be held to either span:
      // only a conflict under every reading counts there.
      if (text_fits(false) || (stated_short && text_fits(true))) continue;
      // No period start written ("2026년까지 연평균 36.7%") and several earlier figures ("$18.6
      // billion in 2020, roughly triple its 2019 size of $6.1 billion, and $63.4 billion in 2026 —
      // about 22.7% a year"): which one the rate compounds from is unsaid, and a later one that
      // fits as written is the base.
      if (!g.period_from && !g.rate_move) {
        bool later_base_fits = false;
        const int earliest = a;
        for (const auto& [year, unused] : by_year) {
          if (year <= earliest || year >= b || later_base_fits || !agree(year)) continue;
          a = year;
          later_base_fits = fits(b - year, false);
        }
        a = earliest;
        if (later_base_fits) continue;
      }
      lenient_reading needs = lenient_reading::none;
      if (text_fits(true))
        needs = lenient_reading::rounding;
      else if (convention && fits(n_short, false))
        needs = lenient_reading::period;
      else if (convention && fits(n_short, true))
        needs = lenient_reading::period_and_rounding;
      bool strict_only = needs != lenient_reading::none;
      auto cs = system(n_long, !strict_only);
      auto conflict = find_conflict(*cs);
      if (!conflict || std::find(conflict->begin(), conflict->end(), gi) == conflict->end())
        continue;
      growth_conflict r;
      r.needs = needs;
      r.other_source_base = other_source_base;
      r.claims = *conflict;
      r.growth = gi;
      r.earlier = by_year[a].front();
      r.later = by_year[b].front();
      for (auto i : *conflict) {
        if (claims[i].year && *claims[i].year == a && i != gi) r.earlier = i;
        if (claims[i].year && *claims[i].year == b && i != gi) r.later = i;
      }
      r.years = n_long;
      r.years_alt = stated_short ? n_short : 0;
      r.years_short = n_short;
      fit f = fit_path(*cs);
      double worst = -1;
      for (std::size_t k = 0; k < cs->size(); ++k)
        if (std::find(conflict->begin(), conflict->end(), (*cs)[k].claim) != conflict->end() &&
            std::abs(f.residual[k]) > worst + 1e-12)
          worst = std::abs(f.residual[k]), r.underline = (*cs)[k].claim;
      r.implied_rate =
          std::pow(claims[r.later].value->point / claims[r.earlier].value->point, 1.0 / n_long) - 1;
      // "양사 모두": the same rate distributed to two sources is one conflict, not two.
      bool duplicate = std::any_of(out.begin(), out.end(), [&](const growth_conflict& o) {
        return claims[o.growth].where.start == g.where.start && o.earlier == r.earlier &&
               o.later == r.later;
      });
      if (!duplicate) out.push_back(r);
    }
  }
  return out;
}

}  // namespace fc::consistency
