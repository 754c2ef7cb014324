// Frame: an attribution that points back. "…2027년 4조9천억원으로 성장할 것이라는 전망이 나왔다.
// 농업기술실용화재단이 내놓은 이 추정치는 …", "The figures come from a report by IDC": the
// source named with "this estimate" stands behind the unsourced figures of the sentence before.
// So does "…가 내놓은 보고서에 따른 것으로". The words are language data (attribution.back_refs).
#include <optional>
#include <string>
#include <string_view>

#include "claims/attribution.hpp"
#include "claims/cjk_readings.hpp"
#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

void frame_back_attribution(const sentence_claims& s) {
  const auto* ref = lang::words(language_of(s.sv), "attribution.back_refs").find_in(s.sv.text);
  if (!ref || s.first == 0) return;
  // The one source named, else the one named nearest before the words that point back ("…
  // 프로스트앤리서치가 내놓은 보고서에 따른 것으로, … 점이 배경으로 꼽혔다").
  std::optional<std::string> source;
  if (auto named = named_sources(s.sv); named.size() == 1) {
    source = named.front();
  } else if (!s.sv.english && !is_cjk(s.sv)) {
    std::size_t at = lang::find(s.sv.text, *ref);
    std::size_t best = 0;
    for (const auto& a : korean_attributions(s.sv.text))
      if (!a.anaphor && a.pos <= at && (!source || a.pos >= best)) source = a.name, best = a.pos;
  }
  if (!source) return;
  std::size_t before = s.out[s.first - 1].sentence;
  for (std::size_t k = s.first; k-- > 0 && s.out[k].sentence == before;)
    if (!s.out[k].source) s.out[k].source = *source;
}

}  // namespace fc::claims
