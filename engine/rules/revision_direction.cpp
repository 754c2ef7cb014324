// revision-direction: a forecast the text says was raised is lower than the one it replaced, or
// one it says was lowered is higher. "기존 8조2000억원에서 7조6000억원으로 높여 잡았다",
// "raised its forecast from $5.1 billion to $4.8 billion": no reading of the two figures lets
// the verb be true.
#include "rules/format.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

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
    finding f;
    f.rule = info.id;
    f.level = info.default_severity;
    static constexpr wording raised_word{
        .en = "raised", .ko = "상향", .zh = "上调", .ja = "上方修正"};
    static constexpr wording lowered_word{
        .en = "lowered", .ko = "하향", .zh = "下调", .ja = "下方修正"};
    std::string said(pick(raised ? raised_word : lowered_word, ctx.lang));
    f.message = fill(message_template(info, ctx.lang),
                     {{"earlier", money(a.point, replaced.currency, ctx.lang, 4)},
                      {"later", money(b.point, revised.currency, ctx.lang, 4)},
                      {"said", said}});
    f.where = revised.where;
    f.claims = {replaced.id, revised.id};
    std::string from = interval_text(a, replaced.currency, ctx.lang);
    std::string to = interval_text(b, revised.currency, ctx.lang);
    static constexpr wording not_raised{
        .en =
            "The replaced forecast reads as {from} and the revised one as {to}; with every "
            "rounding the revised figure is still the smaller, so it was not raised.",
        .ko =
            "기존 전망치는 {from}, 수정된 전망치는 {to}(으)로 읽힙니다. 반올림을 모두 감안해도 "
            "수정치가 더 작아 상향이라는 문장과 맞지 않습니다.",
        .zh =
            "原预测读作{from}，修正后的预测读作{to}。即使计入所有四舍五入，修正值仍然更小，与"
            "“上调”的说法不符。",
        .ja =
            "従来の予測は{from}、修正後の予測は{to}と読めます。四捨五入をすべて考慮しても修正値"
            "の方が小さく、上方修正という文と合いません。"};
    static constexpr wording not_lowered{
        .en =
            "The replaced forecast reads as {from} and the revised one as {to}; with every "
            "rounding the revised figure is still the larger, so it was not lowered.",
        .ko =
            "기존 전망치는 {from}, 수정된 전망치는 {to}(으)로 읽힙니다. 반올림을 모두 감안해도 "
            "수정치가 더 커 하향이라는 문장과 맞지 않습니다.",
        .zh =
            "原预测读作{from}，修正后的预测读作{to}。即使计入所有四舍五入，修正值仍然更大，与"
            "“下调”的说法不符。",
        .ja =
            "従来の予測は{from}、修正後の予測は{to}と読めます。四捨五入をすべて考慮しても修正値"
            "の方が大きく、下方修正という文と合いません。"};
    f.explanation = say(raised ? not_raised : not_lowered, ctx.lang, fmt::arg("from", from),
                        fmt::arg("to", to));
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
