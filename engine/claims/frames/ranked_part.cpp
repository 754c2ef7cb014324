// Frame: a figure ranked among others. "Spending on security services is projected to reach
// $258.7 billion, making it the largest segment", "스킨케어가 17조2000억원으로 가장 크고": a
// figure called the largest of its kind is one part of a breakdown, bound to the whole stated
// before it; so is one the text ranks before it ("the largest application at $4.6 billion,
// followed by agriculture at $3.1 billion"). The marker words are language data
// (roles.part_after, roles.part_before, subjects.whole_scopes).
#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

void frame_ranked_part(const sentence_claims& s) {
  // "In 2024 China remained the largest market worldwide": a rank in the whole world names no
  // part of the whole stated before (subjects.whole_scopes).
  if (lang::words(language_of(s.sv), "subjects.whole_scopes").in(s.sv.text)) return;
  const auto& ranks = lang::words("roles.part_after");
  const auto& ranked_before = lang::words("roles.part_before");
  for (const auto& m : s.sv.mentions) {
    if (m.kind != grammar::mention_kind::amount) continue;
    // The rank belongs to the figure's own clause: up to the next number.
    if (!ranks.in(own_after(s.sv.text, m.end, 64)) &&
        !ranked_before.in(own_before(s.sv.text, m.begin, 64)))
      continue;
    for (auto i : s.of_mention(m.begin))
      if (is_stated_level(s.out[i])) s.out[i].part = true;
  }
}

}  // namespace fc::claims
