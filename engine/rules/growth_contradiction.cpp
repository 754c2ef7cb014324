// growth-contradiction: the figures move against the stated growth direction (the seed's case).
#include "consistency/growth_check.hpp"
#include "rules/growth_explain.hpp"

namespace fc::rules {

void growth_contradiction(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  for (const auto& g : growth_conflicts(ctx)) {
    if (g.needs != consistency::lenient_reading::none) continue;  // a strict-only warning
    double rate = ctx.claims[g.growth].rate->point;
    bool figures_fall = ctx.claims[g.later].value->point < ctx.claims[g.earlier].value->point;
    bool figures_rise = ctx.claims[g.later].value->point > ctx.claims[g.earlier].value->point;
    if ((rate > 0 && figures_fall) || (rate < 0 && figures_rise))
      out.push_back(growth_finding(ctx, info, g));
  }
}

}  // namespace fc::rules
