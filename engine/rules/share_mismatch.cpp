// share-mismatch: "China … at $2.5 billion, or 32.1% of the total" when the total is $10.2
// billion (it is 24.5%). A share written beside the amount it measures must be that amount's
// fraction of its total, read with every rounding and hedge. A total written in the share's
// own sentence makes the finding an error; a total taken from the sentences before is the
// checker's reading, so the finding is a warning that names that total.
#include <fmt/format.h>

#include "rules/format.hpp"
#include "rules/pairs.hpp"
#include "rules/rule.hpp"

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
    const bool ko = ctx.lang == "ko";
    finding f;
    f.rule = info.id;
    f.level = share.share_total_written ? info.default_severity : severity::warning;
    f.message = fill(message_template(info, ctx.lang), {{"share", share.text},
                                                        {"part", part->text},
                                                        {"total", total->text},
                                                        {"implied", percent(implied)}});
    f.where = share.where;
    f.claims = {part->id, total->id, share.id};
    std::string arithmetic =
        fmt::format("{} / {} = {} ({}–{} {})", money(part->value->point, part->currency, ctx.lang),
                    money(total->value->point, total->currency, ctx.lang), percent(implied),
                    percent(r->first), percent(r->second), ko ? "반올림 감안" : "with rounding");
    std::string reading =
        share.share_total_written ? ""
        : ko ? fmt::format(" 전체는 앞 문장의 {}(으)로 읽었습니다.", total->text)
             : fmt::format(" The total is read as {}, stated before.", total->text);
    f.explanation = ko ? arithmetic + "이고, " + share.text + "와 맞지 않습니다." + reading
                       : arithmetic + "; " + share.text + " does not fit." + reading;
    expected_value ex;
    ex.rate = interval{implied, r->first, r->second};
    f.expected = ex;
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
