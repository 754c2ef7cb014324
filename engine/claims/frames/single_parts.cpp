// Frame: a part written alone in a part-of-whole sentence. "이 중 사료가 7조원을 차지했다", "Of
// this, dry food accounted for $31 billion": the part is named by the label before it, as an
// enumeration's items are (labels.hpp).
#include "claims/frames.hpp"
#include "claims/frames/labels.hpp"

namespace fc::claims {

using grammar::mention;
using grammar::mention_kind;

void frame_single_parts(const sentence_claims& s) {
  std::size_t from = 0;
  for (const mention& m : s.sv.mentions) {
    if (m.kind != mention_kind::amount) continue;
    std::string_view label = label_before(s.sv.text, from, m.begin);
    from = m.end;
    if (!is_label(label)) continue;
    for (auto i : s.of_mention(m.begin)) {
      claim& c = s.out[i];
      if (!c.part || c.partition || c.holder_named ||
          (c.kind != claim_kind::size && c.kind != claim_kind::quantity))
        continue;
      name_part(c, label, c.subject_key.value_or(""));
    }
  }
}

}  // namespace fc::claims
