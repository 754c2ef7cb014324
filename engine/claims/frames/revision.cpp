// Frame: a sentence that says a forecast was revised. "Gartner raised its forecast to $9.1
// billion", "IDC는 전망치를 12조원으로 상향 조정했다": the figure replaces one published before,
// so the archive rules do not call the change a contradiction, and the start of a revised move
// is the forecast it replaced, not a second estimate.
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
  // "전망치를 기존 5조600억달러에서 5조2600억달러로 상향 조정했다", "raised its forecast from
  // $5.06 trillion to $5.26 trillion": the start of the revised move is the forecast replaced.
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    claim& base = s.out[i];
    // "지난해 말 제시한 2029년 전망치 3조6천억원보다 25% 상향 조정된 수치다": what a revision
    // is measured against is the forecast it replaces.
    if (base.compared_base && is_stated_level(base)) {
      base.superseded = true;
      continue;
    }
    if (!base.move_base || !is_stated_level(base)) continue;
    // The revised figure is for the same year as the one it replaces, written once.
    for (std::size_t j = i + 1; j < s.out.size(); ++j) {
      claim& revised = s.out[j];
      if (revised.move_base || !is_stated_level(revised) || !measured_alike(base, revised) ||
          revised.subject_key != base.subject_key || (revised.year && revised.year != base.year))
        continue;
      if (!revised.year) {
        revised.year = base.year;
        revised.year_relation = base.year_relation;
        revised.forecast = base.forecast;
      }
      base.superseded = true;
      break;
    }
  }
}

}  // namespace fc::claims
