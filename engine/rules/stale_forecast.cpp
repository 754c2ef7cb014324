// stale-forecast: a projection for a year already over at the article's date.
#include <fmt/format.h>

#include "rules/format.hpp"
#include "rules/rule.hpp"

namespace fc::rules {

void stale_forecast(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  if (!ctx.article_date) return;
  for (const auto& c : ctx.claims) {
    if (!c.forecast || !c.year || !c.value || *c.year >= ctx.article_date->year) continue;
    // "by 2023" in a 2023 article is current, and an estimate of last year is a measurement.
    if (c.year_relation == "from" || c.year_relation == "as_of") continue;
    finding f;
    f.rule = info.id;
    f.level = info.default_severity;
    f.message = fill(
        message_template(info, ctx.lang),
        {{"year", std::to_string(*c.year)}, {"date", ctx.article_date->iso()}, {"figure", c.text}});
    f.where = c.where;
    f.claims = {c.id};
    f.explanation = ctx.lang == "ko" ? fmt::format("기사 날짜는 {}이고 수치의 연도는 {}년입니다.",
                                                   ctx.article_date->iso(), *c.year)
                                     : fmt::format("The article is dated {}; the figure is for {}.",
                                                   ctx.article_date->iso(), *c.year);
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
