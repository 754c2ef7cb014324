// Frame: a share whose amount was written in an earlier sentence. "이 가운데 사료가 1조원이다.
// 사료는 전체의 80%를 차지했다", "Dog policies brought in $3.4 billion. Dog policies accounted
// for 81% of the total": a sentence that opens with the name of a part named just before gives
// its share to that part, so the share is checked against the part and its total.
#include <algorithm>

#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {
namespace {

// The name a sentence opens with: its first word without the topic or subject particle
// (Korean), or the words before its share verb (English).
std::optional<std::string> opening_label(const sentence_view& sv) {
  if (sv.english) {
    // "Dog policies accounted for 85% of the total": the words before the share's verb.
    for (const auto& verb : lang::words("roles.share_verbs").entries()) {
      std::size_t at = lang::find(sv.text, verb);
      if (at == std::string_view::npos || at == 0) continue;
      std::string_view name = sv.text.substr(0, at);
      if (words(name).size() > 4 || name.find_first_of(",;0123456789") != name.npos) return {};
      return std::string(name);
    }
    return std::nullopt;
  }
  auto ws = words(sv.text.substr(0, std::min<std::size_t>(sv.text.size(), 40)));
  if (ws.empty()) return std::nullopt;
  std::string_view w = ws[0];
  for (std::string_view particle : {"은", "는", "이", "가"})
    if (w.size() > particle.size() + 3 && w.ends_with(particle))
      return std::string(w.substr(0, w.size() - particle.size()));
  return std::nullopt;
}

}  // namespace

void frame_share_of_named_part(const sentence_claims& s) {
  std::optional<std::string> label;
  bool looked = false;
  const auto language = language_of(s.sv);
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    claim& share = s.out[i];
    if (share.kind != claim_kind::share || share.share_part) continue;
    if (!looked) label = opening_label(s.sv), looked = true;
    if (!label) return;
    std::string key = subject_key(*label);
    // The part: a level named so, in the two sentences before, that has a whole.
    for (std::size_t k = s.first; k-- > 0 && s.out[k].sentence + 2 >= share.sentence;) {
      const claim& part = s.out[k];
      if (!is_stated_level(part) || !part.subject || subject_key(*part.subject) != key ||
          (!part.part && !part.whole_of))
        continue;
      share.share_part = part.id;
      share.share_of_total = lang::words(language, "shares.whole_cues").in(s.sv.text);
      break;
    }
  }
}

}  // namespace fc::claims
