// Test helper: the grammar's mentions of one sentence, looked up by the text they cover.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "grammar/mention.hpp"

namespace fc::test {

inline std::optional<grammar::mention> mention_of(std::string_view sentence,
                                                  std::string_view text) {
  for (const auto& m : grammar::scan(sentence))
    if (sentence.substr(m.begin, m.end - m.begin) == text) return m;
  return std::nullopt;
}

inline std::size_t count_mentions(std::string_view sentence, grammar::mention_kind kind) {
  std::size_t n = 0;
  for (const auto& m : grammar::scan(sentence)) n += m.kind == kind;
  return n;
}

}  // namespace fc::test
