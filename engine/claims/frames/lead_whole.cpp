// Frame: the whole named in a breakdown's lead. "Of the $3.4 billion the firm expects the market
// to generate in 2025, Europe will account for about 68%": the amount inside the lead is the
// whole the rest of the sentence splits, and the year that closes the lead is its year.
#include "claims/frames.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

using grammar::mention_kind;

void frame_lead_whole(const sentence_claims& s) {
  const auto* lead = lang::words("roles.part_lead").prefix_of(s.sv.text);
  if (!lead || lead->word.empty() || static_cast<unsigned char>(lead->word[0]) >= 0x80) return;
  std::size_t comma = s.sv.text.find(',');
  if (comma == std::string_view::npos || comma >= 120) return;
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
