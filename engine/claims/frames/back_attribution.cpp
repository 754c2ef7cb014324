// Frame: an attribution that points back. "…2027년 4조9천억원으로 성장할 것이라는 전망이 나왔다.
// 농업기술실용화재단이 내놓은 이 추정치는 …", "The figures come from a report by IDC": the
// source named with "this estimate" stands behind the unsourced figures of the sentence before.
#include <string_view>

#include "claims/frames.hpp"

namespace fc::claims {

void frame_back_attribution(const sentence_claims& s) {
  static const std::initializer_list<std::string_view> ko_refs = {
      "이 추정치", "이 전망치", "이 전망은", "이번 전망", "이 수치는", "이 예측"};
  static const std::initializer_list<std::string_view> en_refs = {
      "this estimate",    "these estimates", "this forecast",      "these forecasts",
      "the figures come", "these figures",   "the estimates come", "this projection"};
  bool refers =
      s.sv.english ? contains_any_ci(s.sv.text, en_refs) : contains_any(s.sv.text, ko_refs);
  if (!refers) return;
  auto named = named_sources(s.sv);
  if (named.size() != 1) return;
  if (s.first == 0) return;
  std::size_t before = s.out[s.first - 1].sentence;
  for (std::size_t k = s.first; k-- > 0 && s.out[k].sentence == before;)
    if (!s.out[k].source) s.out[k].source = named.front();
}

}  // namespace fc::claims
