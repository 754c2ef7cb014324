// Frame: a share restated in brackets. "全体の約8割（80.5%）", "10명 중 8명꼴(80.5%)", "about
// four in five (80.5%)": the bracketed percentage states the share just before it more
// precisely. It is the same share, never a second item of the list.
#include "claims/frames.hpp"

namespace fc::claims {

using grammar::mention;
using grammar::mention_kind;

namespace {

bool bracket_only(std::string_view gap) {
  while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  return gap == "(" || gap == "（";
}

}  // namespace

void frame_share_restated(const sentence_claims& s) {
  const auto& ms = s.sv.mentions;
  for (std::size_t k = 1; k < ms.size(); ++k) {
    const mention &prev = ms[k - 1], &m = ms[k];
    if (prev.kind != mention_kind::percent || m.kind != mention_kind::percent ||
        m.begin < prev.end || !bracket_only(s.sv.text.substr(prev.end, m.begin - prev.end)))
      continue;
    auto restated = s.of_mention(prev.begin);
    if (restated.empty()) continue;
    for (auto i : s.of_mention(m.begin))
      if (s.out[i].kind == claim_kind::share && s.out[restated.front()].kind == claim_kind::share)
        s.out[i].conversion_of = s.out[restated.front()].id;
  }
}

}  // namespace fc::claims
