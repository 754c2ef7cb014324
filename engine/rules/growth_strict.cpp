// cagr-rounding and cagr-period-convention: growth conflicts that only a lenient reading
// resolves. Each finding names the reading it needs, so leniency is never silent.
#include <fmt/format.h>

#include <cmath>

#include "consistency/growth_check.hpp"
#include "rules/format.hpp"
#include "rules/growth_explain.hpp"
#include "rules/rule.hpp"

namespace fc::rules {
namespace {

using consistency::lenient_reading;

// The CAGR range two figures allow over n years, with every rounding of both.
std::pair<double, double> implied_range(const claim& e, const claim& l, int n) {
  double el = e.value->low.value_or(e.value->point), eh = e.value->high.value_or(e.value->point);
  double ll = l.value->low.value_or(l.value->point), lh = l.value->high.value_or(l.value->point);
  return {std::pow(ll / eh, 1.0 / n) - 1, std::pow(lh / el, 1.0 / n) - 1};
}

// Two decimals: the point of these findings is a difference of a few hundredths.
std::string fine_percent(double rate) {
  std::string s = fmt::format("{:.2f}", rate * 100);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s + "%";
}

// An open-ended side ("more than 30%") is read as a bound, not a number.
std::string range_text(std::pair<double, double> r, bool ko) {
  if (!std::isfinite(r.second))
    return ko ? fine_percent(r.first) + " 이상" : "at least " + fine_percent(r.first);
  if (r.first <= consistency::lowest_rate)
    return ko ? fine_percent(r.second) + " 이하" : "at most " + fine_percent(r.second);
  return fine_percent(r.first) + (ko ? "~" : "–") + fine_percent(r.second);
}

finding strict_finding(const context& ctx, const rule_info& info,
                       const consistency::growth_conflict& g) {
  const claim& e = ctx.claims[g.earlier];
  const claim& l = ctx.claims[g.later];
  const claim& r = ctx.claims[g.growth];
  bool ko = ctx.lang == "ko";
  int n_long = g.years, n_short = g.years_short;
  auto implied = implied_range(e, l, n_long);
  auto implied_short = implied_range(e, l, n_short);
  auto [wide_low, wide_high] = consistency::checked_rate(*r.rate);
  std::string rate = stated_rate_text(r, ko);
  std::string stated = range_text(consistency::stated_rate(*r.rate), ko);
  std::map<std::string, std::string> v = {
      {"earlier_year", std::to_string(*e.year)},
      {"later_year", std::to_string(*l.year)},
      {"start_year", std::to_string(*l.year - n_short)},
      {"rate", rate},
      {"implied_range", range_text(implied, ko)},
      {"n_long", std::to_string(n_long)},
      {"n_short", std::to_string(n_short)},
  };
  finding f;
  f.rule = info.id;
  f.level = info.default_severity;
  f.message = fill(message_template(info, ctx.lang), v);
  for (auto i : g.claims) f.claims.push_back(ctx.claims[i].id);
  f.where = r.where;
  std::string figures =
      fmt::format("{} ({}) → {} ({})", interval_text(*e.value, e.currency, ctx.lang), *e.year,
                  interval_text(*l.value, l.currency, ctx.lang), *l.year);
  // The same three sentences in each language: the conflict, then the reading that resolves it.
  struct wording {
    const char* conflict;
    const char* rounding;
    const char* period;
  };
  static constexpr wording korean{
      "{} 사이 {}년 동안 두 수치가 함의하는 연평균 성장률은 반올림을 모두 감안해 {}입니다. "
      "제시된 {}는 표기된 자릿수로 {}이므로 겹치지 않습니다.",
      " 성장률을 ±0.5%p 이상 넓게({}~{}) 읽어야만 맞는데, 본문에는 그런 반올림이 보이지 "
      "않습니다.",
      " 기준 수치 다음 해부터 {}년({}~{}년)으로 세면 {}가 되어 맞습니다. 발표 자료의 관례일 "
      "수 있지만 본문은 그 기간을 밝히지 않았습니다."};
  static constexpr wording english{
      "{}: over the {} years between them the figures imply {} a year, with every rounding. "
      "The stated {} reads as {} at its written precision, so the two do not overlap.",
      " They agree only if the rate is read at least ±0.5 points wide ({} to {}), a "
      "rounding the text does not show.",
      " Counted over {} years ({}–{}), from the year after the base figure, the figures "
      "imply {}: a publishers' convention the text does not state."};
  const wording& w = ko ? korean : english;
  f.explanation =
      fmt::format(fmt::runtime(w.conflict), figures, n_long, range_text(implied, ko), rate, stated);
  if (g.needs == lenient_reading::rounding)
    f.explanation +=
        fmt::format(fmt::runtime(w.rounding), fine_percent(wide_low), fine_percent(wide_high));
  else
    f.explanation += fmt::format(fmt::runtime(w.period), n_short, *l.year - n_short, *l.year,
                                 range_text(implied_short, ko));
  if (g.needs == lenient_reading::period_and_rounding)
    f.explanation += ko ? " 그래도 성장률을 ±0.5%p 넓게 읽어야 맞습니다."
                        : " Even then the rate must be read ±0.5 points wide.";
  expected_value ex;
  ex.rate = interval{g.implied_rate, implied.first, implied.second};
  f.expected = ex;
  f.suggestion = ko ? fmt::format("수치와 맞는 {}년 기준 연평균 성장률은 {}입니다", n_long,
                                  range_text(implied, ko))
                    : fmt::format("A CAGR consistent with the figures over {} years is {}", n_long,
                                  range_text(implied, ko));
  return f;
}

void strict_rule(const context& ctx, const rule_info& info, std::vector<finding>& out,
                 bool period) {
  for (const auto& g : growth_conflicts(ctx)) {
    if (g.needs == lenient_reading::none) continue;
    if ((g.needs == lenient_reading::rounding) == period) continue;
    out.push_back(strict_finding(ctx, info, g));
  }
}

}  // namespace

void cagr_rounding(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  strict_rule(ctx, info, out, false);
}

void cagr_period_convention(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  strict_rule(ctx, info, out, true);
}

}  // namespace fc::rules
