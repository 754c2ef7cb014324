// Cues around a percentage that decide its reading: a rank names a share's holder ("2위는
// 한결전자(24.8%)"), and 연간 before a rate makes it annual but before a measure names the
// year's whole ("연간 수출액(…)의 82%"); a verbal fraction before "of" is a share. The words are
// language data (shares.rank_before, shares.ratio_nouns, roles.rate_nouns). A total change
// after two shares is a percent change between them.
#include <utility>

#include "claims/readings.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

bool ranked_holder(std::string_view b) {
  if (auto cut = b.find_last_of(",%"); cut != std::string_view::npos) b.remove_prefix(cut + 1);
  return lang::words("shares.rank_before").in(b);
}

bool ranked_share(std::string_view s, const grammar::mention& m) {
  return ranked_holder(before(s, m.begin, 32));
}

bool names_gap(const sentence_view& sv, const grammar::mention& m) {
  const auto language = language_of(sv);
  std::string_view lead = before(sv.text, m.begin, 24);
  lead.remove_suffix(trailing_prefix_hedge(lead));
  if (const auto* h = lang::words(language, "lists.label_hedges").suffix_of(lead))
    lead.remove_suffix(h->word.size());  // "相差近800亿元"
  return lang::words(language, "roles.gap_after").in(after(sv.text, m.end, 16)) ||
         lang::words(language, "roles.gap_before").suffix_of(lead);
}

std::pair<claim_kind, rate_kind> fraction_role(std::string_view s, const grammar::mention& m) {
  if (after(s, m.end, 4) == " of ") return {claim_kind::share, rate_kind::none};
  return {claim_kind::change, rate_kind::percent};
}

bool annual_adverb(std::string_view b) {
  std::size_t at = b.rfind("연간");
  if (at == std::string_view::npos) return false;
  std::string_view rest = b.substr(at + std::string_view("연간").size());
  // "연간 점유율 50%": a ratio, however short the words between; "연간 실적의 80%": a part of
  // the year's whole.
  if (lang::words("shares.ratio_nouns").in(rest) || rest.ends_with("의 ")) return false;
  return rest.size() <= 12 || lang::words("roles.rate_nouns").in(rest);
}

int shares_in_sentence(const std::vector<claim>& out, std::size_t sentence) {
  int shares = 0;
  for (std::size_t k = out.size(); k-- > 0 && out[k].sentence == sentence;)
    shares += out[k].kind == claim_kind::share;
  return shares;
}

}  // namespace fc::claims
