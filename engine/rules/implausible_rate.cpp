// implausible-rate: a CAGR beyond max_cagr/min_cagr, or a share above 100%.
#include <fmt/format.h>

#include <cmath>

#include "rules/format.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {

// Bounds that make no band would silence the rule or fire it on every rate.
std::optional<param_problem> implausible_rate_params(const rule_info& info) {
  double max_cagr = param(info, "max_cagr", 1.0), min_cagr = param(info, "min_cagr", -0.5);
  if (!(max_cagr > 0)) return param_problem{"max_cagr", "'max_cagr' must be above 0"};
  if (!(min_cagr >= -1))
    return param_problem{"min_cagr", "'min_cagr' must be -1 (a fall of 100%) or more"};
  if (!(min_cagr < max_cagr))
    return param_problem{
        "min_cagr",
        fmt::format("'min_cagr' ({:g}) must be below 'max_cagr' ({:g})", min_cagr, max_cagr)};
  return std::nullopt;
}

namespace {

// "143亿元 in 2023 … 7202亿元 by 2028, a CAGR above 110%": a rate the text's own figures imply
// (two dated levels of its subject, as far beyond the bound) is this market's, not a slip.
bool figures_imply(const std::vector<claim>& cs, const claim& rate, double bound, bool above) {
  for (const auto& a : cs)
    for (const auto& b : cs) {
      if (!a.year || !b.year || *a.year >= *b.year || !a.value || !b.value ||
          a.subject_key != rate.subject_key || b.subject_key != rate.subject_key ||
          a.currency != b.currency || a.unit != b.unit || a.kind != b.kind ||
          (a.kind != claim_kind::size && a.kind != claim_kind::quantity) || a.value->point <= 0 ||
          b.value->point <= 0)
        continue;
      double implied = std::pow(b.value->point / a.value->point, 1.0 / (*b.year - *a.year)) - 1;
      if (above ? implied > bound : implied < bound) return true;
    }
  return false;
}

}  // namespace

void implausible_rate(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  double max_cagr = param(info, "max_cagr", 1.0), min_cagr = param(info, "min_cagr", -0.5);
  static constexpr wording cagr_word{
      .en = "CAGR", .ko = "연평균 성장률", .zh = "年复合增长率", .ja = "年平均成長率"};
  static constexpr wording share_word{.en = "share", .ko = "점유율", .zh = "份额", .ja = "シェア"};
  static constexpr wording configured{.en = "Configured range: {min} to {max}",
                                      .ko = "설정된 범위: {min} ~ {max}",
                                      .zh = "设定的范围：{min}–{max}",
                                      .ja = "設定された範囲：{min}～{max}"};
  for (const auto& c : ctx.claims) {
    if (!c.rate || !c.rate->low) continue;
    bool cagr = c.kind == claim_kind::growth && c.rate_of == rate_kind::cagr;
    bool share = c.kind == claim_kind::share;
    double lo = cagr ? min_cagr : 0, hi = cagr ? max_cagr : 1.0;
    if (!cagr && !share) continue;
    bool above = c.rate->low && *c.rate->low > hi;
    bool below = cagr && c.rate->high && *c.rate->high < lo;
    if (!above && !below) continue;
    if (cagr && figures_imply(ctx.claims, c, above ? hi : lo, above)) continue;
    finding f;
    f.rule = info.id;
    f.level = info.default_severity;
    f.message = fill(message_template(info, ctx.lang),
                     {{"kind", std::string(pick(cagr ? cagr_word : share_word, ctx.lang))},
                      {"rate", percent(c.rate->point)},
                      {"min", percent(lo)},
                      {"max", percent(hi)}});
    f.where = c.where;
    f.claims = {c.id};
    f.explanation =
        say(configured, ctx.lang, fmt::arg("min", percent(lo)), fmt::arg("max", percent(hi)));
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
