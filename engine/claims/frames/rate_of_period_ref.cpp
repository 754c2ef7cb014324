// Frame: a rate over a period named by reference. "지난해 시장은 1조 800억원으로 2020년(4,900
// 억원)의 2.2배로 커졌다. 이 기간 연평균 성장률은 17.1%다", "Sales rose from $2.1 billion in
// 2019 to $3.4 billion in 2023. Over the period, they grew 12.8% a year": a compound rate
// with no years of its own, in a sentence that dates no figure before it, compounds over the
// span the sentence before it dates, not toward a target written later. The words are language
// data (roles.period_back_refs); a sentence of one measured rate and nothing else needs none.
#include <algorithm>
#include <optional>
#include <utility>

#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

void frame_rate_of_period_ref(const sentence_claims& s) {
  if (s.first == 0) return;
  const auto& refs = lang::words(language_of(s.sv), "roles.period_back_refs");
  const auto* ref = refs.find_in(s.sv.text);
  // With no word of reference, a sentence that writes no year and no level of its own and sums
  // up the move before it ("연평균으로는 14%씩 성장한 셈이다", "That works out to 12.8% a
  // year") refers back just the same, unless its rate looks ahead.
  bool bare = !ref && std::none_of(s.sv.mentions.begin(), s.sv.mentions.end(), [](const auto& m) {
    return m.kind != grammar::mention_kind::percent;
  });
  if (!ref && !bare) return;
  std::size_t ref_at = ref ? lang::find(s.sv.text, *ref) : 0;
  const std::size_t before = s.out[s.first - 1].sentence;
  for (const auto& m : s.sv.mentions) {
    if (m.kind != grammar::mention_kind::percent || m.begin < ref_at) continue;
    for (auto i : s.of_mention(m.begin)) {
      claim& rate = s.out[i];
      if (rate.kind != claim_kind::growth || rate.rate_of != rate_kind::cagr || rate.period_from ||
          rate.period_to || rate.rate_move || !rate.subject_key || before + 1 != rate.sentence ||
          (bare && rate.forecast))
        continue;
      // A dated figure of the rate's own sentence, before it, is the period's own end.
      bool own_dated = std::any_of(s.out.begin() + static_cast<std::ptrdiff_t>(s.first),
                                   s.out.begin() + static_cast<std::ptrdiff_t>(i),
                                   [](const claim& c) { return is_stated_level(c) && c.year; });
      if (own_dated) continue;
      std::optional<std::pair<int, int>> span;
      for (std::size_t k = s.first; k-- > 0 && s.out[k].sentence == before;) {
        const claim& c = s.out[k];
        if (!is_written_level(c) || !c.year || c.subject_key != rate.subject_key) continue;
        span = span ? std::pair{std::min(span->first, *c.year), std::max(span->second, *c.year)}
                    : std::pair{*c.year, *c.year};
      }
      if (span && span->first < span->second) rate.rate_move = span;
    }
  }
}

}  // namespace fc::claims
