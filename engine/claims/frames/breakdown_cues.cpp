// Where a sentence announces a breakdown: a dimension named at a clause's head ("By region, …"),
// a breakdown cue (roles.breakdown_cues) that names no basis, and where the last cue ends.
#include <algorithm>
#include <string>

#include "claims/frames/labels.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {
namespace {

const lang::word_list& breakdown_cues() { return lang::words("roles.breakdown_cues"); }

}  // namespace

// "By region, Asia-Pacific $24.3 billion …", "…: by builder country, Chinese yards took …": a
// dimension named at the head of a clause announces the list after it.
bool names_dimension(std::string_view text) {
  for (std::string_view head : {"By ", ": by ", "; by ", ": By ", "; By "}) {
    std::size_t at = text.rfind(head);
    if (at == std::string_view::npos || (head == "By " && at != 0)) continue;
    std::string_view rest = text.substr(at + head.size());
    std::size_t comma = rest.find(',');
    if (comma == std::string_view::npos || comma > 32) continue;
    std::string_view words = rest.substr(0, comma);
    if (std::none_of(words.begin(), words.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
        std::count(words.begin(), words.end(), ' ') <= 2)
      return true;
  }
  return false;
}

// "从更宽的交易规模口径看，": a basis the figures are measured on is no breakdown
// (roles.basis_words).
bool names_breakdown(std::string_view text) {
  return names_dimension(text) ||
         (breakdown_cues().in(text) && !lang::words("roles.basis_words").in(text));
}

// "taking 46% of annual sales, while delivery accounted for 38%": a verb that gives a share opens
// no new dimension (roles.share_verbs).
std::string without_share_verbs(std::string_view gap) {
  std::string g(gap);
  for (const auto& v : lang::words("roles.share_verbs").entries())
    for (std::size_t at = lang::find(g, v); at != std::string::npos; at = lang::find(g, v, at + 1))
      g.replace(at, v.word.size(), std::string(v.word.size(), ' '));
  return g;
}

// Where the last breakdown cue of `text` ends (npos: none).
std::size_t last_cue_end(std::string_view text) {
  std::size_t best = std::string_view::npos;
  for (const auto& c : breakdown_cues().entries())
    if (auto at = lang::rfind(text, c); at != std::string_view::npos)
      if (best == std::string_view::npos || at + c.word.size() > best) best = at + c.word.size();
  return best;
}

}  // namespace fc::claims
