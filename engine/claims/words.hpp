// The claims layer's view of the language data (rules/lang/<id>.toml through engine/lang):
// the language a sentence is read in, and the hedge words hedges.cpp and readings.cpp share.
#pragma once

#include <cstddef>
#include <string_view>

#include "claims/context.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

/// The language of a sentence's words (a sentence is still told apart as English or not).
inline lang::lang_id language_of(const sentence_view& sv) {
  return lang::id_of(sv.english ? "en" : sv.language);
}

/// The prefix hedge that the text before a figure ends with ("from about "): its length with
/// the spaces after it, or 0. Any language's hedges count, as in read_hedge.
std::size_t trailing_prefix_hedge(std::string_view before);

}  // namespace fc::claims
