// move-direction: a move the text says grows ends below where it starts, or one it says
// shrinks ends above it. "expects the market to grow to $95.4 billion by 2030 from $112.6
// billion this year": no reading of the two figures lets the verb be true.
#include "rules/format.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {

void move_direction(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (const auto& end : cs) {
    if (!end.move_from || !end.move_direction || !end.value || end.revision_move) continue;
    auto at = index_of_claim(cs, *end.move_from);
    if (!at || !cs[*at].value) continue;
    const claim& start = cs[*at];
    const interval& a = *start.value;
    const interval& b = *end.value;
    // Every rounding and hedge of both figures must leave the move going the other way.
    bool rises_said = end.move_direction > 0;
    bool against =
        rises_said ? (b.high && a.low && *b.high < *a.low) : (b.low && a.high && *b.low > *a.high);
    if (!against) continue;
    finding f;
    f.rule = info.id;
    // A start read from the text before ("확대될" with no start in its sentence) is a reading.
    f.level = end.move_from_context ? severity::warning : info.default_severity;
    static constexpr wording grows{.en = "grows", .ko = "커진다", .zh = "增长", .ja = "拡大する"};
    static constexpr wording shrinks{
        .en = "shrinks", .ko = "줄어든다", .zh = "缩小", .ja = "縮小する"};
    std::string said(pick(rises_said ? grows : shrinks, ctx.lang));
    f.message = fill(message_template(info, ctx.lang),
                     {{"later_year", std::to_string(*end.year)},
                      {"later", money(b.point, end.currency, ctx.lang, 4)},
                      {"earlier_year", std::to_string(*start.year)},
                      {"earlier", money(a.point, start.currency, ctx.lang, 4)},
                      {"said", said}});
    f.where = end.where;
    f.claims = {start.id, end.id};
    std::string from = interval_text(a, start.currency, ctx.lang);
    std::string to = interval_text(b, end.currency, ctx.lang);
    static constexpr wording still_smaller{
        .en =
            "The {from_year} figure reads as {from} and the {to_year} figure as {to}; with every "
            "rounding the later figure is still the smaller, against the sentence's verb.",
        .ko =
            "{from_year}년 수치는 {from}, {to_year}년 수치는 {to}(으)로 읽힙니다. 반올림을 모두 "
            "감안해도 나중 수치가 더 작아 문장의 동사와 맞지 않습니다.",
        .zh =
            "{from_year}年的数字读作{from}，{to_year}年的数字读作{to}。即使计入所有四舍五入，"
            "后一个数字仍然更小，与句中的动词不符。",
        .ja =
            "{from_year}年の数字は{from}、{to_year}年の数字は{to}と読めます。四捨五入をすべて"
            "考慮しても後の数字の方が小さく、文の動詞と合いません。"};
    static constexpr wording still_larger{
        .en =
            "The {from_year} figure reads as {from} and the {to_year} figure as {to}; with every "
            "rounding the later figure is still the larger, against the sentence's verb.",
        .ko =
            "{from_year}년 수치는 {from}, {to_year}년 수치는 {to}(으)로 읽힙니다. 반올림을 모두 "
            "감안해도 나중 수치가 더 커 문장의 동사와 맞지 않습니다.",
        .zh =
            "{from_year}年的数字读作{from}，{to_year}年的数字读作{to}。即使计入所有四舍五入，"
            "后一个数字仍然更大，与句中的动词不符。",
        .ja =
            "{from_year}年の数字は{from}、{to_year}年の数字は{to}と読めます。四捨五入をすべて"
            "考慮しても後の数字の方が大きく、文の動詞と合いません。"};
    static constexpr wording start_before{
        .en =
            " The sentence states no start; the {from_year} figure stated before is read as its "
            "start.",
        .ko = " 문장에 출발점이 없어 앞서 적힌 {from_year}년 수치를 출발점으로 읽었습니다.",
        .zh = "句中没有起点，因此把前文的{from_year}年数字读作起点。",
        .ja = "文に起点がないため、前に書かれた{from_year}年の数字を起点と読みました。"};
    f.explanation =
        say(rises_said ? still_smaller : still_larger, ctx.lang, fmt::arg("from_year", *start.year),
            fmt::arg("from", from), fmt::arg("to_year", *end.year), fmt::arg("to", to));
    if (end.move_from_context)
      f.explanation += say(start_before, ctx.lang, fmt::arg("from_year", *start.year));
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
