// move-direction: a move the text says grows ends below where it starts, or one it says
// shrinks ends above it. "expects the market to grow to $95.4 billion by 2030 from $112.6
// billion this year": no reading of the two figures lets the verb be true.
#include "rules/format.hpp"
#include "rules/rule.hpp"

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
    bool ko = ctx.lang == "ko";
    finding f;
    f.rule = info.id;
    // A start read from the text before ("확대될" with no start in its sentence) is a reading.
    f.level = end.move_from_context ? severity::warning : info.default_severity;
    std::string said = rises_said ? (ko ? "커진다" : "grows") : (ko ? "줄어든다" : "shrinks");
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
    f.explanation =
        ko ? std::to_string(*start.year) + "년 수치는 " + from + ", " + std::to_string(*end.year) +
                 "년 수치는 " + to + "(으)로 읽힙니다. 반올림을 모두 감안해도 " +
                 (rises_said ? "나중 수치가 더 작아" : "나중 수치가 더 커") +
                 " 문장의 동사와 맞지 않습니다."
           : "The " + std::to_string(*start.year) + " figure reads as " + from + " and the " +
                 std::to_string(*end.year) + " figure as " + to +
                 "; with every rounding the later " +
                 (rises_said ? "figure is still the smaller" : "figure is still the larger") +
                 ", against the sentence's verb.";
    if (end.move_from_context)
      f.explanation += ko ? " 문장에 출발점이 없어 앞서 적힌 " + std::to_string(*start.year) +
                                "년 수치를 출발점으로 읽었습니다."
                          : " The sentence states no start; the " + std::to_string(*start.year) +
                                " figure stated before is read as its start.";
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
