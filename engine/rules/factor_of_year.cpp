// change-mismatch for a multiple of a named year's level: "2030年度には150億円と、2022年度の約5倍
// に拡大", "2040년에는 87조원으로 2030년 대비 7배": the multiple compares the figure before it with
// the level of the year it names, stated in its sentence or an earlier one. Read across
// sentences, a conflict is a warning.
#include <optional>

#include "consistency/growth_check.hpp"
#include "rules/pairs.hpp"
#include "rules/rule.hpp"

namespace fc::rules {

std::optional<finding> change_conflict(const context& ctx, const rule_info& info,
                                       const claim& earlier, const claim& later, const claim& c);

namespace {

bool level(const claim& c) {
  return c.value && c.year && !c.conversion_of && consistency::comparable_figures(c, c);
}

}  // namespace

void factor_of_year(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (std::size_t k = 0; k < cs.size(); ++k) {
    const claim& c = cs[k];
    // A lede's and a change that refers back are held to their moves in yoy_across.cpp.
    if (c.kind != claim_kind::change || c.rate_of != rate_kind::factor || !c.rate ||
        c.other_basis || c.lede || c.anaphor_move)
      continue;
    // The figure the multiple follows, of a later year than the one the multiple names; the
    // sentence must not state that year's level itself (the sentence's own pair rules then).
    std::optional<std::size_t> figure;
    // "성장률이 10%로 지난해의 2.5배": a rate right before the multiple is what it multiplies.
    bool rate_first = false;
    // "较去年的2654亿元增长约18.0%，已增长至2021年的3倍左右": a rate after a written base is the
    // change from it, not a figure the multiple multiplies.
    // "up 9% from $4.4 billion": so is one right before its base.
    auto is_base = [&](std::size_t i) {
      return level(cs[i]) && (cs[i].compared_base || cs[i].move_base || cs[i].prior);
    };
    auto change_of_base = [&](std::size_t r) {
      for (std::size_t i = r; i-- > 0 && cs[i].sentence == c.sentence;)
        if (is_base(i)) return true;
      return r + 1 < cs.size() && cs[r + 1].sentence == c.sentence && is_base(r + 1);
    };
    // "2018년(4600억원)과 비교하면 약 5배로": a multiple with no year of its own names
    // the year of the one base its sentence compares with, and multiplies the level the
    // sentence before stated.
    std::optional<int> named = c.year;
    std::optional<std::size_t> own_base;
    bool own_levels = false;
    // The claims of this sentence, the three before and the one after.
    auto [lo, hi] = sentence_window(cs, k, 3, 1);
    for (std::size_t i = lo; i < hi; ++i) {
      if (cs[i].sentence != c.sentence || !level(cs[i])) continue;
      if (cs[i].compared_base && !own_base)
        own_base = i;
      else
        own_levels = true;
    }
    bool back = !named && own_base && !own_levels;
    if (back) named = cs[*own_base].year;
    if (!named) continue;
    for (std::size_t i = k; i-- > 0 && cs[i].sentence + (back ? 1 : 0) >= c.sentence;) {
      if (!figure && !level(cs[i]) && cs[i].rate && !change_of_base(i) &&
          cs[i].sentence == c.sentence)
        rate_first = true;
      // "较去年的2654亿元", "up 9% from $4.4 billion": a base is not what is multiplied.
      if (!level(cs[i]) || is_base(i)) continue;
      if (!figure) figure = i;
    }
    // "before more than doubling from last year's level to an estimated $29 billion by 2027":
    // the level the multiple leads to, written right after it, is what it multiplies.
    for (std::size_t i = k + 1; i < hi && cs[i].sentence == c.sentence; ++i)
      if (level(cs[i])) {
        if (cs[i].change_end) figure = i, rate_first = false;
        break;
      }
    if (rate_first || !figure) continue;
    const claim& later = cs[*figure];
    if (*later.year <= *named || later.subject_key != c.subject_key) continue;
    // The one level of the named year, in this sentence or up to three before, measured alike
    // ("2030년 12조원으로 커진 뒤, 2040년에는 87조원으로 2030년 대비 7배").
    std::optional<std::size_t> base;
    bool several = false;
    // "已增长至2021年的3倍左右（2021年约为1580亿元）": or written after the multiple, in its
    // sentence or the next ("2022年比で約4倍に拡大する。22年の市場規模は2100億円だった").
    for (std::size_t i = lo; i < hi; ++i) {
      if (i == *figure) continue;
      const claim& b = cs[i];
      if (b.sentence + 3 < c.sentence || b.sentence > c.sentence + 1 || !level(b) ||
          b.year != named || b.subject_key != c.subject_key ||
          !consistency::comparable_figures(b, later))
        continue;
      several = several || (base && !cs[*base].value->overlaps(*b.value));
      if (!base) base = i;
    }
    if (!base || several) continue;
    if (auto f = change_conflict(ctx, info, cs[*base], later, c)) {
      if (cs[*base].sentence != c.sentence || later.sentence != c.sentence)
        f->level = severity::warning;
      out.push_back(std::move(*f));
    }
  }
}

}  // namespace fc::rules
