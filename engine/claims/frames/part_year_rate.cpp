// Frame: the change of part of a year. "今年上半年…销量为120万台，同比下降4.0%", "4~6月期の
// 出荷額は前年同期比8%増": in Chinese and Japanese, a rate in a sentence that dates its figures
// to a quarter or a half is that part's change, not the year's.
#include "claims/cjk_readings.hpp"
#include "claims/frames.hpp"
#include "claims/readings.hpp"

namespace fc::claims {

void frame_part_year_rate(const sentence_claims& s) {
  if (!is_cjk(s.sv)) return;
  for (const auto& m : s.sv.mentions) {
    if (m.kind != grammar::mention_kind::percent || !is_part_year(s.sv.text, m)) continue;
    for (auto i : s.of_mention(m.begin))
      if (s.out[i].kind == claim_kind::growth) s.out[i].part_year = true;
  }
}

}  // namespace fc::claims
