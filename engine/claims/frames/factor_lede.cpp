// Frame: a multiple that leads. "ESS용 배터리 수요가 3년 만에 세 배 가까이 늘어날 것이라는 전망이
// 나왔다", "Commercial drone deliveries tripled last year, according to …": a sentence that states
// a multiple with no figures of its own summarizes the move the next sentences give. The
// multiple is marked as a lede, with the years it spans when the sentence says them, so
// change-mismatch can hold it to that move. A multiple that measures a gap between estimates
// (roles.factor_gap_after) summarizes no move.
#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

void frame_factor_lede(const sentence_claims& s) {
  // "비중은 지난해 12.8%에서 2030년 25% 안팎으로 두 배 가까이 높아질": beside shares, a multiple
  // measures them, not a move of levels elsewhere.
  for (std::size_t i = s.first; i < s.out.size(); ++i)
    if (is_written_level(s.out[i]) || s.out[i].kind == claim_kind::share) return;
  std::optional<int> span;
  bool read = false;
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    claim& c = s.out[i];
    // "연평균 6.5%로, 신품 시장 성장률(2~3%)의 두 배": after a rate, a multiple compares rates.
    if (c.kind == claim_kind::growth) return;
    if (c.kind != claim_kind::change || c.rate_of != rate_kind::factor || !c.rate) continue;
    // "市場予測に3倍の開き", "전망치가 3배 차이": a gap between two estimates, not a move.
    if (const auto* m = s.mention_of(c);
        m && lang::words(language_of(s.sv), "roles.factor_gap_after")
                 .prefix_of(after(s.sv.text, m->end, 16)))
      continue;
    if (!read) span = change_span_years(s.sv.text), read = true;
    c.lede = true;
    c.span_years = span.value_or(0);
  }
}

}  // namespace fc::claims
