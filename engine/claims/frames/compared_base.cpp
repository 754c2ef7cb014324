// Frame: the base of a comparison. "작년 3조9000억원보다 7.7% 늘어난 수치다", "up 7.7% compared
// with $3.9 billion": the amount a change is measured against is a level of its own year, but
// not the figure the article goes on to split ("이 가운데 구독형이 …" splits this year's total).
// The marker words are language data (roles.compared_after, roles.compared_before).
#include "claims/frames.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

void frame_compared_base(const sentence_claims& s) {
  const auto& after_words = lang::words("roles.compared_after");
  const auto& before_words = lang::words("roles.compared_before");
  for (const auto& m : s.sv.mentions) {
    if (m.kind != grammar::mention_kind::amount) continue;
    std::string_view a = after(s.sv.text, m.end, 12);
    // "3조9000억원(약 30억달러)보다": a bracketed conversion sits between.
    if (a.starts_with("(")) {
      std::size_t close = s.sv.text.find(')', m.end);
      if (close == std::string_view::npos) continue;
      a = after(s.sv.text, close + 1, 12);
    }
    if (!after_words.prefix_of(a) && !before_words.suffix_of(before(s.sv.text, m.begin, 24)))
      continue;
    for (auto i : s.of_mention(m.begin)) s.out[i].compared_base = true;
  }
}

}  // namespace fc::claims
