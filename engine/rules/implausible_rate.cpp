// implausible-rate: a CAGR beyond max_cagr/min_cagr, or a share above 100%.
#include "rules/format.hpp"
#include "rules/rule.hpp"

namespace fc::rules {

void implausible_rate(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  double max_cagr = param(info, "max_cagr", 1.0), min_cagr = param(info, "min_cagr", -0.5);
  bool ko = ctx.lang == "ko";
  for (const auto& c : ctx.claims) {
    if (!c.rate || !c.rate->low) continue;
    bool cagr = c.kind == claim_kind::growth && c.rate_of == rate_kind::cagr;
    bool share = c.kind == claim_kind::share;
    double lo = cagr ? min_cagr : 0, hi = cagr ? max_cagr : 1.0;
    if (!cagr && !share) continue;
    bool above = c.rate->low && *c.rate->low > hi;
    bool below = cagr && c.rate->high && *c.rate->high < lo;
    if (!above && !below) continue;
    finding f;
    f.rule = info.id;
    f.level = info.default_severity;
    f.message = fill(message_template(info, ctx.lang),
                     {{"kind", cagr ? (ko ? "연평균 성장률" : "CAGR") : (ko ? "점유율" : "share")},
                      {"rate", percent(c.rate->point)},
                      {"min", percent(lo)},
                      {"max", percent(hi)}});
    f.where = c.where;
    f.claims = {c.id};
    f.explanation = ko ? "설정된 범위: " + percent(lo) + " ~ " + percent(hi)
                       : "Configured range: " + percent(lo) + " to " + percent(hi);
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
