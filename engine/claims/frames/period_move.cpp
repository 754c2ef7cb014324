// Frame: a period, then a move. "will expand at a compound annual rate of 11.5% between 2024
// and 2030, from $14.2 billion to $38.9 billion": the move's two figures are the period's two
// ends, respectively, when neither states a year of its own. A year bound to the start only
// because the period's end was the nearest year before it is that misreading.
#include "claims/frames.hpp"

namespace fc::claims {

void frame_period_move(const sentence_claims& s) {
  std::optional<std::pair<int, int>> period;
  std::vector<std::size_t> levels;
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    const claim& c = s.out[i];
    if ((c.kind == claim_kind::growth || c.kind == claim_kind::change) && c.period_from &&
        c.period_to && *c.period_from < *c.period_to && levels.empty())
      period = std::pair{*c.period_from, *c.period_to};
    else if (period && is_stated_level(c))
      levels.push_back(i);
  }
  if (!period || levels.size() != 2) return;
  claim& a = s.out[levels[0]];
  claim& b = s.out[levels[1]];
  if (!a.move_base || b.move_base || !measured_alike(a, b) || a.subject_key != b.subject_key)
    return;
  auto unbound = [&](const claim& c) { return !c.year || *c.year == period->second; };
  if (!unbound(a) || !unbound(b)) return;
  a.year = period->first;
  b.year = period->second;
  a.year_relation = b.year_relation = "in";
  a.forecast = false;  // the level the forecast starts from, not a projection of it
}

}  // namespace fc::claims
