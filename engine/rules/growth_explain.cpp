// The proof of a growth conflict, written with the article's own numbers: where the earlier
// figure leads at the stated rate, what the two figures imply, and the consistent value.
#include "rules/growth_explain.hpp"

#include <fmt/format.h>

#include <cmath>

#include "rules/format.hpp"

namespace fc::rules {

finding growth_finding(const context& ctx, const rule_info& info,
                       const consistency::growth_conflict& g) {
  const claim& e = ctx.claims[g.earlier];
  const claim& l = ctx.claims[g.later];
  const claim& r = ctx.claims[g.growth];
  const auto& cur = e.currency;
  bool ko = ctx.lang == "ko";
  int n = g.years;
  auto [rl, rh] = consistency::effective_rate(*r.rate);
  double el = e.value->low.value_or(e.value->point), eh = e.value->high.value_or(e.value->point);
  double ll = l.value->low.value_or(l.value->point), lh = l.value->high.value_or(l.value->point);
  double reach_low = el * std::pow(1 + rl, n), reach_high = eh * std::pow(1 + rh, n);
  std::map<std::string, std::string> v = {
      {"earlier", money(e.value->point, cur, ctx.lang)},
      {"later", money(l.value->point, cur, ctx.lang)},
      {"earlier_year", std::to_string(*e.year)},
      {"later_year", std::to_string(*l.year)},
      // "15–20%": a range is stated as written, not as its midpoint.
      {"rate",
       r.text.find_first_of("~-") != std::string::npos || r.text.find("–") != std::string::npos
           ? r.text
           : (r.value_hedge == "about" ? (ko ? "약 " : "about ") : std::string()) +
                 percent(r.rate->point)},
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
  std::string range_reach = money_range(reach_low, reach_high, cur, ctx.lang);
  std::string steps;
  if (ko) {
    steps = fmt::format(
        "{}년 {}({})에서 연 {}~{}씩 {}년 성장하면 {}년에는 {} 합니다 ({} × {:.3f}^{} = {}). "
        "두 수치가 함의하는 연평균 성장률은 ({}/{})^(1/{}) − 1 = {}입니다. "
        "반올림을 어떻게 읽어도 세 주장이 함께 성립하지 않습니다.",
        *e.year, v["earlier"], range_e, percent(rl), percent(rh), n, *l.year,
        josa(range_reach, "여야"), money(el, cur, ctx.lang), 1 + rl, n,
        money(reach_low, cur, ctx.lang), v["later"], v["earlier"], n, v["implied"]);
  } else {
    steps = fmt::format(
        "From {} in {} ({}) growing {} to {} a year for {} years, {} must be {} ({} × {:.3f}^{} = "
        "{}). The two figures imply ({} / {})^(1/{}) − 1 = {} a year. No reading of the rounding "
        "makes the three claims agree.",
        v["earlier"], *e.year, range_e, percent(rl), percent(rh), n, *l.year, range_reach,
        money(el, cur, ctx.lang), 1 + rl, n, money(reach_low, cur, ctx.lang), v["later"],
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
    ex.value = interval{std::sqrt(reach_low * reach_high), reach_low, reach_high};
    ex.currency = cur;
    f.suggestion = ko ? fmt::format("{}년 수치는 {} 범위여야 일관됩니다", *l.year, range_reach)
                      : fmt::format("A consistent {} figure would be {}", *l.year, range_reach);
  } else if (g.underline == g.earlier) {
    double lo = ll / std::pow(1 + rh, n), hi = lh / std::pow(1 + rl, n);
    ex.value = interval{std::sqrt(lo * hi), lo, hi};
    ex.currency = cur;
    f.suggestion = ko ? fmt::format("{}년 수치는 {} 범위여야 일관됩니다", *e.year,
                                    money_range(lo, hi, cur, ctx.lang))
                      : fmt::format("A consistent {} figure would be {}", *e.year,
                                    money_range(lo, hi, cur, ctx.lang));
  } else {
    double lo = std::pow(ll / eh, 1.0 / n) - 1, hi = std::pow(lh / el, 1.0 / n) - 1;
    ex.rate = interval{g.implied_rate, lo, hi};
    f.suggestion =
        ko ? fmt::format("수치와 맞는 연평균 성장률은 {}~{}입니다", percent(lo), percent(hi))
           : fmt::format("A CAGR consistent with the figures is {} to {}", percent(lo),
                         percent(hi));
  }
  f.expected = ex;
  return f;
}

}  // namespace fc::rules
