// The proof of a growth conflict, written with the article's own numbers: where the earlier
// figure leads at the stated rate, what the two figures imply, and the consistent value.
#include "rules/growth_explain.hpp"

#include <fmt/format.h>

#include <cmath>

#include "rules/format.hpp"
#include "rules/wording.hpp"

namespace fc::rules {

namespace {

// "2026년 수치는 1.3조~1.5조 원 범위여야 일관됩니다"; a one-sided bound is no range.
std::string consistent_figure(int year, const std::string& bound, bool one_sided,
                              const std::string& lang) {
  static constexpr wording consistent{.en = "A consistent {year} figure would be {bound}",
                                      .ko = "{year}년 수치는 {bound_ko} 일관됩니다",
                                      .zh = "{year}年的数字应为{bound}才一致",
                                      .ja = "{year}年の数字は{bound}であれば整合します"};
  return say(consistent, lang, fmt::arg("year", year), fmt::arg("bound", bound),
             fmt::arg("bound_ko", one_sided ? josa(bound, "여야") : bound + " 범위여야"));
}

}  // namespace

std::string stated_rate_text(const claim& r, const std::string& lang) {
  // "15–20%": a range is stated as written, not as its midpoint.
  if (r.text.find_first_of("~-") != std::string::npos || r.text.find("–") != std::string::npos)
    return r.text;
  static constexpr wording at_least{
      .en = "at least {rate}", .ko = "최소 {rate}", .zh = "至少{rate}", .ja = "{rate}以上"};
  static constexpr wording at_most{
      .en = "at most {rate}", .ko = "최대 {rate}", .zh = "至多{rate}", .ja = "{rate}以下"};
  static constexpr wording about{
      .en = "about {rate}", .ko = "약 {rate}", .zh = "约{rate}", .ja = "約{rate}"};
  if (!r.rate->high && r.rate->low)
    return say(at_least, lang, fmt::arg("rate", percent(*r.rate->low)));
  if (!r.rate->low && r.rate->high)
    return say(at_most, lang, fmt::arg("rate", percent(*r.rate->high)));
  if (r.value_hedge == "about") return say(about, lang, fmt::arg("rate", percent(r.rate->point)));
  return percent(r.rate->point);
}

finding growth_finding(const context& ctx, const rule_info& info,
                       const consistency::growth_conflict& g) {
  const claim& e = ctx.claims[g.earlier];
  const claim& l = ctx.claims[g.later];
  const claim& r = ctx.claims[g.growth];
  const auto& cur = e.currency;
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
      {"rate", stated_rate_text(r, ctx.lang)},
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
  static constexpr wording at_least_yearly{.en = "at least {low} a year",
                                           .ko = "연 {low} 이상씩",
                                           .zh = "每年至少{low}",
                                           .ja = "年{low}以上"};
  static constexpr wording at_most_yearly{.en = "at most {high} a year",
                                          .ko = "연 {high} 이하로",
                                          .zh = "每年至多{high}",
                                          .ja = "年{high}以下"};
  static constexpr wording yearly{.en = "{low} to {high} a year",
                                  .ko = "연 {low}~{high}씩",
                                  .zh = "每年{low}–{high}",
                                  .ja = "年{low}～{high}"};
  std::string growing = say(open_above   ? at_least_yearly
                            : open_below ? at_most_yearly
                                         : yearly,
                            ctx.lang, fmt::arg("low", percent(rl)), fmt::arg("high", percent(rh)));
  // The proof: where the earlier figure leads at the stated rate, and what the figures imply.
  static constexpr wording proof{
      .en =
          "From {earlier} in {earlier_year} ({earlier_range}) growing {growing} for {n} years, "
          "{later_year} must be {reach} ({base} × {factor:.3f}^{n} = {bound}). The two figures "
          "imply ({later} / {earlier})^(1/{n}) − 1 = {implied} a year. No reading of the "
          "rounding makes the three claims agree.",
      .ko =
          "{earlier_year}년 {earlier}({earlier_range})에서 {growing} {n}년 성장하면 "
          "{later_year}년에는 {reach_ko} 합니다 ({base} × {factor:.3f}^{n} = {bound}). 두 "
          "수치가 함의하는 연평균 성장률은 ({later}/{earlier})^(1/{n}) − 1 = {implied}입니다. "
          "반올림을 어떻게 읽어도 세 주장이 함께 성립하지 않습니다.",
      .zh =
          "从{earlier_year}年的{earlier}（{earlier_range}）以{growing}的速度增长{n}年，"
          "{later_year}年应为{reach}（{base} × {factor:.3f}^{n} = {bound}）。两个数字隐含的年复合"
          "增长率为({later}/{earlier})^(1/{n}) − 1 = {implied}。无论怎样理解四舍五入，这三项"
          "说法都不能同时成立。",
      .ja =
          "{earlier_year}年の{earlier}（{earlier_range}）から{growing}ずつ{n}年成長すると、"
          "{later_year}年には{reach}になるはずです（{base} × {factor:.3f}^{n} = {bound}）。二つ"
          "の数字が示す年平均成長率は({later}/{earlier})^(1/{n}) − 1 = {implied}です。四捨五入を"
          "どう読んでも三つの主張は両立しません。"};
  std::string steps = say(
      proof, ctx.lang, fmt::arg("earlier", v["earlier"]), fmt::arg("earlier_year", *e.year),
      fmt::arg("earlier_range", range_e), fmt::arg("growing", growing), fmt::arg("n", n),
      fmt::arg("later_year", *l.year), fmt::arg("reach", range_reach),
      fmt::arg("reach_ko", josa(range_reach, "여야")), fmt::arg("base", money(base, cur, ctx.lang)),
      fmt::arg("factor", 1 + step_rate), fmt::arg("bound", money(bound, cur, ctx.lang)),
      fmt::arg("later", v["later"]), fmt::arg("implied", v["implied"]));
  static constexpr wording both_counts{
      .en = " Both {alt} and {n} compounding years were tried (base-year convention).",
      .ko = " 기준연도 관례에 따라 {alt}년과 {n}년 모두 시도했습니다.",
      .zh = "按基准年惯例，{alt}年和{n}年两种复利年数都已尝试。",
      .ja = "基準年の慣例に従い、{alt}年と{n}年の両方を試しました。"};
  if (g.years_alt)
    steps += say(both_counts, ctx.lang, fmt::arg("alt", g.years_alt), fmt::arg("n", n));
  f.explanation = steps;
  expected_value ex;
  if (g.underline == g.later) {
    ex.value = reach;
    ex.currency = cur;
    f.suggestion = consistent_figure(*l.year, range_reach, open_above || open_below, ctx.lang);
  } else if (g.underline == g.earlier) {
    double lo = ll / std::pow(1 + rh, n), hi = lh / std::pow(1 + rl, n);
    interval start{std::sqrt(lo * hi), lo, hi};
    if (open_above) start = interval{hi, std::nullopt, hi};
    if (open_below) start = interval{lo, lo, std::nullopt};
    std::string range_start = interval_text(start, cur, ctx.lang);
    ex.value = start;
    ex.currency = cur;
    f.suggestion = consistent_figure(*e.year, range_start, open_above || open_below, ctx.lang);
  } else {
    double lo = std::pow(ll / eh, 1.0 / n) - 1, hi = std::pow(lh / el, 1.0 / n) - 1;
    ex.rate = interval{g.implied_rate, lo, hi};
    static constexpr wording consistent_rate{
        .en = "A CAGR consistent with the figures is {low} to {high}",
        .ko = "수치와 맞는 연평균 성장률은 {low}~{high}입니다",
        .zh = "与数字相符的年复合增长率为{low}–{high}",
        .ja = "数字と整合する年平均成長率は{low}～{high}です"};
    f.suggestion =
        say(consistent_rate, ctx.lang, fmt::arg("low", percent(lo)), fmt::arg("high", percent(hi)));
  }
  f.expected = ex;
  // The earlier figure is another source's: the rate's own source may start from an estimate
  // of its own that the text does not give, so the conflict is a warning that names both.
  if (g.other_source_base && f.level == severity::error) {
    f.level = severity::warning;
    std::string base_source = e.source.value_or("?"), rate_source = r.source.value_or("?");
    static constexpr wording other_source{
        .en =
            " The {earlier_year} figure is {base_source}'s and the rate and the {later_year} "
            "figure are {rate_source}'s: they fit only if {rate_source} starts from an estimate "
            "of its own that the text does not give.",
        .ko =
            " 다만 {earlier_year}년 수치는 {base_source}, 성장률과 {later_year}년 수치는 "
            "{rate_source}의 것으로, {rate_source}의 {earlier_year}년 추정치가 따로 있다면 맞을 "
            "수 있습니다.",
        .zh =
            "不过{earlier_year}年的数字来自{base_source}，增长率和{later_year}年的数字来自"
            "{rate_source}；若{rate_source}另有文中未给出的{earlier_year}年估计，则可能相符。",
        .ja =
            "ただし{earlier_year}年の数字は{base_source}、成長率と{later_year}年の数字は"
            "{rate_source}のもので、{rate_source}に本文にない{earlier_year}年の独自推計があれば"
            "整合し得ます。"};
    f.explanation += say(other_source, ctx.lang, fmt::arg("earlier_year", *e.year),
                         fmt::arg("base_source", base_source), fmt::arg("later_year", *l.year),
                         fmt::arg("rate_source", rate_source));
  }
  return f;
}

}  // namespace fc::rules
