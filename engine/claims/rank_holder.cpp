// "Blue widgets remained the largest category at $2.2 billion": a measure named by its
// rank alone is a predicate, not the figure's subject. The figure belongs to the noun phrase
// before the copula, the holder of the rank.
#include "claims/context.hpp"
#include "claims/subject_words.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

bool rank_named(const subject_phrase& sp) {
  const auto* rank = lang::words("subjects.rank_modifiers").prefix_of(sp.display);
  return rank && lang::words("subjects.measures").equal_to(sp.display.substr(rank->word.size()));
}

std::optional<subject_phrase> rank_holder_subject(std::string_view s, std::size_t fig,
                                                  const subject_phrase& sp) {
  if (!rank_named(sp)) return std::nullopt;
  std::size_t at = s.substr(0, fig).rfind(sp.display);
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view lead = s.substr(0, at);
  if (!lead.ends_with("the ")) return std::nullopt;
  auto ws = words(lead.substr(0, lead.size() - 4));
  if (ws.empty() || !lang::words("subjects.rank_copulas").equal_to(ws.back())) return std::nullopt;
  std::size_t end = ws.size() - 1;
  // "Blue widgets still remained …", "… is expected to remain …", "… is tipped to be …":
  // words between the holder and its copula.
  const auto& copulas = lang::words("subjects.rank_copulas");
  while (end > 0) {
    if (lang::words("subjects.copula_fillers").equal_to(ws[end - 1]))
      --end;
    else if (end >= 2 && end < ws.size() && ws[end] == "to" && copulas.equal_to(ws[end - 2]))
      end -= 2;  // "is tipped to", "are poised to"
    else
      break;
  }
  std::size_t first = end;
  while (first > 0 && end - first < 5 && !stop_word_en(ws[first - 1]) &&
         !ws[first - 1].ends_with(",") && !ws[first - 1].ends_with(":"))
    --first;
  if (first == end) return std::nullopt;
  std::string_view phrase = lead.substr(
      static_cast<std::size_t>(ws[first].data() - lead.data()),
      static_cast<std::size_t>(ws[end - 1].data() + ws[end - 1].size() - ws[first].data()));
  // "Oat milk, which remained the largest category": a pronoun names no holder.
  if (lang::words("subjects.clause_pronouns").equal_to(phrase) ||
      lang::words("subjects.verb_leads").equal_to(phrase))
    return std::nullopt;
  // "Globally, China remained the largest market": a rank in another scope than the whole named
  // before makes no part of it.
  bool other_scope = lang::words("subjects.whole_scopes").in(s);
  return subject_phrase{std::string(phrase), true, false, !other_scope};
}

}  // namespace fc::claims
