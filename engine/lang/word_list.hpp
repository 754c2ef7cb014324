// A named list of marker words from the language data, with the few ways the claims layer
// looks for them in text: anywhere, at the start, at the end, or as the whole text.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fc::lang {

/// One word of a list and its value, as the schema of the list says (lang/schema.hpp).
struct entry {
  std::string word;   ///< as written; ASCII-lowered when `fold` is set
  double number = 0;  ///< a numeric value: a year offset, a count, a scale
  std::string text;   ///< a text value: a hedge class, a year relation, an ISO code
  bool fold = false;  ///< matches whatever the ASCII case of the text (English)
};

/// Where `e` first occurs in `s` at or after `from`, or npos.
std::size_t find(std::string_view s, const entry& e, std::size_t from = 0);
/// Where `e` last occurs in `s`, or npos.
std::size_t rfind(std::string_view s, const entry& e);
/// True when `s` starts with `e`.
bool starts_with(std::string_view s, const entry& e);
/// True when `s` ends with `e`.
bool ends_with(std::string_view s, const entry& e);
/// True when `s` is `e`.
bool equals(std::string_view s, const entry& e);

/// Words in data order. Every query returns the first entry in that order that matches, so
/// the order in the file decides between two words that both match (longer forms go first).
class word_list {
 public:
  word_list() = default;
  explicit word_list(std::vector<entry> entries) : entries_(std::move(entries)) { index(); }

  const std::vector<entry>& entries() const { return entries_; }
  bool empty() const { return entries_.empty(); }
  /// Appends another list's words (the join of several languages).
  void append(const word_list& more);

  /// The first entry found anywhere in `s`, or nullptr.
  const entry* find_in(std::string_view s) const;
  /// True when some entry occurs in `s`.
  bool in(std::string_view s) const { return find_in(s) != nullptr; }
  /// The first entry `s` starts with, or nullptr.
  const entry* prefix_of(std::string_view s) const;
  /// The first entry `s` ends with, or nullptr.
  const entry* suffix_of(std::string_view s) const;
  /// The entry equal to `s`, or nullptr.
  const entry* equal_to(std::string_view s) const;

 private:
  /// Builds the first- and last-byte indexes: a query looks only at the entries that can start
  /// (or end) at a byte of the text, not at every entry.
  void index();
  /// Calls `f` with each entry index that may match at `s[i]`, one bucket after another (each
  /// in data order); `f` returns false to stop that bucket.
  template <typename F>
  void candidates_at(std::string_view s, std::size_t i, F&& f) const;

  std::vector<entry> entries_;
  // Entry indices (data order within a bucket) by the word's first two bytes, by its last two,
  // and, for one-byte words, by that byte; a folded word is under both cases of its letters.
  // `*_at_[b]..*_at_[b + 1]` is bucket b's range.
  std::vector<std::uint32_t> by_first_, by_last_, by_single_;
  std::array<std::uint32_t, 257> first_at_{}, last_at_{}, single_at_{};
  std::vector<std::uint32_t> empty_;  ///< entries with no word: they match everywhere
};

}  // namespace fc::lang
