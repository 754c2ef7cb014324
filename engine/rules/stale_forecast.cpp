// stale-forecast: a projection for a year already over at the article's date.
#include <fmt/format.h>

#include "rules/format.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {

void stale_forecast(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  if (!ctx.article_date) return;
  for (const auto& c : ctx.claims) {
    if (!c.forecast || !c.year || !c.value || *c.year >= ctx.article_date->year) continue;
    // "by 2023" in a 2023 article is current, and an estimate of last year is a measurement.
    if (c.year_relation == "from" || c.year_relation == "as_of") continue;
    // "up from the firm's previous forecast of €1.45bn, made 18 months ago": a forecast the text
    // says was replaced is an old forecast by its own account, not one left standing.
    if (c.superseded) continue;
    finding f;
    f.rule = info.id;
    f.level = info.default_severity;
    f.message = fill(
        message_template(info, ctx.lang),
        {{"year", std::to_string(*c.year)}, {"date", ctx.article_date->iso()}, {"figure", c.text}});
    f.where = c.where;
    f.claims = {c.id};
    static constexpr wording dated{.en = "The article is dated {date}; the figure is for {year}.",
                                   .ko = "기사 날짜는 {date}이고 수치의 연도는 {year}년입니다.",
                                   .zh = "文章日期为{date}，而数字对应的年份是{year}年。",
                                   .ja = "記事の日付は{date}で、数字の年は{year}年です。"};
    f.explanation =
        say(dated, ctx.lang, fmt::arg("date", ctx.article_date->iso()), fmt::arg("year", *c.year));
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
