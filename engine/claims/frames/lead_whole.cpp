// Frame: the whole named in a breakdown's lead. "Of the $3.4 billion the firm expects the market
// to generate in 2025, Europe will account for about 68%": the amount inside the lead is the
// whole the rest of the sentence splits, and the year that closes the lead is its year.
#include "claims/frames.hpp"
#include "claims/readings.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

using grammar::mention_kind;

void frame_lead_whole(const sentence_claims& s) {
  // Only an English lead runs to its comma (part_cue_at); any other cue opens at the start.
  if (!lang::words("roles.part_lead").prefix_of(s.sv.text)) return;
  std::size_t comma = part_cue_at(s.sv.text);
  if (comma == 0) return;
  const grammar::mention* amount = nullptr;
  const grammar::mention* year = nullptr;
  for (const auto& m : s.sv.mentions) {
    if (m.end > comma) break;
    if (m.kind == mention_kind::amount) {
      if (amount) return;  // two amounts: no one whole
      amount = &m;
    } else if (m.kind == mention_kind::year && amount && m.year == m.year_to) {
      year = &m;
    }
  }
  if (!amount || !year) return;
  for (auto i : s.of_mention(amount->begin)) {
    claim& c = s.out[i];
    if (c.year || c.part) continue;
    c.year = year->year;
    c.year_relation = "in";
  }
}

}  // namespace fc::claims
