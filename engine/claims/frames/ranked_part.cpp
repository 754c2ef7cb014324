// Frame: a figure ranked among others. "Spending on security services is projected to reach
// $258.7 billion, making it the largest segment", "스킨케어가 17조2000억원으로 가장 크고": a
// figure called the largest of its kind is one part of a breakdown, bound to the whole stated
// before it. The marker words are language data (roles.part_after).
#include "claims/frames.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

void frame_ranked_part(const sentence_claims& s) {
  const auto& ranks = lang::words("roles.part_after");
  for (const auto& m : s.sv.mentions) {
    if (m.kind != grammar::mention_kind::amount) continue;
    // The rank belongs to the figure's own clause: up to the next number.
    if (!ranks.in(own_after(s.sv.text, m.end, 64))) continue;
    for (auto i : s.of_mention(m.begin))
      if (is_stated_level(s.out[i])) s.out[i].part = true;
  }
}

}  // namespace fc::claims
