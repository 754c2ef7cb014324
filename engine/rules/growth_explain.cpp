// The proof of a growth conflict, written with the article's own numbers: where the earlier
// figure leads at the stated rate, what the two figures imply, and the consistent value.
#include "rules/growth_explain.hpp"

#include <fmt/format.h>

#include <cmath>

#include "rules/format.hpp"

namespace fc::rules {

namespace {

// "2026년 수치는 1.3조~1.5조 원 범위여야 일관됩니다"; a one-sided bound is no range.
std::string consistent_figure(int year, const std::string& bound, bool one_sided, bool ko) {
  if (!ko) return fmt::format("A consistent {} figure would be {}", year, bound);
  return fmt::format("{}년 수치는 {} 일관됩니다", year,
                     one_sided ? josa(bound, "여야") : bound + " 범위여야");
}

}  // namespace

std::string stated_rate_text(const claim& r, bool ko) {
  // "15–20%": a range is stated as written, not as its midpoint.
  if (r.text.find_first_of("~-") != std::string::npos || r.text.find("–") != std::string::npos)
    return r.text;
  if (!r.rate->high && r.rate->low) return (ko ? "최소 " : "at least ") + percent(*r.rate->low);
  if (!r.rate->low && r.rate->high) return (ko ? "최대 " : "at most ") + percent(*r.rate->high);
  return (r.value_hedge == "about" ? (ko ? "약 " : "about ") : std::string()) +
         percent(r.rate->point);
}

finding growth_finding(const context& ctx, const rule_info& info,
                       const consistency::growth_conflict& g) {
  const claim& e = ctx.claims[g.earlier];
  const claim& l = ctx.claims[g.later];
  const claim& r = ctx.claims[g.growth];
  const auto& cur = e.currency;
  bool ko = ctx.lang == "ko";
  int n = g.years;
  auto [rl, rh] = consistency::effective_rate(*r.rate);
  // An open-ended rate ("more than 30%") bounds the reach on one side only.
  bool open_above = !std::isfinite(rh), open_below = !r.rate->low;
  double el = e.value->low.value_or(e.value->point), eh = e.value->high.value_or(e.value->point);
  double ll = l.value->low.value_or(l.value->point), lh = l.value->high.value_or(l.value->point);
  double reach_low = el * std::pow(1 + rl, n), reach_high = eh * std::pow(1 + rh, n);
  interval reach{std::sqrt(reach_low * reach_high), reach_low, reach_high};
  if (open_above) reach = interval{reach_low, reach_low, std::nullopt};
  if (open_below) reach = interval{reach_high, std::nullopt, reach_high};
  std::map<std::string, std::string> v = {
      {"earlier", money(e.value->point, cur, ctx.lang)},
      {"later", money(l.value->point, cur, ctx.lang)},
      {"earlier_year", std::to_string(*e.year)},
      {"later_year", std::to_string(*l.year)},
      {"rate", stated_rate_text(r, ko)},
      {"implied", percent(g.implied_rate)},
  };
  finding f;
  f.rule = info.id;
  f.level = info.default_severity;
  f.message = fill(message_template(info, ctx.lang), v);
  for (auto i : g.claims) f.claims.push_back(ctx.claims[i].id);
  const claim& under = ctx.claims[g.underline];
  f.where = under.where;
  std::string range_e = money_range(el, eh, cur, ctx.lang);
  std::string range_reach = interval_text(reach, cur, ctx.lang);
  // The bound the figures break: the low end of the reach, or the high end when only a ceiling
  // is written.
  double base = open_below ? eh : el, step_rate = open_below ? rh : rl;
  double bound = open_below ? reach_high : reach_low;
  std::string growing = open_above ? (ko ? fmt::format("연 {} 이상씩", percent(rl))
                                         : fmt::format("at least {} a year", percent(rl)))
                        : open_below
                            ? (ko ? fmt::format("연 {} 이하로", percent(rh))
                                  : fmt::format("at most {} a year", percent(rh)))
                            : (ko ? fmt::format("연 {}~{}씩", percent(rl), percent(rh))
                                  : fmt::format("{} to {} a year", percent(rl), percent(rh)));
  std::string steps;
  if (ko) {
    steps = fmt::format(
        "{}년 {}({})에서 {} {}년 성장하면 {}년에는 {} 합니다 ({} × {:.3f}^{} = {}). "
        "두 수치가 함의하는 연평균 성장률은 ({}/{})^(1/{}) − 1 = {}입니다. "
        "반올림을 어떻게 읽어도 세 주장이 함께 성립하지 않습니다.",
        *e.year, v["earlier"], range_e, growing, n, *l.year, josa(range_reach, "여야"),
        money(base, cur, ctx.lang), 1 + step_rate, n, money(bound, cur, ctx.lang), v["later"],
        v["earlier"], n, v["implied"]);
  } else {
    steps = fmt::format(
        "From {} in {} ({}) growing {} for {} years, {} must be {} ({} × {:.3f}^{} = "
        "{}). The two figures imply ({} / {})^(1/{}) − 1 = {} a year. No reading of the rounding "
        "makes the three claims agree.",
        v["earlier"], *e.year, range_e, growing, n, *l.year, range_reach,
        money(base, cur, ctx.lang), 1 + step_rate, n, money(bound, cur, ctx.lang), v["later"],
        v["earlier"], n, v["implied"]);
  }
  if (g.years_alt)
    steps +=
        ko ? fmt::format(" 기준연도 관례에 따라 {}년과 {}년 모두 시도했습니다.", g.years_alt, n)
           : fmt::format(" Both {} and {} compounding years were tried (base-year convention).",
                         g.years_alt, n);
  f.explanation = steps;
  expected_value ex;
  if (g.underline == g.later) {
    ex.value = reach;
    ex.currency = cur;
    f.suggestion = consistent_figure(*l.year, range_reach, open_above || open_below, ko);
  } else if (g.underline == g.earlier) {
    double lo = ll / std::pow(1 + rh, n), hi = lh / std::pow(1 + rl, n);
    interval start{std::sqrt(lo * hi), lo, hi};
    if (open_above) start = interval{hi, std::nullopt, hi};
    if (open_below) start = interval{lo, lo, std::nullopt};
    std::string range_start = interval_text(start, cur, ctx.lang);
    ex.value = start;
    ex.currency = cur;
    f.suggestion = consistent_figure(*e.year, range_start, open_above || open_below, ko);
  } else {
    double lo = std::pow(ll / eh, 1.0 / n) - 1, hi = std::pow(lh / el, 1.0 / n) - 1;
    ex.rate = interval{g.implied_rate, lo, hi};
    f.suggestion =
        ko ? fmt::format("수치와 맞는 연평균 성장률은 {}~{}입니다", percent(lo), percent(hi))
           : fmt::format("A CAGR consistent with the figures is {} to {}", percent(lo),
                         percent(hi));
  }
  f.expected = ex;
  // The earlier figure is another source's: the rate's own source may start from an estimate
  // of its own that the text does not give, so the conflict is a warning that names both.
  if (g.other_source_base && f.level == severity::error) {
    f.level = severity::warning;
    std::string base_source = e.source.value_or("?"), rate_source = r.source.value_or("?");
    f.explanation +=
        ko ? fmt::format(
                 " 다만 {}년 수치는 {}, 성장률과 {}년 수치는 {}의 것으로, {}의 {}년 추정치가 "
                 "따로 있다면 맞을 수 있습니다.",
                 *e.year, base_source, *l.year, rate_source, rate_source, *e.year)
           : fmt::format(
                 " The {} figure is {}'s and the rate and the {} figure are {}'s: they fit "
                 "only if {} starts from an estimate of its own that the text does not "
                 "give.",
                 *e.year, base_source, *l.year, rate_source, rate_source);
  }
  return f;
}

}  // namespace fc::rules
