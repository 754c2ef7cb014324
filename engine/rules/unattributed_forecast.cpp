// unattributed-forecast (newsroom policy, off by default): a projection with no source nearby.
#include "rules/format.hpp"
#include "rules/rule.hpp"

namespace fc::rules {

void unattributed_forecast(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (std::size_t i = 0; i < cs.size(); ++i) {
    const claim& c = cs[i];
    if (c.kind != claim_kind::size || !c.forecast || c.source || c.conversion_of) continue;
    bool sourced_nearby = false;
    for (const auto& o : cs)
      if (o.source && (o.sentence == c.sentence || o.sentence + 1 == c.sentence))
        sourced_nearby = true;
    if (sourced_nearby) continue;
    finding f;
    f.rule = info.id;
    f.level = info.default_severity;
    f.message = fill(message_template(info, ctx.lang), {{"figure", c.text}});
    f.where = c.where;
    f.claims = {c.id};
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
