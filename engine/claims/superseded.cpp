// A figure the text names as an earlier forecast, replaced since: "기존 전망치(…)보다", "the $2
// billion it previously forecast", "its earlier estimate of $6 billion".
#include <algorithm>
#include <string>

#include "claims/readings.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

using grammar::mention;
using grammar::mention_kind;

bool is_superseded(std::string_view s, const mention& m) {
  if (m.kind != mention_kind::amount) return false;
  std::string_view b = before(s, m.begin, 40);
  if (contains_any(b, {"기존 전망", "종전 전망", "당초 전망", "이전 전망", "기존 예상", "종전 예상",
                       "당초 예상", "기존 추정", "종전 추정"}))
    return true;
  // "지난해 11월 내놓은 전망치(5884억달러)보다 228억달러 상향": the forecast a new one is
  // compared with, written in brackets before "보다".
  if (contains_any(before(s, m.begin, 12), {"전망치(", "예상치(", "추정치(", "전망(", "예상("}) &&
      after(s, m.end, 8).starts_with(")보다"))
    return true;
  // "앞서 전망했던 1조원": a pluperfect verb right before it marks the figure as said before.
  if (contains_any(before(s, m.begin, 14), {"전망했던 ", "예상했던 ", "추정했던 ", "제시했던 ",
                                            "내다봤던 ", "전망한 바 있는 "}))
    return true;
  // "down from the $1.1 billion it had predicted", "the $2 billion it previously forecast": a
  // relative clause after the figure says it was the earlier forecast.
  // "twelve months ago the consultancy was pencilling in just £3.6bn", "A year ago the firm had
  // projected C$3.0 billion": a pluperfect or past-progressive estimate verb right before it.
  std::string_view lead = before(s, m.begin, 40);
  lead.remove_suffix(trailing_prefix_hedge(lead));
  for (std::string_view only : {"just ", "only "})
    if (lead.ends_with(only)) lead.remove_suffix(only.size());
  if (lang::words("roles.superseded_before").suffix_of(lead)) return true;
  // "had earlier pencilled in S$2.7 billion": an adverb of time inside the pluperfect.
  if (const auto* adverb = lang::words("roles.superseded_adverbs").find_in(lead)) {
    std::string joined(lead);
    joined.erase(lang::find(joined, *adverb), adverb->word.size());
    if (lang::words("roles.superseded_before").suffix_of(joined)) return true;
  }
  // "raising its June forecast of $728 billion", "cut their 2025 estimate of": the estimate a
  // revision verb acts on, named by "of", is the one replaced.
  if (lead.ends_with(" of ")) {
    std::string_view head = lead.substr(0, lead.size() - 4);
    std::size_t space = head.rfind(' ');
    std::string_view noun = space == std::string_view::npos ? head : head.substr(space + 1);
    std::string_view verb = before(head, head.size() - noun.size(), 32);
    if (lang::words("attribution.estimate_nouns").equal_to(noun) &&
        (lang::words("revision.raise").in(verb) || lang::words("revision.lower").in(verb)) &&
        lang::words("roles.revised_owners").in(verb))
      return true;
  }
  if (contains_any_ci(
          after(s, m.end, 24),
          {" it had ", " that it had ", " which it had ", " they had ", " it previously ",
           " previously forecast", " previously projected", " previously expected", " it earlier ",
           " forecast earlier", " projected earlier", " predicted earlier", " expected earlier"}))
    return true;
  static const std::string_view earlier[] = {"earlier ",  "previous ", "prior ",
                                             "original ", "initial ",  "old "};
  static const std::string_view what[] = {"forecast", "estimate", "projection",
                                          "outlook",  "guidance", "target"};
  // Read backwards: the tail, then the noun, then the adjective ("earlier forecast of ").
  for (std::string_view tail : {" of about ", " of nearly ", " of around ", " of ", " "})
    if (b.ends_with(tail)) {
      b.remove_suffix(tail.size());
      break;
    }
  for (auto w : what)
    if (b.ends_with(w)) {
      b.remove_suffix(w.size());
      return std::any_of(std::begin(earlier), std::end(earlier),
                         [&](std::string_view e) { return b.ends_with(e); });
    }
  return false;
}

}  // namespace fc::claims
