// Source scope across sentences (claim-language §10): "…, TrendForce said. Revenue had slumped
// to $51.8 billion last year." The sentence after an attribution, with none of its own, is still
// the source's reporting: it inherits the one source named last in its paragraph. In an article
// that names a single source, every unattributed figure is that source's, and so is the lede's
// when the source is named within two sentences of it.
#include <algorithm>
#include <cctype>
#include <string_view>

#include "claims/frames.hpp"

namespace fc::claims {
namespace {

// "analysts", "experts": a crowd quoted in passing, not a publisher whose figures run on.
bool carries(const std::string& name) {
  static const std::string_view crowds[] = {"업계",   "증권가",      "전문가들", "전문가",
                                            "관계자", "업계 관계자", "시장",     "금융투자업계"};
  return !name.empty() && !std::islower(static_cast<unsigned char>(name[0])) &&
         std::find(std::begin(crowds), std::end(crowds), name) == std::end(crowds);
}

// "Ampere" and "Ampere Analysis", "Newzoo" twice: one publisher.
bool same_publisher(const std::string& a, const std::string& b) {
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return shorter == longer || longer.starts_with(shorter + " ");
}

}  // namespace

void carry_sources(std::vector<claim>& claims, const std::vector<sentence_sources>& sentences) {
  std::vector<std::string> publishers;
  for (const auto& s : sentences)
    for (const auto& name : s.named) {
      if (!carries(name)) continue;
      bool known = false;
      for (auto& p : publishers)
        if (same_publisher(p, name)) {
          known = true;
          if (name.size() > p.size()) p = name;  // the full name stands for both
        }
      if (!known) publishers.push_back(name);
    }
  const bool single = publishers.size() == 1;
  // A lede takes the source named soon after it; figures many sentences before the first
  // attribution may be someone else's (a company's own revenue, an unnamed forecaster).
  std::size_t first_named = sentences.size();
  for (std::size_t si = 0; si < sentences.size() && first_named == sentences.size(); ++si)
    for (const auto& name : sentences[si].named)
      if (carries(name)) first_named = si;
  std::optional<std::string> carried;
  std::size_t carried_paragraph = 0, paragraph = 0, next = 0;
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    if (sentences[si].new_paragraph) ++paragraph;
    const auto& named = sentences[si].named;
    if (!named.empty()) {
      carried.reset();
      if (named.size() == 1 && carries(named[0])) carried = named[0];
      carried_paragraph = paragraph;
    }
    std::size_t first = next;
    while (next < claims.size() && claims[next].sentence == si) ++next;
    bool attributed = !named.empty();
    for (std::size_t k = first; k < next; ++k) attributed = attributed || claims[k].source;
    if (attributed) continue;
    std::optional<std::string> source;
    if (carried && carried_paragraph == paragraph) source = carried;
    // Not a lede the first source named is set against ("…; Arthur D. Little is more cautious").
    else if (single &&
             (si >= first_named || (first_named - si <= 2 && !sentences[first_named].rival)))
      source = publishers[0];
    if (!source) continue;
    for (std::size_t k = first; k < next; ++k) {
      claims[k].source = source;
      claims[k].source_carried = true;
    }
  }
}

}  // namespace fc::claims
