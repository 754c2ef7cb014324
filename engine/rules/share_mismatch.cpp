// share-mismatch: "China … at $2.5 billion, or 32.1% of the total" when the total is $10.2
// billion (it is 24.5%). A share written beside the amount it measures must be that amount's
// fraction of its total, read with every rounding and hedge. A total written in the share's
// own sentence makes the finding an error; a total taken from the sentences before is the
// checker's reading, so the finding is a warning that names that total.
#include <fmt/format.h>

#include "rules/format.hpp"
#include "rules/pairs.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {
namespace {

const claim* by_id(const std::vector<claim>& cs, const std::optional<std::string>& id) {
  auto at = id ? index_of_claim(cs, *id) : std::nullopt;
  return at ? &cs[*at] : nullptr;
}

}  // namespace

void share_mismatch(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (std::size_t i = 0; i < cs.size(); ++i) {
    const claim& share = cs[i];
    if (i > 0 && cs[i - 1].where.start == share.where.start) continue;  // distributed copy
    const claim* part = by_id(cs, share.share_part);
    const claim* total = by_id(cs, share.share_total);
    if (!part || !total || !share.rate || !part->value || !total->value) continue;
    auto r = ratio(*part->value, *total->value);
    if (!r || overlaps(*share.rate, r->first, r->second)) continue;
    double implied = part->value->point / total->value->point;
    finding f;
    f.rule = info.id;
    f.level = share.share_total_written ? info.default_severity : severity::warning;
    f.message = fill(message_template(info, ctx.lang), {{"share", share.text},
                                                        {"part", part->text},
                                                        {"total", total->text},
                                                        {"implied", percent(implied)}});
    f.where = share.where;
    f.claims = {part->id, total->id, share.id};
    static constexpr wording steps{
        .en = "{part} / {total} = {implied} ({low}–{high} with rounding); {share} does not fit.",
        .ko =
            "{part} / {total} = {implied} ({low}–{high} 반올림 감안)이고, {share}와 맞지 "
            "않습니다.",
        .zh = "{part} / {total} = {implied}（计入四舍五入为{low}–{high}），与{share}不符。",
        .ja =
            "{part} / {total} = {implied}（四捨五入を考慮して{low}～{high}）で、{share}と合い"
            "ません。"};
    static constexpr wording total_before{.en = " The total is read as {total}, stated before.",
                                          .ko = " 전체는 앞 문장의 {total}(으)로 읽었습니다.",
                                          .zh = "总体按前文的{total}读取。",
                                          .ja = "全体は前の文の{total}と読みました。"};
    f.explanation =
        say(steps, ctx.lang, fmt::arg("part", money(part->value->point, part->currency, ctx.lang)),
            fmt::arg("total", money(total->value->point, total->currency, ctx.lang)),
            fmt::arg("implied", percent(implied)), fmt::arg("low", percent(r->first)),
            fmt::arg("high", percent(r->second)), fmt::arg("share", share.text));
    if (!share.share_total_written)
      f.explanation += say(total_before, ctx.lang, fmt::arg("total", total->text));
    expected_value ex;
    ex.rate = interval{implied, r->first, r->second};
    f.expected = ex;
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
