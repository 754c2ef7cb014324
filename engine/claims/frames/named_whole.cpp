// Frame: a part that names its whole. "New York, the largest market, accounted for about $19
// billion of the wagers": the amount is a part of the wagers, so only a total of the wagers is
// its whole, never the revenue figure stated just before it.
#include "claims/frames.hpp"
#include "claims/readings.hpp"

namespace fc::claims {

void frame_named_whole(const sentence_claims& s) {
  for (const auto& m : s.sv.mentions) {
    if (m.kind != grammar::mention_kind::amount) continue;
    for (auto i : s.of_mention(m.begin)) {
      claim& c = s.out[i];
      if (!c.part || c.share_whole) continue;
      if (std::string whole = named_share_whole(s.sv, m); !whole.empty()) c.share_whole = whole;
    }
  }
}

}  // namespace fc::claims
