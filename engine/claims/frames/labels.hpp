// Internal: the label of a listed figure, shared by the enumeration and the single-part frames.
#pragma once

#include <cstddef>
#include <string_view>

namespace fc::claims {

/// The label of an item: the words between the list's joiner (or the clause's start, `from`)
/// and the figure at `begin`, without the linking words that bind it ("at", "with", "이", "가").
std::string_view label_before(std::string_view text, std::size_t from, std::size_t begin);
/// A label names a part: short, no year, no verb-like clause (few words).
bool is_label(std::string_view l);

}  // namespace fc::claims
