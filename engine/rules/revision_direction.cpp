// revision-direction: a forecast the text says was raised is lower than the one it replaced, or
// one it says was lowered is higher. "기존 8조2000억원에서 7조6000억원으로 높여 잡았다",
// "raised its forecast from $5.1 billion to $4.8 billion": no reading of the two figures lets
// the verb be true.
#include "rules/format.hpp"
#include "rules/rule.hpp"

namespace fc::rules {

void revision_direction(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (const auto& revised : cs) {
    if (!revised.revision_move || !revised.move_from || !revised.value) continue;
    auto at = index_of_claim(cs, *revised.move_from);
    if (!at || !cs[*at].value) continue;
    const claim& replaced = cs[*at];
    const interval& a = *replaced.value;
    const interval& b = *revised.value;
    // Every rounding and hedge of both figures must leave the revision going the other way.
    bool raised = revised.move_direction > 0;
    bool against =
        raised ? (b.high && a.low && *b.high < *a.low) : (b.low && a.high && *b.low > *a.high);
    if (!against) continue;
    const bool ko = ctx.lang == "ko";
    finding f;
    f.rule = info.id;
    f.level = info.default_severity;
    std::string said = raised ? (ko ? "상향" : "raised") : (ko ? "하향" : "lowered");
    f.message = fill(message_template(info, ctx.lang),
                     {{"earlier", money(a.point, replaced.currency, ctx.lang, 4)},
                      {"later", money(b.point, revised.currency, ctx.lang, 4)},
                      {"said", said}});
    f.where = revised.where;
    f.claims = {replaced.id, revised.id};
    std::string from = interval_text(a, replaced.currency, ctx.lang);
    std::string to = interval_text(b, revised.currency, ctx.lang);
    f.explanation =
        ko ? "기존 전망치는 " + from + ", 수정된 전망치는 " + to +
                 "(으)로 읽힙니다. 반올림을 모두 감안해도 수정치가 " +
                 (raised ? "더 작아 상향" : "더 커 하향") + "이라는 문장과 맞지 않습니다."
           : "The replaced forecast reads as " + from + " and the revised one as " + to +
                 "; with every rounding the revised figure is still the " +
                 (raised ? "smaller, so it was not raised" : "larger, so it was not lowered") + ".";
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
