// Frame: a target. "the 65 billion baht the government's agency has set as its target", "has set
// an export target of $43 billion to $44 billion", "2030년 매출 1조원을 목표로", "力争到2025年
// 达到…": a figure its own clause names a goal is no estimate of the market, and never a second
// figure for it; it gets a subject key of its own, so it is compared only with other targets.
// The words are language data (roles.target_before, roles.target_after).
#include "claims/frames.hpp"
#include "claims/words.hpp"

namespace fc::claims {

void frame_targets(const sentence_claims& s) {
  const auto language = language_of(s.sv);
  const auto& before_words = lang::words(language, "roles.target_before");
  const auto& after_words = lang::words(language, "roles.target_after");
  for (const auto& m : s.sv.mentions) {
    if (m.kind != grammar::mention_kind::amount) continue;
    if (!before_words.in(own_before(s.sv.text, m.begin, 40)) &&
        !after_words.in(own_after(s.sv.text, m.end, 64)))
      continue;
    for (auto i : s.of_mention(m.begin)) {
      claim& c = s.out[i];
      if (is_level_figure(c) && c.subject_key && !c.subject_key->ends_with("#target"))
        *c.subject_key += "#target";
    }
  }
}

}  // namespace fc::claims
