// period-mismatch (info): the CAGR's stated period starts a year after the base figure, so the
// check tried both compounding lengths; the note shows the rate each one implies.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "consistency/growth_check.hpp"
#include "rules/format.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {

void period_mismatch(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  growth_conflicts(ctx);
  const auto& pairings = ctx.growth_pairings;
  std::vector<std::size_t> seen;
  for (const auto& p : pairings) {
    const claim& g = ctx.claims[p.growth];
    if (p.n_short == p.n_long || !g.period_from) continue;
    if (std::find(seen.begin(), seen.end(), g.where.start) != seen.end()) continue;
    seen.push_back(g.where.start);
    const claim& e = ctx.claims[p.earlier];
    const claim& l = ctx.claims[p.later];
    double ratio = l.value->point / e.value->point;
    std::string period =
        fmt::format("{}–{}", g.period_from.value_or(0), g.period_to.value_or(*l.year));
    finding f;
    f.rule = info.id;
    f.level = info.default_severity;
    f.message = fill(message_template(info, ctx.lang), {{"period", period},
                                                        {"base_year", std::to_string(*e.year)},
                                                        {"n_short", std::to_string(p.n_short)},
                                                        {"n_long", std::to_string(p.n_long)}});
    f.where = g.where;
    f.claims = {e.id, l.id, g.id};
    static constexpr wording both_counts{
        .en = "over {n_long} years: {long_rate} a year; over {n_short} years: {short_rate} a year",
        .ko = "{n_long}년 기준 연평균 {long_rate}, {n_short}년 기준 연평균 {short_rate}",
        .zh = "按{n_long}年计年均{long_rate}，按{n_short}年计年均{short_rate}",
        .ja = "{n_long}年で数えると年平均{long_rate}、{n_short}年で数えると年平均{short_rate}"};
    f.explanation = say(both_counts, ctx.lang, fmt::arg("n_long", p.n_long),
                        fmt::arg("long_rate", percent(std::pow(ratio, 1.0 / p.n_long) - 1)),
                        fmt::arg("n_short", p.n_short),
                        fmt::arg("short_rate", percent(std::pow(ratio, 1.0 / p.n_short) - 1)));
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
