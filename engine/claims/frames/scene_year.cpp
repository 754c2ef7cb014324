// Frame: a year set by the sentence before. "The voluntary carbon market shrank for a second
// straight year in 2023. The value of credits traded fell 61% to $723m": a lead sentence with
// one year and no figures dates the measured, undated levels of the sentence after it. Forecasts
// and moves are left alone: "will reach $4bn" is not a 2023 figure, and "fell from $1.8bn to $723m"
// spans two years.
#include "claims/frames.hpp"

namespace fc::claims {

void frame_scene_year(const sentence_claims& s) {
  if (!s.sv.scene_year) return;
  auto level = [](const claim& c) {
    return c.kind == claim_kind::size || c.kind == claim_kind::quantity;
  };
  for (std::size_t i = s.first; i < s.out.size(); ++i)
    if (level(s.out[i]) && (s.out[i].move_base || s.out[i].prior)) return;
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    claim& c = s.out[i];
    // "较上年的3.4万辆": the base of a comparison is another year's level.
    if (!level(c) || c.year || c.forecast || c.part_year || c.per || c.compared_base) continue;
    c.year = s.sv.scene_year;
    c.year_relation = "in";
  }
}

}  // namespace fc::claims
