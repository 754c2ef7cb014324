// The claims layer's view of the language data (rules/lang/<id>.toml through engine/lang):
// the language a sentence is read in.
#pragma once

#include "claims/context.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

/// The language of a sentence's words (a sentence is still told apart as English or not).
inline lang::lang_id language_of(const sentence_view& sv) {
  return lang::id_of(sv.english ? "en" : "ko");
}

}  // namespace fc::claims
