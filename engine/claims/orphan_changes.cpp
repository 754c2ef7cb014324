// "the user base grew 12% to 96 million" where `96 million` names nothing the claims layer can
// count: the change has a figure of its own, so it must not be linked to the sentence's other
// figures ("ARPU rose to $11.50 from $10.80, while …").
#include "claims/readings.hpp"

namespace fc::claims {

void unlink_orphan_changes(std::vector<claim>& out, std::size_t first, const sentence_view& sv,
                           const std::function<std::size_t(std::size_t)>& original_start) {
  const auto& ms = sv.mentions;
  for (std::size_t mi = 0; mi + 1 < ms.size(); ++mi) {
    if (ms[mi].kind != grammar::mention_kind::percent &&
        ms[mi].kind != grammar::mention_kind::factor)
      continue;
    if (!change_reaches(sv.text, ms[mi], ms[mi + 1])) continue;
    std::size_t rate_at = original_start(ms[mi].begin);
    std::size_t figure_at = original_start(ms[mi + 1].begin);
    bool figure_claimed = false;
    for (std::size_t k = first; k < out.size(); ++k)
      figure_claimed = figure_claimed || out[k].where.start == figure_at;
    if (figure_claimed) continue;
    for (std::size_t k = first; k < out.size(); ++k)
      if (out[k].where.start == rate_at) out[k].other_basis = true;
  }
}

}  // namespace fc::claims
