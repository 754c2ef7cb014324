// Frame: a level with its change and its written base, in a sentence that names no subject.
// "Americans spent $123.6 billion on their pets in 2021, up 14% from $103.6 billion in 2020",
// "작년 12조원으로 전년(10조원)보다 20% 늘었다", "The value of used vehicles imported is set to
// climb from US$2.4 billion in 2023 to US$3.9 billion by 2030, a CAGR of 8.4%": the construction
// itself says the three are one measure, so they share a subject local to the sentence and the
// change and growth rules can read them.
#include <string>

#include "claims/frames.hpp"

namespace fc::claims {

void frame_unnamed_move(const sentence_claims& s) {
  std::vector<std::size_t> levels, changes;
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    const claim& c = s.out[i];
    if (c.subject_key) return;  // a named subject binds them already
    if (is_written_level(c) && !c.vague)
      levels.push_back(i);
    else if (c.kind == claim_kind::growth &&
             (c.rate_of == rate_kind::total || c.rate_of == rate_kind::yoy ||
              c.rate_of == rate_kind::cagr) &&
             !c.other_basis)
      changes.push_back(i);
    else if (c.kind == claim_kind::change && c.rate_of == rate_kind::factor)
      changes.push_back(i);
  }
  if (levels.size() != 2 || changes.size() != 1) return;
  const claim& a = s.out[levels[0]];
  const claim& b = s.out[levels[1]];
  // One level and its written base ("from $103.6 billion", "전년(10조원)"), in one measure.
  if (!measured_alike(a, b) || (a.move_base || a.prior) == (b.move_base || b.prior)) return;
  std::string key = "#move" + std::to_string(a.sentence);
  for (std::size_t i : {levels[0], levels[1], changes[0]}) s.out[i].subject_key = key;
}

}  // namespace fc::claims
