// vague-figure (newsroom policy, off by default): a vague amount beside a precise one.
#include "rules/format.hpp"
#include "rules/rule.hpp"

namespace fc::rules {

void vague_figure(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (const auto& v : cs) {
    if (!v.vague || !v.subject_key) continue;
    for (const auto& o : cs) {
      if (&o == &v || o.vague || o.kind != v.kind || o.sentence != v.sentence ||
          o.subject_key != v.subject_key)
        continue;
      finding f;
      f.rule = info.id;
      f.level = info.default_severity;
      f.message = fill(message_template(info, ctx.lang), {{"figure", v.text}});
      f.where = v.where;
      f.claims = {v.id, o.id};
      out.push_back(std::move(f));
      break;
    }
  }
}

}  // namespace fc::rules
