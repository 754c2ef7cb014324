// Frame: a statement that sources agree. "Omdia puts it at $8.2 billion, in line with
// Statista's estimate of $6.9 billion", "두 기관의 전망치가 일치했다": rival estimates usually
// differ and that is no error, but a sentence that calls them one figure makes a claim of its
// own, which agreement-mismatch checks.
#include <string_view>

#include "claims/frames.hpp"

namespace fc::claims {

void frame_agreement(const sentence_claims& s) {
  static const std::initializer_list<std::string_view> ko_cues = {
      "일치",      "같은 수치",   "동일한 수치", "같은 전망",  "동일한 전망",
      "같은 규모", "동일한 규모", "한목소리",    "의견을 같이"};
  static const std::initializer_list<std::string_view> en_cues = {
      "in line with",  "matching",    "matches",   "consistent with", "agrees with",
      "agree on",      "agreed with", "echoing",   "echoes",          "same figure",
      "same estimate", "confirming",  "corroborat"};
  bool says = s.sv.english ? contains_any_ci(s.sv.text, en_cues) : contains_any(s.sv.text, ko_cues);
  if (!says) return;
  // "$1.4 billion in 2024, …, matching the $1.1 billion estimated by MSCI": figures said to
  // agree are of one year; an undated one takes the year of the figure before it.
  std::optional<int> year;
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    claim& c = s.out[i];
    c.says_agreement = true;
    if (c.kind != claim_kind::size && c.kind != claim_kind::quantity) continue;
    if (c.year)
      year = c.year;
    else if (year)
      c.year = year;
  }
}

}  // namespace fc::claims
