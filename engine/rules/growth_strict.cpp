// cagr-rounding and cagr-period-convention: growth conflicts that only a lenient reading
// resolves. Each finding names the reading it needs, so leniency is never silent.
#include <fmt/format.h>

#include <cmath>

#include "consistency/growth_check.hpp"
#include "rules/format.hpp"
#include "rules/growth_explain.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

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
std::string range_text(std::pair<double, double> r, const std::string& lang) {
  static constexpr wording at_least{
      .en = "at least {low}", .ko = "{low} 이상", .zh = "至少{low}", .ja = "{low}以上"};
  static constexpr wording at_most{
      .en = "at most {high}", .ko = "{high} 이하", .zh = "至多{high}", .ja = "{high}以下"};
  static constexpr wording range{
      .en = "{low}–{high}", .ko = "{low}~{high}", .zh = "{low}–{high}", .ja = "{low}～{high}"};
  const wording& w = !std::isfinite(r.second)              ? at_least
                     : r.first <= consistency::lowest_rate ? at_most
                                                           : range;
  return say(w, lang, fmt::arg("low", fine_percent(r.first)),
             fmt::arg("high", fine_percent(r.second)));
}

finding strict_finding(const context& ctx, const rule_info& info,
                       const consistency::growth_conflict& g) {
  const claim& e = ctx.claims[g.earlier];
  const claim& l = ctx.claims[g.later];
  const claim& r = ctx.claims[g.growth];
  const std::string& lang = ctx.lang;
  int n_long = g.years, n_short = g.years_short;
  auto implied = implied_range(e, l, n_long);
  auto implied_short = implied_range(e, l, n_short);
  auto [wide_low, wide_high] = consistency::checked_rate(*r.rate);
  std::string rate = stated_rate_text(r, lang);
  std::string stated = range_text(consistency::stated_rate(*r.rate), lang);
  std::map<std::string, std::string> v = {
      {"earlier_year", std::to_string(*e.year)},
      {"later_year", std::to_string(*l.year)},
      {"start_year", std::to_string(*l.year - n_short)},
      {"rate", rate},
      {"implied_range", range_text(implied, lang)},
      {"n_long", std::to_string(n_long)},
      {"n_short", std::to_string(n_short)},
  };
  finding f;
  f.rule = info.id;
  f.level = info.default_severity;
  f.message = fill(message_template(info, ctx.lang), v);
  for (auto i : g.claims) f.claims.push_back(ctx.claims[i].id);
  f.where = r.where;
  static constexpr wording two_figures{
      .en = "{earlier} ({earlier_year}) → {later} ({later_year})",
      .zh = "{earlier}（{earlier_year}年）→ {later}（{later_year}年）",
      .ja = "{earlier}（{earlier_year}年）→ {later}（{later_year}年）"};
  std::string figures =
      say(two_figures, lang, fmt::arg("earlier", interval_text(*e.value, e.currency, lang)),
          fmt::arg("earlier_year", *e.year),
          fmt::arg("later", interval_text(*l.value, l.currency, lang)),
          fmt::arg("later_year", *l.year));
  // The conflict, then the reading that resolves it.
  static constexpr wording conflict{
      .en =
          "{figures}: over the {n_long} years between them the figures imply {implied} a year, "
          "with every rounding. The stated {rate} reads as {stated} at its written precision, "
          "so the two do not overlap.",
      .ko =
          "{figures} 사이 {n_long}년 동안 두 수치가 함의하는 연평균 성장률은 반올림을 모두 "
          "감안해 {implied}입니다. 제시된 {rate}는 표기된 자릿수로 {stated}이므로 겹치지 "
          "않습니다.",
      .zh =
          "{figures}：两者之间的{n_long}年里，计入所有四舍五入，数字隐含的年复合增长率为"
          "{implied}。文中的{rate}按所写精度为{stated}，两者没有重叠。",
      .ja =
          "{figures}：その間の{n_long}年で、四捨五入をすべて考慮すると二つの数字が示す年平均"
          "成長率は{implied}です。示された{rate}は表記の桁数で{stated}なので、重なりません。"};
  static constexpr wording rounding{
      .en =
          " They agree only if the rate is read at least ±0.5 points wide ({low} to {high}), a "
          "rounding the text does not show.",
      .ko =
          " 성장률을 ±0.5%p 이상 넓게({low}~{high}) 읽어야만 맞는데, 본문에는 그런 반올림이 "
          "보이지 않습니다.",
      .zh = "只有把增长率放宽至少±0.5个百分点（{low}–{high}）才相符，而文中看不出这样的四舍五入。",
      .ja =
          "成長率を±0.5ポイント以上広く（{low}～{high}）読まなければ整合しませんが、本文にその"
          "ような四捨五入は見られません。"};
  static constexpr wording period{
      .en =
          " Counted over {n_short} years ({start}–{end}), from the year after the base figure, "
          "the figures imply {implied_short}: a publishers' convention the text does not state.",
      .ko =
          " 기준 수치 다음 해부터 {n_short}년({start}~{end}년)으로 세면 {implied_short}가 되어 "
          "맞습니다. 발표 자료의 관례일 수 있지만 본문은 그 기간을 밝히지 않았습니다.",
      .zh =
          "若从基准数字的次年起按{n_short}年（{start}–{end}年）计算，则为{implied_short}，"
          "可以相符。这可能是发布方的惯例，但文中没有说明该期间。",
      .ja =
          "基準の数字の翌年から{n_short}年（{start}～{end}年）で数えると{implied_short}となり"
          "整合します。発表資料の慣例かもしれませんが、本文はその期間を明記していません。"};
  static constexpr wording still_rounding{
      .en = " Even then the rate must be read ±0.5 points wide.",
      .ko = " 그래도 성장률을 ±0.5%p 넓게 읽어야 맞습니다.",
      .zh = "即便如此，增长率仍须放宽±0.5个百分点才相符。",
      .ja = "それでも成長率を±0.5ポイント広く読む必要があります。"};
  static constexpr wording consistent_rate{
      .en = "A CAGR consistent with the figures over {n_long} years is {implied}",
      .ko = "수치와 맞는 {n_long}년 기준 연평균 성장률은 {implied}입니다",
      .zh = "与数字相符的{n_long}年年复合增长率为{implied}",
      .ja = "数字と整合する{n_long}年の年平均成長率は{implied}です"};
  f.explanation = say(conflict, lang, fmt::arg("figures", figures), fmt::arg("n_long", n_long),
                      fmt::arg("implied", range_text(implied, lang)), fmt::arg("rate", rate),
                      fmt::arg("stated", stated));
  if (g.needs == lenient_reading::rounding)
    f.explanation += say(rounding, lang, fmt::arg("low", fine_percent(wide_low)),
                         fmt::arg("high", fine_percent(wide_high)));
  else
    f.explanation +=
        say(period, lang, fmt::arg("n_short", n_short), fmt::arg("start", *l.year - n_short),
            fmt::arg("end", *l.year), fmt::arg("implied_short", range_text(implied_short, lang)));
  if (g.needs == lenient_reading::period_and_rounding) f.explanation += pick(still_rounding, lang);
  f.suggestion = say(consistent_rate, lang, fmt::arg("n_long", n_long),
                     fmt::arg("implied", range_text(implied, lang)));
  expected_value ex;
  ex.rate = interval{g.implied_rate, implied.first, implied.second};
  f.expected = ex;
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
