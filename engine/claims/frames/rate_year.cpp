// Frame: a rate dated by the year right after it. "Gartner expects IT spending to grow 4.1% in
// 2025": a change written for one year is that year's change over the year before, so two
// rates for one step can be held to each other. "전년 대비 4.1% 늘어날 것" in a sentence that
// names one year is that year's change too.
#include "claims/frames.hpp"

namespace fc::claims {

void frame_rate_year(const sentence_claims& s) {
  const auto& ms = s.sv.mentions;
  int only_year = 0;
  bool one_year = true;
  for (const auto& m : ms)
    if (m.kind == grammar::mention_kind::year) {
      if (m.year_to != m.year || (only_year && only_year != m.year)) one_year = false;
      only_year = m.year;
    }
  for (std::size_t mi = 0; mi < ms.size(); ++mi) {
    const auto& m = ms[mi];
    if (m.kind != grammar::mention_kind::percent) continue;
    int year = 0;
    if (mi + 1 < ms.size() && ms[mi + 1].kind == grammar::mention_kind::year &&
        ms[mi + 1].year == ms[mi + 1].year_to) {
      std::string_view gap = s.sv.text.substr(m.end, ms[mi + 1].begin - m.end);
      if (gap == " in " || gap == " for ") year = ms[mi + 1].year;
    }
    for (auto i : s.of_mention(m.begin)) {
      claim& c = s.out[i];
      if (c.kind != claim_kind::growth || c.period_from || c.period_to) continue;
      int y = year;
      if (!y && c.rate_of == rate_kind::yoy && one_year && !s.sv.english) y = only_year;
      if (!y || (c.rate_of != rate_kind::total && c.rate_of != rate_kind::yoy)) continue;
      c.rate_of = rate_kind::yoy;
      c.period_from = y - 1;
      c.period_to = y;
    }
  }
}

}  // namespace fc::claims
