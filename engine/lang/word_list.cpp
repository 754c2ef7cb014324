// Matching of data words in text. Folding is ASCII only: it keeps byte lengths, so a position
// found in folded terms is the same position in the text.
#include "lang/word_list.hpp"

namespace fc::lang {
namespace {

char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// `w` is already lowered when `folded` is set.
bool same(std::string_view s, std::string_view w, bool folded) {
  if (s.size() != w.size()) return false;
  if (!folded) return s == w;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (fold(s[i]) != w[i]) return false;
  return true;
}

bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A folded (English) word that starts with a letter starts a word of the text: "shed " is not
// in "refurbished ", nor "lost " in "almost ".
bool word_start(std::string_view s, std::size_t at, const entry& e) {
  return !e.fold || at == 0 || e.word.empty() || !letter(e.word[0]) || !letter(s[at - 1]);
}

}  // namespace

std::size_t find(std::string_view s, const entry& e, std::size_t from) {
  if (!e.fold) return s.find(e.word, from);
  const std::string& w = e.word;
  if (w.size() > s.size()) return std::string_view::npos;
  for (std::size_t i = from; i + w.size() <= s.size(); ++i)
    if (fold(s[i]) == w[0] && same(s.substr(i, w.size()), w, true) && word_start(s, i, e)) return i;
  return std::string_view::npos;
}

std::size_t rfind(std::string_view s, const entry& e) {
  if (!e.fold) return s.rfind(e.word);
  const std::string& w = e.word;
  if (w.size() > s.size()) return std::string_view::npos;
  for (std::size_t i = s.size() - w.size() + 1; i-- > 0;)
    if (fold(s[i]) == w[0] && same(s.substr(i, w.size()), w, true) && word_start(s, i, e)) return i;
  return std::string_view::npos;
}

bool starts_with(std::string_view s, const entry& e) {
  return s.size() >= e.word.size() && same(s.substr(0, e.word.size()), e.word, e.fold);
}

bool ends_with(std::string_view s, const entry& e) {
  return s.size() >= e.word.size() && same(s.substr(s.size() - e.word.size()), e.word, e.fold) &&
         word_start(s, s.size() - e.word.size(), e);
}

bool equals(std::string_view s, const entry& e) { return same(s, e.word, e.fold); }

void word_list::append(const word_list& more) {
  entries_.insert(entries_.end(), more.entries_.begin(), more.entries_.end());
}

const entry* word_list::find_in(std::string_view s) const {
  for (const auto& e : entries_)
    if (find(s, e) != std::string_view::npos) return &e;
  return nullptr;
}

const entry* word_list::prefix_of(std::string_view s) const {
  for (const auto& e : entries_)
    if (starts_with(s, e)) return &e;
  return nullptr;
}

const entry* word_list::suffix_of(std::string_view s) const {
  for (const auto& e : entries_)
    if (ends_with(s, e)) return &e;
  return nullptr;
}

const entry* word_list::equal_to(std::string_view s) const {
  for (const auto& e : entries_)
    if (equals(s, e)) return &e;
  return nullptr;
}

}  // namespace fc::lang
