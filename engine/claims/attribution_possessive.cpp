// English possessive sources: "Statista's estimate of $6.9 billion", "Beta Partners' projection",
// "Kestrel's more aggressive forecast of $38bn".
#include <algorithm>
#include <cctype>

#include "claims/attribution.hpp"
#include "lang/lang.hpp"

namespace fc::claims {
namespace {

// The bytes of a possessive ending a word: "Acme's" 2, "Acme’s" 4, "Partners'" 1, "Partners’" 3;
// 0 when it has none.
std::size_t possessive_mark(std::string_view w) {
  if (w.ends_with("'s")) return 2;
  if (w.ends_with("\u2019s")) return 4;
  if (w.ends_with("s'")) return 1;
  if (w.ends_with("s\u2019")) return 3;
  return 0;
}

}  // namespace

std::optional<attribution> possessive_estimate(const std::vector<std::string_view>& ws,
                                               const std::vector<std::size_t>& starts,
                                               std::size_t i) {
  std::string_view w = ws[i];
  while (w.size() > 1 && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  std::size_t mark = possessive_mark(w);
  if (i + 1 >= ws.size() || !mark || !capitalized(w)) return std::nullopt;
  // "By Ampere's count", "ResearchAndMarkets.com's offering": the publisher's own work.
  // "Southeast Asia's data centre market": "data" or "figures" followed by a noun is a
  // compound, not the estimate of a firm.
  bool compound = (ws[i + 1] == "data" || ws[i + 1] == "figures") && i + 2 < ws.size() &&
                  std::islower(static_cast<unsigned char>(ws[i + 2][0])) &&
                  !ws[i + 1].ends_with(",") && ws[i + 2] != "show" && ws[i + 2] != "shows" &&
                  ws[i + 2] != "showed" && ws[i + 2] != "suggest";
  // "Kestrel's more aggressive forecast of $38bn": past up to two words that qualify it.
  const auto& qualifiers = lang::words("attribution.estimate_qualifiers");
  std::size_t n = i + 1;
  while (n + 1 < ws.size() && n < i + 3 && qualifiers.equal_to(ws[n])) ++n;
  std::string_view noun = ws[n];
  if (noun.size() > 1 && noun.back() == ',') noun.remove_suffix(1);  // "By X's count, …"
  if (compound || !lang::words("attribution.estimate_nouns").equal_to(noun)) return std::nullopt;
  std::size_t k = i;
  while (k > 0 && capitalized(ws[k - 1]) && ws[k - 1].back() != ',' && i - k < 4) --k;
  // "By Ampere's count", "In IDC's forecast": a sentence's opening preposition.
  static const std::string_view openers[] = {"By", "In", "On", "For", "From", "Per", "At"};
  if (k < i && std::find(std::begin(openers), std::end(openers), ws[k]) != std::end(openers)) ++k;
  std::string name;
  for (std::size_t j = k; j < i; ++j) name += std::string(ws[j]) + " ";
  name += w.substr(0, w.size() - mark);
  if (name == "It" || name == "The" || name == "Its") return std::nullopt;
  return attribution{starts[k], name, false};
}

}  // namespace fc::claims
