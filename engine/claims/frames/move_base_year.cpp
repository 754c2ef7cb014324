// Document pass: the year of a move's base. "내년 39조원 수준에서 전년 대비 3% 증가한
// 40조2000억원", "来年、39兆円程度から前年比3%増の40兆2,000億円": one year written before a move
// dates its end; read for the base too, the two levels of a move would be one year's two figures.
// With a year-on-year rate between them the base is the year before; otherwise its year is unknown.
// A revision's move (one year's forecast replaced) and a move within a year keep their year.
#include "claims/frames.hpp"

namespace fc::claims {

void date_move_bases(std::vector<claim>& claims) {
  for (std::size_t b = 0; b < claims.size(); ++b) {
    claim& base = claims[b];
    if (!base.move_base || !base.year || base.superseded || base.part_year || !base.value) continue;
    bool yearly = false;
    for (std::size_t e = b + 1; e < claims.size() && claims[e].sentence == base.sentence; ++e) {
      const claim& end = claims[e];
      yearly = yearly || (end.kind == claim_kind::growth && end.rate_of == rate_kind::yoy);
      if (!is_stated_level(end) || end.move_base || !measured_alike(base, end)) continue;
      if (end.year == base.year && !end.superseded && !end.part_year) {
        if (yearly)
          base.year = *end.year - 1;
        else
          base.year.reset();
      }
      break;
    }
  }
}

}  // namespace fc::claims
