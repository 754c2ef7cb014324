// Frame: a sentence that says a forecast was revised. "Gartner raised its forecast to $9.1
// billion", "IDC는 전망치를 12조원으로 상향 조정했다": the figure replaces one published before,
// so the archive rules (issue 17) do not call the change a contradiction.
#include <string_view>

#include "claims/frames.hpp"

namespace fc::claims {

void frame_revision(const sentence_claims& s) {
  static const std::initializer_list<std::string_view> ko_cues = {
      "상향",    "하향",   "수정 전망", "전망을 수정", "전망치를 수정", "올려 잡",
      "낮춰 잡", "올려잡", "낮춰잡",    "기존 전망",   "종전 전망",     "당초 전망"};
  static const std::initializer_list<std::string_view> en_cues = {"revised",
                                                                  "revising",
                                                                  "raised its",
                                                                  "raises its",
                                                                  "lowered its",
                                                                  "lowers its",
                                                                  "cut its",
                                                                  "cuts its",
                                                                  "trimmed its",
                                                                  "upgraded",
                                                                  "downgraded",
                                                                  "revision",
                                                                  "updated its forecast",
                                                                  "earlier forecast",
                                                                  "previous forecast",
                                                                  "prior forecast"};
  bool says = s.sv.english ? contains_any_ci(s.sv.text, en_cues) : contains_any(s.sv.text, ko_cues);
  if (!says) return;
  for (std::size_t i = s.first; i < s.out.size(); ++i) s.out[i].says_revision = true;
}

}  // namespace fc::claims
