// Frame: a forecast level a verb says the market rises or falls to, with no start bound to it.
// "2022년에는 20조4000억원 규모로 확대될 것으로 내다봤다", "expects spending to grow to $20.4
// billion in 2022": the start is the latest earlier level of the same measure and source stated
// in the few sentences before. That start is the checker's reading, so move-direction reports such
// a move as a warning that names it.
#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {
namespace {

// The direction a verb right after the figure (Korean: "…규모로 확대될") or right before it
// (English: "grow to") gives, 0 when none does or the words say both ways.
int said_direction(const sentence_view& sv, const grammar::mention& m) {
  std::string_view window = sv.english ? before(sv.text, m.begin, 28) : after(sv.text, m.end, 28);
  // Only the figure's own phrase: no clause or other figure between it and the verb.
  std::size_t cut = window.find_first_of(",;0123456789");
  if (sv.english) {
    std::size_t last = window.find_last_of(",;0123456789");
    window = last == std::string_view::npos ? window : window.substr(last + 1);
    if (!window.ends_with(" to ") && !window.ends_with(" to about ") &&
        !window.ends_with(" to around ") && !window.ends_with(" to nearly "))
      return 0;
  } else if (cut != std::string_view::npos) {
    window = window.substr(0, cut);
  }
  std::string padded = " " + std::string(window) + " ";
  bool rise = lang::words("directions.move_rise").in(padded);
  bool fall = lang::words("directions.move_fall").in(padded);
  return rise == fall ? 0 : rise ? 1 : -1;
}

}  // namespace

void frame_rise_to_level(const sentence_claims& s) {
  for (const auto& m : s.sv.mentions) {
    if (m.kind != grammar::mention_kind::amount) continue;
    int direction = said_direction(s.sv, m);
    if (!direction) continue;
    for (auto i : s.of_mention(m.begin))
      // A forecast only: "will expand to" moves on from the latest level stated, whatever
      // start its sentence names ("2017년 18조원이던 시장은 … 2022년 20조원으로 확대될").
      if (is_stated_level(s.out[i]) && s.out[i].year && s.out[i].forecast && !s.out[i].move_from)
        s.out[i].said_direction = direction;
  }
}

void link_said_moves(std::vector<claim>& claims) {
  for (std::size_t e = 0; e < claims.size(); ++e) {
    claim& end = claims[e];
    if (!end.said_direction || end.move_from || !end.value) continue;
    // The sentences just before only: a start farther back is another passage's, and the
    // search stays linear in the document.
    constexpr std::size_t reach_back = 4;
    std::optional<std::size_t> start;
    for (std::size_t w = e; w-- > 0 && claims[w].sentence + reach_back >= end.sentence;) {
      const claim& c = claims[w];
      if (!is_stated_level(c) || !c.year || *c.year >= *end.year || !c.value ||
          c.subject_key != end.subject_key || !measured_alike(c, end) ||
          c.currency != end.currency || c.part_year != end.part_year || c.part != end.part ||
          c.superseded || c.scenario || per_item(c) || c.vague)
        continue;
      if (c.source && end.source && *c.source != *end.source) continue;
      if (!start || *claims[*start].year < *c.year) start = w;  // the latest year, nearest first
    }
    if (!start) continue;
    end.move_from = claims[*start].id;
    end.move_direction = end.said_direction;
    end.move_from_context = true;
  }
}

}  // namespace fc::claims
