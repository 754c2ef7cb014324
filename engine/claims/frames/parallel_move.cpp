// Frame: a second move that runs over the first one's years. "수출 비중이 지난해 4%에서 2030년
// 10%로 높아지고, 수출액도 2조 원에서 6조 8천억 원으로 3배 넘게 늘어날", "its share rising
// from 4% last year to 10% in 2030 and exports from $2bn to $6.8bn": a move written with no
// years of its own, after a dated move in its sentence, spans that move's years. Its figures
// would otherwise take the years nearest them, which can run backwards (the end before the
// start).
#include "claims/frames.hpp"
#include "claims/readings.hpp"

namespace fc::claims {

void frame_parallel_move(const sentence_claims& s) {
  auto& out = s.out;
  // The first dated move: a base with a year, then the next figure of its kind with a later one.
  std::optional<std::pair<int, int>> years;
  std::size_t after = s.first;
  for (std::size_t i = s.first; i < out.size() && !years; ++i) {
    if (!out[i].move_base || !out[i].year) continue;
    for (std::size_t j = i + 1; j < out.size(); ++j)
      if (out[j].kind == out[i].kind && !out[j].move_base) {
        if (out[j].year && *out[j].year > *out[i].year) years = {*out[i].year, *out[j].year};
        after = j + 1;
        break;
      }
  }
  if (!years) return;
  // The next move of levels after it ("A에서 B로", "from A to B"), whose own years do not make a
  // forward move.
  const auto& ms = s.sv.mentions;
  for (std::size_t i = 0; i + 1 < ms.size(); ++i) {
    if (ms[i].kind != grammar::mention_kind::amount || !is_base(s.sv.text, ms[i])) continue;
    auto as = s.of_mention(ms[i].begin);
    if (as.empty() || as.front() < after || !is_stated_level(out[as.front()])) continue;
    std::size_t a = as.front(), b = a + 1;
    while (b < out.size() && out[b].conversion_of) ++b;
    if (b >= out.size() || !is_stated_level(out[b]) || !measured_alike(out[a], out[b])) return;
    if (out[a].year && out[b].year && *out[a].year < *out[b].year) return;
    out[a].year = years->first, out[b].year = years->second;
    out[a].year_relation = out[b].year_relation = "in";
    out[a].forecast = false;
    out[a].move_base = true;
    // "…으로 3배 넘게 늘어날": the multiple written with the move spans it.
    for (std::size_t f = b + 1; f < out.size() && out[f].kind == claim_kind::change; ++f)
      if (out[f].rate_of == rate_kind::factor) {
        out[f].period_from = years->first, out[f].period_to = years->second;
        out[f].year.reset();  // the move's pair holds it, not a level of a named year
      }
    return;
  }
}

}  // namespace fc::claims
