// change-mismatch, for a change written as an amount: "$33.4 billion this year, up $4.7
// billion from $28.1 billion in 2024", "2800억달러로 지난해보다 610억달러 증가". The stated
// amount must fit the gap between the two levels it links, read with both levels' rounding.
#include <fmt/format.h>

#include <cmath>

#include "consistency/growth_check.hpp"
#include "rules/format.hpp"
#include "rules/pairs.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {
namespace {

bool bounded_level(const claim& c) {
  return consistency::measured_figure(c) && c.value->low && c.value->high;
}

// "increase by USD 1.14 billion between 2023 and 2028 … valued at USD 1.59 billion in 2023
// and … USD 2.47 billion by 2028": a change that names its span is the gap between that
// measure's levels at both ends, wherever they are stated. Only one distinct level per end:
// rival estimates leave the change unchecked.
std::vector<std::size_t> span_levels(const std::vector<claim>& cs, const claim& change) {
  std::vector<std::size_t> out;
  for (int year : {*change.period_from, *change.period_to}) {
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < cs.size(); ++i) {
      const claim& c = cs[i];
      if (!bounded_level(c) || c.year != year || c.subject_key != change.subject_key ||
          c.currency != change.currency || c.part_year || c.prior || c.part)
        continue;
      if (change.source && c.source && *change.source != *c.source) continue;
      if (found && cs[*found].text != c.text) return {};
      found = i;
    }
    if (!found) return {};
    out.push_back(*found);
  }
  return out;
}

}  // namespace

void amount_mismatch(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (const auto& group : sentence_groups(cs)) {
    std::vector<std::size_t> levels, changes;
    for (auto i : group) {
      const claim& c = cs[i];
      if (c.kind == claim_kind::change && c.rate_of == rate_kind::difference && c.value &&
          c.value->low && c.value->high && !c.other_basis)
        changes.push_back(i);
      else if (bounded_level(c))
        levels.push_back(i);
    }
    if (changes.size() != 1) continue;
    if (levels.empty() && cs[changes[0]].period_from && cs[changes[0]].period_to)
      levels = span_levels(cs, cs[changes[0]]);
    if (levels.size() != 2) continue;
    const claim& a = cs[levels[0]];
    const claim& b = cs[levels[1]];
    const claim& c = cs[changes[0]];
    // Two levels of one measure a known order apart: two years, or a level and its base.
    if (!consistency::same_measure(a, b) || a.currency != c.currency || a.part_year != b.part_year)
      continue;
    bool a_first;
    if (a.year && b.year && *a.year != *b.year)
      a_first = *a.year < *b.year;
    else if ((a.prior || a.move_base) != (b.prior || b.move_base))
      a_first = a.prior || a.move_base;
    else
      continue;
    const interval& earlier = *(a_first ? a : b).value;
    const interval& later = *(a_first ? b : a).value;
    // The gap's size, whichever way the levels moved; its direction is the growth rules'.
    double lo = *later.low - *earlier.high, hi = *later.high - *earlier.low;
    if (hi < 0) std::swap(lo, hi), lo = -lo, hi = -hi;
    if (lo < 0) lo = 0;
    if (*c.value->high >= lo && *c.value->low <= hi) continue;
    double gap = std::abs(later.point - earlier.point);
    static constexpr wording differ{
        .en = "The figures differ by {gap}, not the stated {stated}",
        .ko = "두 수치의 차이는 {gap}인데 {stated_ro} 적혀 있습니다",
        .zh = "两个数字相差{gap}，而文中写的是{stated}",
        .ja = "二つの数字の差は{gap}ですが、本文には{stated}とあります"};
    static constexpr wording with_rounding{.en = " ({low}–{high} with rounding)",
                                           .ko = " (반올림을 감안하면 {low}–{high})",
                                           .zh = "（计入四舍五入为{low}–{high}）",
                                           .ja = "（四捨五入を考慮すると{low}～{high}）"};
    finding f;
    f.rule = info.id;
    f.level = info.default_severity;
    f.message = say(differ, ctx.lang, fmt::arg("gap", money(gap, c.currency, ctx.lang)),
                    fmt::arg("stated", c.text), fmt::arg("stated_ro", josa(c.text, "로")));
    f.where = c.where;
    f.claims = {(a_first ? a : b).id, (a_first ? b : a).id, c.id};
    f.explanation = money(later.point, c.currency, ctx.lang) + " − " +
                    money(earlier.point, c.currency, ctx.lang) + " = " +
                    money(later.point - earlier.point, c.currency, ctx.lang) +
                    say(with_rounding, ctx.lang, fmt::arg("low", money(lo, c.currency, ctx.lang)),
                        fmt::arg("high", money(hi, c.currency, ctx.lang)));
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
