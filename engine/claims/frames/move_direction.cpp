// Frame: a move whose verb says which way it goes. "The firm expects the market to grow to $95.4
// billion by 2030 from $112.6 billion this year", "지난해 1004억달러에서 성장해 2030년 836억
// 달러로 커질": the end figure is marked with its start and the verb's direction, so
// move-direction can hold the figures to it. A move with words of both directions, or a
// sentence with a rate of its own (growth-contradiction reads that), states no single direction.
#include <algorithm>

#include "claims/frames.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

void frame_move_direction(const sentence_claims& s) {
  std::vector<std::size_t> levels;
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    const claim& c = s.out[i];
    if (c.kind == claim_kind::growth || c.kind == claim_kind::change) return;
    if ((c.kind == claim_kind::size || c.kind == claim_kind::quantity) && c.value &&
        !c.conversion_of)
      levels.push_back(i);
  }
  if (levels.size() != 2) return;
  std::size_t base = s.out[levels[0]].move_base ? levels[0] : levels[1];
  std::size_t end = base == levels[0] ? levels[1] : levels[0];
  const claim& a = s.out[base];
  const claim& b = s.out[end];
  if (!a.move_base || b.move_base || !measured_alike(a, b) || a.subject_key != b.subject_key ||
      !a.year || !b.year || *a.year >= *b.year || a.superseded || b.superseded || per_item(a) ||
      per_item(b) || a.part_year != b.part_year || a.vague || b.vague)
    return;
  // The verb governs the move's own words: from a few words before its first figure ("is
  // expected to grow from") to just after its last ("…로 커질"). "driven by rising demand and
  // falling prices" elsewhere in the sentence says nothing of this move.
  std::size_t lo = s.sv.text.size(), hi = 0;
  for (const auto& m : s.sv.mentions) {
    std::size_t at = s.original_start(m.begin);
    if (at == a.where.start || at == b.where.start)
      lo = std::min(lo, m.begin), hi = std::max(hi, m.end);
  }
  if (lo >= hi) return;
  std::string_view lead = before(s.sv.text, lo, 48), tail = after(s.sv.text, hi, 24);
  // Verbs are looked for with a space on each side, so the span is padded.
  std::string padded = " " + std::string(lead) + std::string(s.sv.text.substr(lo, hi - lo)) +
                       std::string(tail) + " ";
  bool rise = lang::words("directions.move_rise").in(padded);
  bool fall = lang::words("directions.move_fall").in(padded);
  if (rise == fall) return;
  s.out[end].move_from = a.id;
  s.out[end].move_direction = rise ? 1 : -1;
}

}  // namespace fc::claims
