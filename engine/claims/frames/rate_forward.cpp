// Frame: a compound rate that leads to the level after it.
// "由2018年的227亿元增长至2022年的770亿元，
// 年复合增长率为35.7%，并预计将以29.6%的年复合增长率于2027年进一步增长至2,814亿元", "…, and
// is set to grow at 12% a year to $5.1 billion by 2030": in a sentence of three or more dated
// levels, a rate written "at" its value (roles.rate_forward_before) compounds from the level
// before it to the next one, not over the sentence's first move.
#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

void frame_rate_forward(const sentence_claims& s) {
  const auto& forward = lang::words(language_of(s.sv), "roles.rate_forward_before");
  if (forward.empty()) return;
  int dated = 0;
  for (std::size_t i = s.first; i < s.out.size(); ++i)
    dated += is_stated_level(s.out[i]) && s.out[i].year.has_value();
  if (dated < 3) return;
  for (std::size_t r = s.first; r < s.out.size(); ++r) {
    claim& rate = s.out[r];
    // A rate read as the sentence's first move's (rate_of_move.cpp) is read again here.
    if (rate.kind != claim_kind::growth || rate.rate_of != rate_kind::cagr || rate.period_from ||
        rate.period_to)
      continue;
    const auto* m = s.mention_of(rate);
    if (!m) continue;
    std::string_view lead = before(s.sv.text, m->begin, 24);
    lead.remove_suffix(trailing_prefix_hedge(lead));
    if (!forward.suffix_of(lead)) continue;
    // The next level, with no other rate before it, and the last level before the rate.
    std::optional<std::size_t> next, prev;
    for (std::size_t j = r + 1; j < s.out.size() && !next; ++j) {
      if (s.out[j].kind == claim_kind::growth) break;
      if (is_stated_level(s.out[j]) && s.out[j].year && s.out[j].subject_key == rate.subject_key)
        next = j;
    }
    for (std::size_t j = r; j-- > s.first && !prev;)
      if (is_stated_level(s.out[j]) && s.out[j].year && s.out[j].subject_key == rate.subject_key)
        prev = j;
    if (!next || !prev || *s.out[*prev].year >= *s.out[*next].year) continue;
    rate.rate_move = std::pair{*s.out[*prev].year, *s.out[*next].year};
  }
}

}  // namespace fc::claims
