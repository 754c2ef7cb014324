// points-vs-percent: "점유율이 10%에서 15%로 5% 늘었다" — a move between two percentages
// stated in the other unit (percent for points, or points for percent).
#include "rules/format.hpp"
#include "rules/pairs.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {

void points_vs_percent(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (const auto& group : sentence_groups(cs)) {
    std::vector<std::size_t> shares, changes;
    for (auto i : group) {
      const claim& c = cs[i];
      if (c.kind == claim_kind::share && c.rate && c.rate->low && c.rate->high) shares.push_back(i);
      bool percent = (c.kind == claim_kind::growth && c.rate_of == rate_kind::total) ||
                     (c.kind == claim_kind::change && c.rate_of == rate_kind::percent);
      bool points = c.kind == claim_kind::change && c.rate_of == rate_kind::points;
      if ((percent || points) && shares.size() == 2) changes.push_back(i);
    }
    if (shares.size() != 2 || changes.size() != 1) continue;
    const interval& a = *cs[shares[0]].rate;
    const interval& b = *cs[shares[1]].rate;
    const claim& c = cs[changes[0]];
    double diff_lo = *b.low - *a.high, diff_hi = *b.high - *a.low;
    auto rel = ratio(b, a);
    if (!rel) continue;
    bool is_points = c.rate_of == rate_kind::points;
    bool fits_points = overlaps(*c.rate, diff_lo, diff_hi);
    bool fits_percent = overlaps(*c.rate, rel->first - 1, rel->second - 1);
    if (is_points ? (fits_points || !fits_percent) : (fits_percent || !fits_points)) continue;
    finding f;
    f.rule = info.id;
    f.level = info.default_severity;
    f.message =
        fill(message_template(info, ctx.lang), {{"from", percent(a.point)},
                                                {"to", percent(b.point)},
                                                {"points", fmt_points(b.point - a.point)},
                                                {"relative", percent(b.point / a.point - 1)},
                                                {"stated", c.text}});
    f.where = c.where;
    f.claims = {cs[shares[0]].id, cs[shares[1]].id, c.id};
    static constexpr wording steps{
        .en = "{to} − {from} = {points} points; {to} / {from} − 1 = {relative}.",
        .ko = "{to} − {from} = {points}%p, {to} ÷ {from} − 1 = {relative}.",
        .zh = "{to} − {from} = {points}个百分点，{to} ÷ {from} − 1 = {relative}。",
        .ja = "{to} − {from} = {points}ポイント、{to} ÷ {from} − 1 = {relative}。"};
    static constexpr wording either{
        .en = "Write the relative change in percent, or the difference as {points} points",
        .ko = "상대 변화라면 %로, 차이라면 {points}%p로 적으세요",
        .zh = "相对变化请用%表示，差值请写作{points}个百分点",
        .ja = "相対的な変化なら%で、差なら{points}ポイントと書いてください"};
    static constexpr wording as_points{.en = "Write it as {points} percentage points",
                                       .ko = "{points}%p로 적으세요",
                                       .zh = "请写作{points}个百分点",
                                       .ja = "{points}ポイントと書いてください"};
    std::string to = percent(b.point), from = percent(a.point);
    std::string points = fmt_points(b.point - a.point), relative = percent(b.point / a.point - 1);
    f.explanation = say(steps, ctx.lang, fmt::arg("to", to), fmt::arg("from", from),
                        fmt::arg("points", points), fmt::arg("relative", relative));
    f.suggestion = say(is_points ? either : as_points, ctx.lang, fmt::arg("points", points));
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
