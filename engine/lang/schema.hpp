// What a language file may hold: every list the claims layer asks for, with the shape of its
// entries. The loader checks each file against it, so a misspelt list or value is an error.
#pragma once

#include <span>
#include <string_view>

namespace fc::lang {

enum class shape {
  words,    ///< ["word", ...]
  numbers,  ///< [["word", number], ...]
  labels,   ///< [["word", "label"], ...], the label one of `labels`
  codes,    ///< [["word", "USD"], ...]: an ISO 4217 code
  texts,    ///< [["word", "text"], ...]: any text, the empty one included
  counts,   ///< "word # word", where # stands for a written count, or [["word", number], ...]
  flag,     ///< true or false
};

struct list_spec {
  std::string_view name;  ///< "section.key"
  shape kind;
  std::span<const std::string_view> labels = {};  ///< for shape::labels
};

/// Every list and flag a language file may set, sorted by name.
std::span<const list_spec> schema();
/// The spec of `name`, or nullptr.
const list_spec* spec_of(std::string_view name);

}  // namespace fc::lang
