// range-rate-step: a rate the text applies to every year ("매년 15~25%씩", "grew 20–30% a
// year") must hold for each step between consecutive dated figures, not only for the span.
// An average (CAGR, 연평균) constrains the span alone and is left to cagr-mismatch.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "consistency/growth_check.hpp"
#include "rules/format.hpp"
#include "rules/pairs.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {
namespace {

// One year's figures of a subject, as the hull of every reading (lenient when two differ).
struct year_hull {
  double low = 0, high = 0;
  std::vector<std::size_t> claims;
};

std::string fine_percent(double rate) {
  std::string s = fmt::format("{:.1f}", rate * 100);
  if (s.ends_with(".0")) s.resize(s.size() - 2);
  return s + "%";
}

}  // namespace

void range_rate_step(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  // A rate range's dash, as the article's language writes it.
  static constexpr wording dash{.en = "–", .ko = "~", .zh = "–", .ja = "～"};
  auto range = [&](double lo, double hi) {
    return fine_percent(lo) + std::string(pick(dash, ctx.lang)) + fine_percent(hi);
  };
  std::set<std::pair<std::size_t, std::size_t>>
      seen;  // a rate distributed over subjects is one rate per subject
  for (std::size_t g = 0; g < cs.size(); ++g) {
    const claim& r = cs[g];
    if (r.kind != claim_kind::growth || r.rate_of != rate_kind::cagr || !r.each_year || !r.rate ||
        !r.rate->low || !r.rate->high || !r.subject_key || r.other_basis)
      continue;
    // Figures of the subject inside the stated period (the whole span when none is stated),
    // one measure at a time.
    std::map<std::pair<std::string, std::string>, std::map<int, year_hull>> series;
    for (std::size_t i = 0; i < cs.size(); ++i) {
      const claim& c = cs[i];
      if (!consistency::comparable_figures(c, c) || c.subject_key != r.subject_key || c.part ||
          c.part_year || !c.year)
        continue;
      // Another firm's figures are another series: its path says nothing of this rate.
      if (r.source && c.source && !same_source(r.source, c.source)) continue;
      if ((r.period_from && *c.year < *r.period_from) || (r.period_to && *c.year > *r.period_to))
        continue;
      double lo = c.value->low.value_or(c.value->point),
             hi = c.value->high.value_or(c.value->point);
      auto& years = series[{c.currency.value_or(""), c.unit.value_or("")}];
      auto [it, fresh] = years.try_emplace(*c.year, year_hull{lo, hi, {}});
      if (!fresh) it->second.low = std::min(it->second.low, lo);
      if (!fresh) it->second.high = std::max(it->second.high, hi);
      it->second.claims.push_back(i);
    }
    auto [tol_low, tol_high] = consistency::checked_rate(*r.rate);
    for (const auto& [measure, years] : series) {
      // Two years make one step, the span itself: cagr-mismatch already checks it.
      if (years.size() < 3) continue;
      for (auto e = years.begin(), l = std::next(e); l != years.end(); ++e, ++l) {
        if (e->second.low <= 0) continue;
        // "revenue rose 9% last year to $4.8 billion; it forecasts declines of 1% to 2% a
        // year through 2028": a forecast rate with no start of its own says nothing of a step that
        // ended before the article's year.
        if (r.forecast && !r.period_from && ctx.article_date && l->first < ctx.article_date->year)
          continue;
        int n = l->first - e->first;
        double step_low = std::pow(l->second.low / e->second.high, 1.0 / n) - 1;
        double step_high = std::pow(l->second.high / e->second.low, 1.0 / n) - 1;
        if (step_high >= tol_low && step_low <= tol_high) continue;
        std::size_t last = l->second.claims.front();
        if (!seen.emplace(r.where.start, cs[last].where.start).second) continue;
        const claim& ec = cs[e->second.claims.front()];
        const claim& lc = cs[last];
        std::string stated = range(*r.rate->low, *r.rate->high);
        std::string implied = range(step_low, step_high);
        finding f;
        f.rule = info.id;
        f.level = info.default_severity;
        f.message =
            fill(message_template(info, ctx.lang), {{"subject", r.subject.value_or("")},
                                                    {"earlier_year", std::to_string(e->first)},
                                                    {"later_year", std::to_string(l->first)},
                                                    {"implied", implied},
                                                    {"rate", stated}});
        f.where = lc.where;
        f.claims = {r.id};
        for (auto i : e->second.claims) f.claims.push_back(cs[i].id);
        for (auto i : l->second.claims) f.claims.push_back(cs[i].id);
        std::string from = money_range(e->second.low, e->second.high, ec.currency, ctx.lang);
        std::string to = money_range(l->second.low, l->second.high, lc.currency, ctx.lang);
        static constexpr wording steps{
            .en =
                "{from} ({from_year}) → {to} ({to_year}): over {n} year(s), "
                "(later/earlier)^(1/{n}) − 1 is {implied} a year at every rounding. The text "
                "states {stated} every year (tolerated {tol}), so this step cannot meet it.",
            .ko =
                "{from_year}년 {from} → {to_year}년 {to}: {n}년 복리로 (나중/앞)^(1/{n}) − 1은 "
                "반올림을 모두 감안해 연 {implied}입니다. 본문은 매년 {stated}(허용 {tol}) "
                "성장을 말하므로 이 구간에서 맞지 않습니다.",
            .zh =
                "{from_year}年{from} → {to_year}年{to}：按{n}年复利，(后/前)^(1/{n}) − 1计入所有"
                "四舍五入为每年{implied}。文中说每年增长{stated}（容许{tol}），因此这一段不相符。",
            .ja =
                "{from_year}年{from} → {to_year}年{to}：{n}年複利で(後/前)^(1/{n}) − 1は四捨五入"
                "をすべて考慮して年{implied}です。本文は毎年{stated}（許容{tol}）の成長と述べて"
                "いるため、この区間では整合しません。"};
        f.explanation = say(steps, ctx.lang, fmt::arg("from_year", e->first),
                            fmt::arg("from", from), fmt::arg("to_year", l->first),
                            fmt::arg("to", to), fmt::arg("n", n), fmt::arg("implied", implied),
                            fmt::arg("stated", stated), fmt::arg("tol", range(tol_low, tol_high)));
        expected_value ex;
        ex.rate = interval{(step_low + step_high) / 2, step_low, step_high};
        f.expected = ex;
        out.push_back(std::move(f));
      }
    }
  }
}

}  // namespace fc::rules
