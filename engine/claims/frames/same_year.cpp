// Frame: "the same year". "한국IDC 역시 같은 해 시장을 9조8천억원으로 제시했다", "Statista's
// estimate of $6.9 billion for the same year": a figure dated by reference takes the year of
// the latest dated figure before it, in its sentence or the one before.
#include <string_view>

#include "claims/frames.hpp"

namespace fc::claims {

void frame_same_year(const sentence_claims& s) {
  static const std::initializer_list<std::string_view> cues = {"같은 해", "same year", "that year",
                                                               "the same period"};
  if (!contains_any(s.sv.text, cues)) return;
  for (const auto& m : s.sv.mentions) {
    if (m.kind != grammar::mention_kind::amount) continue;
    // The cue sits in the figure's own clause: just before it, or right after it.
    if (!contains_any(own_before(s.sv.text, m.begin, 48), cues) &&
        !contains_any(after(s.sv.text, m.end, 24), cues))
      continue;
    for (auto i : s.of_mention(m.begin)) {
      claim& c = s.out[i];
      if (c.year) continue;
      for (std::size_t k = i; k-- > 0 && s.out[k].sentence + 1 >= c.sentence;) {
        const claim& dated = s.out[k];
        // The year named last, whatever it dated: "2030년 전체의 55%가량 … 같은 해 양극재
        // 시장을 1천200억달러" takes 2030 from the share.
        if (!dated.year || dated.part_year || dated.kind == claim_kind::growth ||
            dated.kind == claim_kind::change)
          continue;
        c.year = dated.year;
        c.year_relation = dated.year_relation;
        c.forecast = dated.forecast;
        break;
      }
    }
  }
}

}  // namespace fc::claims
