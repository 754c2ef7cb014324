// Document pass: a headline restates the body. "지난해 벤처투자 11조9천억원…AI에 3조6천억원
// 몰렸다" over a body that says "이 중 인공지능(AI) 분야 투자는 3조6천억원": a figure of a headline
// (a first sentence that is a paragraph of its own) is the body's figure of the same value and
// measure, under the body's name for it, when exactly one name of the body fits. A headline's
// short words would otherwise give it the subject of the figure before it.
#include <set>

#include "claims/frames.hpp"

namespace fc::claims {

void restate_headline(std::vector<claim>& claims, const std::vector<sentence_sources>& sentences) {
  if (sentences.size() < 2 || !sentences[1].new_paragraph) return;
  for (auto& h : claims) {
    if (h.sentence != 0 || !is_level_figure(h) || !h.value || !h.value->low || !h.value->high)
      continue;
    std::set<std::string> names;
    const claim* body = nullptr;
    for (const auto& b : claims) {
      if (b.sentence == 0 || !is_level_figure(b) || !b.value || !b.subject_key ||
          !measured_alike(h, b) || (h.year && b.year && h.year != b.year) ||
          !b.value->overlaps(*h.value))
        continue;
      names.insert(*b.subject_key);
      body = &b;
    }
    if (names.size() != 1 || h.subject_key == body->subject_key) continue;
    h.subject = body->subject;
    h.subject_key = body->subject_key;
    if (!h.source) h.source = body->source;  // the same figure, from the same source
  }
}

}  // namespace fc::claims
