// Frame: a compound rate written with a move. "valued at USD 1.72 billion in 2023 and is
// projected to grow from USD 2.06 billion in 2024 to USD 7.46 billion by 2032, exhibiting a
// CAGR of 17.5%", "2023년 1조원이었던 시장은 2024년 1조2000억원에서 2030년 3조원으로 연평균
// 16.5% 성장할": when the sentence dates the market at more years than the move's two, the
// rate compounds over the move it is written with, not from the earliest figure.
#include "claims/frames.hpp"

namespace fc::claims {

void frame_rate_of_move(const sentence_claims& s) {
  // The sentence's one move: a dated start and the dated level right after it.
  std::optional<std::pair<std::size_t, std::size_t>> move;
  int dated_levels = 0;
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    const claim& c = s.out[i];
    if (!is_stated_level(c) || !c.year) continue;
    ++dated_levels;
    if (!c.move_base) continue;
    // "$1.1 billion this year, up 57% from $700 million in 2024, and … $5.8 billion by 2030":
    // a base right after a change is that change's, from the figure before it, not a move's.
    if (i > s.first &&
        (s.out[i - 1].kind == claim_kind::change ||
         (s.out[i - 1].kind == claim_kind::growth && s.out[i - 1].rate_of != rate_kind::cagr)))
      continue;
    if (move) return;  // two moves: which one the rate belongs to is unknown
    for (std::size_t j = i + 1; j < s.out.size(); ++j) {
      const claim& e = s.out[j];
      if (!is_stated_level(e)) continue;
      if (e.year && *e.year > *c.year && !e.move_base && measured_alike(c, e) &&
          e.subject_key == c.subject_key)
        move = {i, j};
      break;
    }
  }
  if (!move || dated_levels < 3) return;
  const claim& start = s.out[move->first];
  const claim& end = s.out[move->second];
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    claim& rate = s.out[i];
    if (rate.kind == claim_kind::growth && rate.rate_of == rate_kind::cagr && !rate.period_from &&
        !rate.period_to && rate.subject_key == start.subject_key)
      rate.rate_move = std::pair{*start.year, *end.year};
  }
}

}  // namespace fc::claims
