// Frame: a streak of growth. "2021년 4800억원, 2022년 5400억원에 이어 지난해 5100억원을 기록하며
// 3년 연속 성장세를 이어갔다", "sales rose for a third straight year, to $4.1 billion from $3.8
// billion": a sentence that says its measure grew year after year holds every step between its
// dated levels to a rise, so move-direction can check each one.
#include <algorithm>

#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

void frame_streak(const sentence_claims& s) {
  if (!lang::words(language_of(s.sv), "roles.growth_streaks").in(s.sv.text)) return;
  std::vector<std::size_t> levels;
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    const claim& c = s.out[i];
    if ((c.kind == claim_kind::size || c.kind == claim_kind::quantity) && c.value && c.year &&
        !c.conversion_of && !c.part && !c.superseded && !c.vague && !c.part_year && !per_item(c))
      levels.push_back(i);
  }
  if (levels.size() < 2) return;
  const claim& first = s.out[levels.front()];
  // One measure only: the streak says nothing of a second one beside it.
  if (std::any_of(levels.begin(), levels.end(), [&](std::size_t i) {
        return s.out[i].subject_key != first.subject_key || !measured_alike(s.out[i], first) ||
               s.out[i].source != first.source;
      }))
    return;
  std::stable_sort(levels.begin(), levels.end(),
                   [&](std::size_t a, std::size_t b) { return *s.out[a].year < *s.out[b].year; });
  for (std::size_t k = 1; k < levels.size(); ++k) {
    claim& later = s.out[levels[k]];
    const claim& earlier = s.out[levels[k - 1]];
    if (*earlier.year >= *later.year || later.move_from) continue;
    later.move_from = earlier.id;
    later.move_direction = +1;
  }
}

}  // namespace fc::claims
