// change-mismatch: "A에서 B로 N배/N% 증가" — the stated change must fit the ratio of the two
// figures it links, read with both figures' rounding.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>

#include "consistency/growth_check.hpp"
#include "rules/format.hpp"
#include "rules/pairs.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {
namespace {

std::string factor_text(double v) { return fmt::format("{:.3g}", v); }

// "$143.3 billion in the fourth quarter, up 10% from $127.4 billion a year earlier", "매출은
// 2조4000억원에서 3조6000억원으로": with no calendar year written, a figure and its written
// base (the prior-period figure, the start of the move) still make a pair.
bool undated_figure(const claim& c) { return !c.year && consistency::measured_figure(c); }

// "tripled in 2023 to about $6.0 billion from $2.9 billion a year earlier, and the market could
// balloon to $100 billion by 2030": of a sentence's several figures, the change links its one
// written base (a move's start or a prior period's figure) and the figure it reaches: the one of
// the change's own year, else the one written right before the base ("to A from B").
std::vector<std::size_t> linked_pair(const std::vector<claim>& cs,
                                     const std::vector<std::size_t>& figures, const claim& change) {
  std::vector<std::size_t> bases;
  std::copy_if(figures.begin(), figures.end(), std::back_inserter(bases),
               [&](std::size_t i) { return written_base(cs[i]); });
  if (bases.size() != 1) return figures;
  std::size_t base = bases.front();
  // Only figures measured as the base is can be its move's end ("62만대로 전년(78만대) 대비 12%
  // 감소 … 100만원 이상 고가 제품": the price is no end).
  std::vector<std::size_t> alike;
  std::copy_if(figures.begin(), figures.end(), std::back_inserter(alike), [&](std::size_t i) {
    return consistency::same_measure(cs[i], cs[base]) && cs[i].currency == cs[base].currency &&
           cs[i].unit == cs[base].unit && cs[i].kind == cs[base].kind;
  });
  if (alike.size() == 2) return alike;
  // The change's year names the figure it reaches only when that figure is the one written
  // right before the change ("tripled in 2023 to $6.0 billion"); "2040년에는 87조원으로 2030년
  // 대비 7배" names its base's year instead.
  // A year-on-year rate names its year by its period ("较上年的5040亿元同比增长约39%").
  std::vector<std::size_t> reached;
  std::optional<std::size_t> nearest_before;
  std::optional<int> change_year = change.year;
  if (!change_year && change.rate_of == rate_kind::yoy) change_year = change.period_to;
  for (auto i : figures)
    if (cs[i].where.end <= change.where.start) nearest_before = i;
  // "约为6500亿元，较上年的5040亿元同比增长约39%": the figure right before the base the change
  // follows is reached too.
  auto at_base = std::find(figures.begin(), figures.end(), base);
  std::optional<std::size_t> before_base;
  if (at_base != figures.begin()) before_base = *std::prev(at_base);
  for (auto i : figures)
    if (i != base && change_year && cs[i].year == change_year &&
        (!nearest_before || *nearest_before == i || change.where.start < cs[i].where.start ||
         (*nearest_before == base && before_base == i)))
      reached.push_back(i);
  if (reached.empty() && before_base && change.where.start < cs[*before_base].where.start)
    reached.push_back(*before_base);
  // "AED 5.1 billion ($1.4 billion) this year, up 11% from $1.26 billion": the change written
  // right after a figure, from a base after it, reaches that figure.
  if (reached.empty() && nearest_before && *nearest_before != base &&
      change.where.start < cs[base].where.start &&
      std::find(alike.begin(), alike.end(), *nearest_before) != alike.end())
    reached.push_back(*nearest_before);
  if (reached.size() != 1) return figures;
  return reached.front() < base ? std::vector{reached.front(), base}
                                : std::vector{base, reached.front()};
}

}  // namespace

// A conflict that holds only under a reading the text does not state is a warning whose
// explanation names that reading.
void read_as_warning(finding& f, const wording& reading, std::string_view lang) {
  f.level = severity::warning;
  f.explanation += pick(reading, lang);
}

std::optional<finding> change_conflict(const context& ctx, const rule_info& info,
                                       const claim& earlier, const claim& later, const claim& c) {
  auto r = ratio(*later.value, *earlier.value);
  if (!r) return std::nullopt;
  interval stated = *c.rate;
  if (c.rate_of != rate_kind::factor) {  // a percent change is the factor 1 + r
    stated.point += 1;
    if (stated.low) *stated.low += 1;
    if (stated.high) *stated.high += 1;
  }
  if (overlaps(stated, r->first, r->second)) return std::nullopt;
  double implied = later.value->point / earlier.value->point;
  finding f;
  f.rule = info.id;
  f.level = info.default_severity;
  std::string stated_text =
      c.rate_of == rate_kind::factor ? c.text : c.text + " (×" + factor_text(stated.point) + ")";
  f.message = fill(message_template(info, ctx.lang),
                   {{"implied", factor_text(implied)}, {"stated", stated_text}});
  f.where = c.where;
  f.claims = {earlier.id, later.id, c.id};
  static constexpr wording factor_steps{
      .en =
          "{later} / {earlier} = ×{implied} (×{low} to ×{high} with rounding); {stated} means "
          "×{stated_low} to ×{stated_high}.",
      .ko =
          "{later} ÷ {earlier} = {implied}배 (반올림을 감안하면 {low}~{high}배)이고, "
          "{stated_neun} {stated_low}~{stated_high}배를 뜻합니다.",
      .zh =
          "{later} ÷ {earlier} = {implied}倍（计入四舍五入为{low}–{high}倍），而{stated}意味着"
          "{stated_low}–{stated_high}倍。",
      .ja =
          "{later} ÷ {earlier} = {implied}倍（四捨五入を考慮すると{low}～{high}倍）ですが、"
          "{stated}は{stated_low}～{stated_high}倍を意味します。"};
  f.explanation =
      say(factor_steps, ctx.lang,
          fmt::arg("later", money(later.value->point, later.currency, ctx.lang)),
          fmt::arg("earlier", money(earlier.value->point, earlier.currency, ctx.lang)),
          fmt::arg("implied", factor_text(implied)), fmt::arg("low", factor_text(r->first)),
          fmt::arg("high", factor_text(r->second)), fmt::arg("stated", c.text),
          fmt::arg("stated_neun", josa(c.text, "는")),
          fmt::arg("stated_low", stated.low ? factor_text(*stated.low) : "−"),
          fmt::arg("stated_high", stated.high ? factor_text(*stated.high) : "∞"));
  expected_value ex;
  double offset = c.rate_of == rate_kind::factor ? 0 : 1;
  ex.rate = interval{implied - offset, r->first - offset, r->second - offset};
  f.expected = ex;
  return f;
}

void points_mismatch(const context& ctx, const rule_info& info, std::vector<finding>& out);
void yoy_across_sentences(const context& ctx, const rule_info& info, std::vector<finding>& out);
void amount_mismatch(const context& ctx, const rule_info& info, std::vector<finding>& out);
void factor_of_year(const context& ctx, const rule_info& info, std::vector<finding>& out);

namespace {

bool revision_change(const context& ctx, const rule_info& info, const std::vector<std::size_t>& ids,
                     const claim& c, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (auto i : ids) {
    const claim& replaced = cs[i];
    if (!replaced.superseded || !replaced.value || replaced.where.end > c.where.start ||
        c.where.start - replaced.where.end > 24)
      continue;
    for (auto j : ids)
      if (cs[j].move_from == replaced.id && cs[j].value) {
        if (auto f = change_conflict(ctx, info, replaced, cs[j], c)) out.push_back(std::move(*f));
        return true;
      }
  }
  return false;
}

}  // namespace

void change_mismatch(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (const auto& group : sentence_groups(cs)) {
    const auto& ids = group;
    std::vector<std::size_t> figures, changes, leading;
    for (auto i : ids) {
      if ((consistency::comparable_figures(cs[i], cs[i]) || undated_figure(cs[i])) &&
          !cs[i].conversion_of)
        figures.push_back(i);
      // A change on another basis ("in constant currency", "전분기 대비") links nothing here.
      if (move_change(cs[i])) (figures.empty() ? leading : changes).push_back(i);
    }
    // "AED 5.1 billion ($1.4 billion) this year, up 11% from $1.26 billion": the conversion in
    // the other figures' currency stands for the figure it converts.
    for (auto& i : figures)
      for (auto j : ids)
        if (cs[j].conversion_of == cs[i].id && cs[j].currency != cs[i].currency &&
            std::any_of(figures.begin(), figures.end(), [&](std::size_t k) {
              return k != i && cs[k].currency == cs[j].currency;
            })) {
          i = j;
          break;
        }
    // A headline that restates a figure ("… to top $44 billion by 2030 — The market is set to
    // triple to $44.0 billion by 2030 from …") states it once.
    std::erase_if(figures, [&](std::size_t i) {
      return std::any_of(figures.begin(), figures.end(), [&](std::size_t j) {
        return j > i && cs[j].year && cs[j].year == cs[i].year && cs[i].value && cs[j].value &&
               cs[i].currency == cs[j].currency && cs[i].unit == cs[j].unit &&
               overlaps(*cs[i].value, cs[j].value->low.value_or(0), cs[j].value->high.value_or(0));
      });
    });
    // "…, with Vietnam accounting for 0.62 million of the total": a part of a figure is no end
    // of its move.
    if (figures.size() > 2) {
      std::vector<std::size_t> levels;
      std::copy_if(figures.begin(), figures.end(), std::back_inserter(levels),
                   [&](std::size_t i) { return !cs[i].part; });
      if (levels.size() == 2) figures = std::move(levels);
    }
    // "较我们此前对2026年约900亿美元的预测上调约17%": a change written right after the forecast a
    // revision replaced is the revision's, from that forecast to the revised figure.
    if (changes.size() == 1 && revision_change(ctx, info, ids, cs[changes[0]], out)) continue;
    // "rose 32% to $3.1 billion from $2.35 billion, and we are targeting $5 billion": a target
    // is no end of a measured move.
    if (figures.size() > 2) {
      std::vector<std::size_t> measured;
      std::copy_if(figures.begin(), figures.end(), std::back_inserter(measured),
                   [&](std::size_t i) { return !is_target(cs[i]); });
      if (measured.size() >= 2) figures = std::move(measured);
    }
    if (changes.size() + leading.size() != 1) continue;
    if (figures.size() > 2)
      figures = linked_pair(cs, figures, cs[changes.empty() ? leading[0] : changes[0]]);
    if (figures.size() != 2) continue;
    const claim& a = cs[figures[0]];
    const claim& b = cs[figures[1]];
    // "A에서 B로 20% 증가", "from A to B, up 20%": the change follows both figures; "doubled
    // from A to B", "grew 20% from A to B": it comes first and A is the move's written base.
    const claim& c = cs[changes.empty() ? leading[0] : changes[0]];
    // A change of another measure ("organic sales grew 6%, and reported sales …") does not
    // link the two; one written with the figures' own name does, whatever list keyed them.
    if (c.subject_key && a.subject_key && *c.subject_key != *a.subject_key &&
        c.subject_key != b.subject_key && (!c.subject || c.subject != a.subject))
      continue;
    bool dated = a.year && b.year;
    // "前年の350億円から20.0%増え、2018年の300億円を上回った", "2019년 3조원에서 지난해
    // 4조6000억원으로 불어났고, 올해는 전년 대비 약 9% 늘어날": a year-on-year change into a year
    // neither figure is of is no change between them.
    if (dated && c.rate_of == rate_kind::yoy && c.period_to && *a.year != *c.period_to &&
        *b.year != *c.period_to)
      continue;
    // A conversion standing for its figure (above) is compared as a figure of its own.
    if (dated ? !comparable_with_conversions(a, b) || *a.year == *b.year
              // "rising 15.5% to 168.6 million units from 135.9 million in 2023": one year
              // written is enough when the base is the written one.
              : (a.prior || a.move_base) == (b.prior || b.move_base) ||
                    !consistency::same_measure(a, b) ||
                    (a.part_year != b.part_year && !a.prior && !b.prior))
      continue;
    // "doubled to $30.8 billion, from $10.3 billion a year earlier" and "up 18% from $2.96
    // billion" name the base after the change: any figure written as the base will do.
    bool after_both = c.where.start >= b.where.end;
    // "nearly double the 2.73 trillion yen it earned a year earlier": so does a prior figure.
    // "nearly three times the $260 billion recorded in 2021": so does a compared base.
    bool before_base = (written_base(a) && c.where.start < a.where.start) ||
                       (written_base(b) && c.where.start < b.where.start);
    // "전년 동기(7조8000억원)보다 25% 증가한 8조9700억원": or between the base and the figure.
    // A multiple that names its base in words ("约为原预测的6.3倍") is of neither.
    bool from_base = (a.move_base || a.prior) && c.where.start >= a.where.end &&
                     c.where.start < b.where.start && !c.base_named;
    // "generated $1.42 billion in 2023 and will grow about 28% this year to $1,350 million": the
    // change reaches the figure after it from the earlier one before it.
    // "380亿美元，约为原预测的6.3倍；…到2050年…将达到约5万亿美元": a multiple that names its base
    // in words is the figure before's, and reaches no later one.
    bool to_end = dated && b.change_end && *a.year < *b.year && c.where.start >= a.where.end &&
                  c.where.start < b.where.start && !c.base_named;
    // "reached $10.0 billion last year and will more than quadruple to $33 billion by 2030": a
    // multiple that names no base reaches its end, most likely from the measured figure before
    // it; read so, a conflict is a warning that says so. After a forecast ("should dip this
    // year to 8 GW, before roughly tripling to 32 GW") the base may be the level before the dip.
    bool to_multiple_end = dated && b.multiple_end && !a.forecast && *a.year < *b.year &&
                           c.rate_of == rate_kind::factor && c.where.start >= a.where.end &&
                           c.where.start < b.where.start && !c.base_named;
    bool stated = after_both || before_base || from_base || to_end;
    if (!stated && !to_multiple_end) continue;
    bool a_first = dated ? *a.year < *b.year : a.prior || a.move_base;
    const claim& earlier = a_first ? a : b;
    const claim& later = a_first ? b : a;
    // "grew about 17% last fiscal from ₹1.55 lakh crore in FY2017-18, … since FY2013-14, when
    // the market was worth ₹94,000 crore": the base the change is written from is its start,
    // never the end of a change from an earlier figure.
    if (later.move_base && !earlier.move_base && c.where.start < later.where.start) continue;
    auto f = change_conflict(ctx, info, earlier, later, c);
    if (!f) continue;
    static constexpr wording unnamed_base{
        .en = " (The multiple names no base; it is read from the figure before it.)",
        .ko = " (배수의 기준이 적혀 있지 않아 앞 수치를 기준으로 읽은 결과입니다.)",
        .zh = "（倍数未写明基数，按其前面的数字读取。）",
        .ja = "（倍数の基準が書かれていないため、前の数字を基準として読んだ結果です。）"};
    if (!stated) read_as_warning(*f, unnamed_base, ctx.lang);
    out.push_back(std::move(*f));
  }
  points_mismatch(ctx, info, out);
  amount_mismatch(ctx, info, out);
  yoy_across_sentences(ctx, info, out);
  factor_of_year(ctx, info, out);
}

// "점유율은 22%로 전년 동기(17%)보다 8%포인트 상승": a stated gap in points between two shares,
// or between two levels of one rate ("operating margin narrowed to 8.2% from 11.5%, a decline
// of 3.3 percentage points"). A gap that would fit as a relative change is points-vs-percent's.
void points_mismatch(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (const auto& group : sentence_groups(cs)) {
    std::vector<std::size_t> shares, points;
    std::size_t levels_before_points = 0;
    for (auto i : group) {
      bool level = cs[i].kind == claim_kind::share ||
                   (cs[i].kind == claim_kind::growth && cs[i].rate_of == rate_kind::other);
      if (level && cs[i].rate && cs[i].rate->low && cs[i].rate->high && cs[i].rate->point > 0)
        shares.push_back(i);
      // The gap follows both levels, or sits between a level and its written base ("was
      // 22.4%, up 3.1 percentage points from 19.3% a year earlier").
      if (cs[i].kind == claim_kind::change && cs[i].rate_of == rate_kind::points &&
          !shares.empty()) {
        points.push_back(i);
        levels_before_points = shares.size();
      }
    }
    if (levels_before_points == 1 && shares.size() == 2 && !cs[shares[1]].move_base &&
        !cs[shares[1]].prior)
      continue;
    if (shares.size() != 2 || points.size() != 1 ||
        cs[shares[0]].kind != cs[shares[1]].kind)  // a share and a margin are not one measure
      continue;
    const interval& a = *cs[shares[0]].rate;
    const interval& b = *cs[shares[1]].rate;
    const claim& c = cs[points[0]];
    auto rel = ratio(b, a);
    double lo = std::min(std::abs(*b.low - *a.high), std::abs(*b.high - *a.low));
    double hi = std::max(std::abs(*b.high - *a.low), std::abs(*b.low - *a.high));
    if ((*b.low - *a.high) * (*b.high - *a.low) <= 0) lo = 0;  // the gap may be nil
    interval stated{std::abs(c.rate->point),
                    c.rate->low ? std::optional<double>(std::abs(*c.rate->low)) : std::nullopt,
                    c.rate->high ? std::optional<double>(std::abs(*c.rate->high)) : std::nullopt};
    if (stated.low && stated.high && *stated.low > *stated.high)
      std::swap(*stated.low, *stated.high);
    if (overlaps(stated, lo, hi)) continue;
    // Points written where a relative change was meant is a known slip; when only that reading
    // fits, say so as a warning that names it, never silently.
    bool relative_fits =
        rel && overlaps(stated, std::abs(rel->first - 1), std::abs(rel->second - 1));
    double gap = std::abs(b.point - a.point);
    finding f;
    f.rule = info.id;
    f.level = info.default_severity;
    static constexpr wording points_differ{
        .en = "The two {kinds} differ by {gap} points, not the stated {stated}",
        .ko = "두 비율의 차이는 {gap}%p인데 {stated_ro} 적혀 있습니다",
        .zh = "两个比率相差{gap}个百分点，而文中写的是{stated}",
        .ja = "二つの比率の差は{gap}ポイントですが、本文には{stated}とあります"};
    static constexpr wording points_unit{
        .en = " points", .ko = "%p", .zh = "个百分点", .ja = "ポイント"};
    static constexpr wording only_relative{
        .en = "; {stated} fits only if read as a relative change in percent, not in points",
        .ko = "; {stated_neun} 포인트가 아니라 상대 변화율(%)로 읽을 때만 맞습니다",
        .zh = "；{stated}只有读作百分比的相对变化（而非百分点）时才相符",
        .ja = "。{stated}はポイントではなく相対的な変化率（%）と読む場合にのみ整合します"};
    f.message = say(points_differ, ctx.lang,
                    fmt::arg("kinds", cs[shares[0]].kind == claim_kind::share ? "shares" : "rates"),
                    fmt::arg("gap", fmt_points(gap)), fmt::arg("stated", c.text),
                    fmt::arg("stated_ro", josa(c.text, "로")));
    f.where = c.where;
    f.claims = {cs[shares[0]].id, cs[shares[1]].id, c.id};
    f.explanation = percent(std::max(a.point, b.point)) + " − " +
                    percent(std::min(a.point, b.point)) + " = " + fmt_points(gap) +
                    std::string(pick(points_unit, ctx.lang));
    if (relative_fits) {
      if (f.level == severity::error) f.level = severity::warning;
      f.explanation += say(only_relative, ctx.lang, fmt::arg("stated", c.text),
                           fmt::arg("stated_neun", josa(c.text, "는")));
    }
    // The consistent gap keeps the written change's sign ("down 4 points" → −6 points).
    expected_value ex;
    ex.rate = c.rate->point < 0 ? interval{-gap, -hi, -lo} : interval{gap, lo, hi};
    f.expected = ex;
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
