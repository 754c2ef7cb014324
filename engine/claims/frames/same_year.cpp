// Frame: "the same year". "한국IDC 역시 같은 해 시장을 9조8천억원으로 제시했다", "Statista's
// estimate of $6.9 billion for the same year": a figure dated by reference takes the year of
// the latest dated figure before it, in its sentence or the two before. The words are language
// data (time.same_year).
#include <string_view>

#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

void frame_same_year(const sentence_claims& s) {
  const auto& cues = lang::words(language_of(s.sv), "time.same_year");
  if (!cues.in(s.sv.text)) return;
  for (const auto& m : s.sv.mentions) {
    if (m.kind != grammar::mention_kind::amount) continue;
    // The cue sits in the figure's own clause: just before it, or right after it.
    if (!cues.in(own_before(s.sv.text, m.begin, 48)) && !cues.in(after(s.sv.text, m.end, 24)))
      continue;
    for (auto i : s.of_mention(m.begin)) {
      claim& c = s.out[i];
      if (c.year) continue;
      for (std::size_t k = i; k-- > 0 && s.out[k].sentence + 2 >= c.sentence;) {
        const claim& dated = s.out[k];
        // The year named last, whatever it dated: "2030년 전체의 55%가량 … 같은 해 양극재
        // 시장을 1천200억달러" takes 2030 from the share. Not a base's ("to reach P98 billion
        // by 2029 from P62 billion in 2024. … P104 billion for the same year" means 2029).
        if (!dated.year || dated.part_year || dated.kind == claim_kind::growth ||
            dated.kind == claim_kind::change || written_base(dated))
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
