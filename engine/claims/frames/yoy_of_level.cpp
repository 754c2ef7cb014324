// Frame: a level with its year-on-year change. "올해 시장 규모가 24조원으로 전년 대비 35% 늘어날
// 것으로", "shipments will reach 2.3 GW this year, up 35% year on year": a year-on-year rate
// written after a dated level, with no year of its own, is the change into that level's year;
// one written right after the base it is compared with is the change out of the base's year.
#include "claims/frames.hpp"

namespace fc::claims {

void frame_yoy_of_level(const sentence_claims& s) {
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    claim& rate = s.out[i];
    if (rate.kind != claim_kind::growth || rate.rate_of != rate_kind::yoy) continue;
    // The nearest level before the rate: the one it changes, unless it is itself a base.
    for (std::size_t k = i; k-- > s.first;) {
      const claim& level = s.out[k];
      if (level.kind == claim_kind::growth || level.kind == claim_kind::change) break;
      if (!is_stated_level(level)) continue;
      // "对比2023年约202.5亿元的水平，同比增幅达到约62%": a rate right after its base is the
      // change out of the base's year, whatever year the sentence wrote last.
      if (level.year && level.compared_base && level.subject_key == rate.subject_key &&
          (!rate.period_to || rate.period_to == level.year)) {
        rate.period_from = *level.year;
        rate.period_to = *level.year + 1;
        break;
      }
      if (rate.period_from || rate.period_to) break;
      if (level.year && !level.move_base && !level.compared_base &&
          level.subject_key == rate.subject_key) {
        rate.period_from = *level.year - 1;
        rate.period_to = *level.year;
      }
      break;
    }
  }
}

}  // namespace fc::claims
