// Internal: the attributions of a sentence, read per language (claim-language §10).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fc::claims {

/// A source named in a sentence, and the figures it stands behind.
struct attribution {
  std::size_t pos = 0;  ///< where the name starts in the sentence
  std::string name;
  bool sentence_wide = false;  ///< "X에 따르면", "according to X" cover the whole sentence
  bool anaphor = false;        ///< "보고서는", "The report": the source named last, if any
  bool passive = false;        ///< "the $1.1 billion estimated by MSCI": the figure just before
};

/// "보고서", "report", "study": a word that refers back to the source named before.
bool anaphor_name(std::string_view name);

/// Korean attributions: "X는 … 전망했다", "X에 따르면", "…라고 X가 밝혔다".
std::vector<attribution> korean_attributions(std::string_view s);

/// English attributions: "according to X", "X projects", "…, X said", "X's estimate".
std::vector<attribution> english_attributions(std::string_view s);

/// A word of an English name: capitalised, or "&", "of", "and" inside one.
bool capitalized(std::string_view w);

/// "Statista's estimate of $6.9 billion", "Beta Partners' projection": the possessive word
/// `i` of the sentence's words `ws` (starting at `starts`) names the source of its estimate.
std::optional<attribution> possessive_estimate(const std::vector<std::string_view>& ws,
                                               const std::vector<std::size_t>& starts,
                                               std::size_t i);

}  // namespace fc::claims
