// change-mismatch across sentences: "국내 중고거래 시장은 … 지난해 20조원으로 커졌다. 리포트는
// 올해 시장 규모가 24조원으로 전년 대비 35% 늘어날 것으로 예상했다." A year-on-year rate tied
// to one year's level (frames/yoy_of_level.cpp) must fit the level of the year before, written
// up to two sentences before or after it.
#include <optional>

#include "consistency/growth_check.hpp"
#include "rules/rule.hpp"

namespace fc::rules {

std::optional<finding> change_conflict(const context& ctx, const rule_info& info,
                                       const claim& earlier, const claim& later, const claim& c);

namespace {

// The single level of `year` for the rate's measure near it, or nullopt when there is none or
// the text gives several that disagree (figure-disagreement reports those).
std::optional<std::size_t> level_of(const std::vector<claim>& cs, const claim& rate, int year,
                                    const claim* like) {
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < cs.size(); ++i) {
    const claim& c = cs[i];
    if (c.sentence + 2 < rate.sentence || c.sentence > rate.sentence + 2) continue;
    if (c.year != year || c.subject_key != rate.subject_key || !c.value ||
        !consistency::comparable_figures(c, c) || c.conversion_of)
      continue;
    if (like && !consistency::comparable_figures(c, *like)) continue;
    if (found && !cs[*found].value->overlaps(*c.value)) return std::nullopt;
    if (!found) found = i;
  }
  return found;
}

}  // namespace

void yoy_across_sentences(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (const claim& rate : cs) {
    if (rate.kind != claim_kind::growth || rate.rate_of != rate_kind::yoy || !rate.rate ||
        !rate.period_from || !rate.period_to || *rate.period_to != *rate.period_from + 1 ||
        !rate.subject_key || rate.other_basis)
      continue;
    auto later = level_of(cs, rate, *rate.period_to, nullptr);
    if (!later) continue;
    auto earlier = level_of(cs, rate, *rate.period_from, &cs[*later]);
    if (!earlier) continue;
    // Both in the rate's sentence: the sentence's own pairing has read them.
    bool here_later = cs[*later].sentence == rate.sentence;
    bool here_earlier = cs[*earlier].sentence == rate.sentence;
    if (here_later == here_earlier) continue;
    if (auto f = change_conflict(ctx, info, cs[*earlier], cs[*later], rate))
      out.push_back(std::move(*f));
  }
}

}  // namespace fc::rules
