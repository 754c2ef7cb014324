// Matching of data words in text. Folding is ASCII only: it keeps byte lengths, so a position
// found in folded terms is the same position in the text.
#include "lang/word_list.hpp"

#include <algorithm>

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
  index();
}

namespace {

// The bucket of a word by its first two bytes (its last two, for suffixes), read in the order
// the text has them.
std::size_t bucket(unsigned char a, unsigned char b) { return (a * 31u + b) & 255u; }

unsigned char upper(unsigned char c) {
  return c >= 'a' && c <= 'z' ? static_cast<unsigned char>(c - 'a' + 'A') : c;
}

// Every spelling of two bytes a word may meet in text: a folded word's letters in either case.
template <typename F>
void spellings(unsigned char a, unsigned char b, bool folded, F&& add) {
  add(a, b);
  if (!folded) return;
  if (upper(a) != a) add(upper(a), b);
  if (upper(b) != b) add(a, upper(b));
  if (upper(a) != a && upper(b) != b) add(upper(a), upper(b));
}

}  // namespace

void word_list::index() {
  std::array<std::vector<std::uint32_t>, 256> first, last, single;
  empty_.clear();
  auto push = [](std::vector<std::uint32_t>& v, std::uint32_t i) {
    if (v.empty() || v.back() != i) v.push_back(i);
  };
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    const entry& e = entries_[i];
    const auto* w = reinterpret_cast<const unsigned char*>(e.word.data());
    std::size_t n = e.word.size();
    if (n == 0) {
      empty_.push_back(i);
    } else if (n == 1) {
      push(single[w[0]], i);
      if (e.fold) push(single[upper(w[0])], i);
    } else {
      spellings(w[0], w[1], e.fold,
                [&](unsigned char a, unsigned char b) { push(first[bucket(a, b)], i); });
      spellings(w[n - 2], w[n - 1], e.fold,
                [&](unsigned char a, unsigned char b) { push(last[bucket(a, b)], i); });
    }
  }
  auto flatten = [](std::array<std::vector<std::uint32_t>, 256>& from,
                    std::vector<std::uint32_t>& to, std::array<std::uint32_t, 257>& at) {
    to.clear();
    for (std::size_t b = 0; b < 256; ++b) {
      std::sort(from[b].begin(), from[b].end());
      from[b].erase(std::unique(from[b].begin(), from[b].end()), from[b].end());
      at[b] = static_cast<std::uint32_t>(to.size());
      to.insert(to.end(), from[b].begin(), from[b].end());
    }
    at[256] = static_cast<std::uint32_t>(to.size());
  };
  flatten(first, by_first_, first_at_);
  flatten(last, by_last_, last_at_);
  flatten(single, by_single_, single_at_);
}

template <typename F>
void word_list::candidates_at(std::string_view s, std::size_t i, F&& f) const {
  auto a = static_cast<unsigned char>(s[i]);
  for (std::uint32_t k = single_at_[a]; k < single_at_[a + 1] && f(by_single_[k]); ++k) {
  }
  if (i + 1 >= s.size()) return;
  std::size_t b = bucket(a, static_cast<unsigned char>(s[i + 1]));
  for (std::uint32_t k = first_at_[b]; k < first_at_[b + 1] && f(by_first_[k]); ++k) {
  }
}

const entry* word_list::find_in(std::string_view s) const {
  // The first entry in data order that occurs anywhere: every position of the text is tried
  // against the entries that can start there, keeping the lowest index found.
  std::size_t best = empty_.empty() ? entries_.size() : empty_.front();
  for (std::size_t i = 0; i < s.size() && best > 0; ++i)
    candidates_at(s, i, [&](std::uint32_t n) {
      if (n >= best) return false;  // indices rise within a bucket
      const entry& e = entries_[n];
      if (i + e.word.size() > s.size()) return true;
      bool hit = e.fold ? same(s.substr(i, e.word.size()), e.word, true) && word_start(s, i, e)
                        : s.compare(i, e.word.size(), e.word) == 0;
      if (hit) best = n;
      return !hit;
    });
  return best < entries_.size() ? &entries_[best] : nullptr;
}

const entry* word_list::prefix_of(std::string_view s) const {
  std::size_t best = empty_.empty() ? entries_.size() : empty_.front();
  if (!s.empty())
    candidates_at(s, 0, [&](std::uint32_t n) {
      if (n >= best) return false;
      if (starts_with(s, entries_[n])) best = n;
      return n != best;
    });
  return best < entries_.size() ? &entries_[best] : nullptr;
}

const entry* word_list::suffix_of(std::string_view s) const {
  std::size_t best = empty_.empty() ? entries_.size() : empty_.front();
  if (s.empty()) return best < entries_.size() ? &entries_[best] : nullptr;
  auto z = static_cast<unsigned char>(s.back());
  for (std::uint32_t k = single_at_[z]; k < single_at_[z + 1] && by_single_[k] < best; ++k)
    if (ends_with(s, entries_[by_single_[k]])) {
      best = by_single_[k];
      break;
    }
  if (s.size() >= 2) {
    std::size_t b = bucket(static_cast<unsigned char>(s[s.size() - 2]), z);
    for (std::uint32_t k = last_at_[b]; k < last_at_[b + 1] && by_last_[k] < best; ++k)
      if (ends_with(s, entries_[by_last_[k]])) {
        best = by_last_[k];
        break;
      }
  }
  return best < entries_.size() ? &entries_[best] : nullptr;
}

const entry* word_list::equal_to(std::string_view s) const {
  if (s.empty()) return empty_.empty() ? nullptr : &entries_[empty_.front()];
  const entry* found = nullptr;
  candidates_at(s, 0, [&](std::uint32_t n) {
    if (found && n >= static_cast<std::size_t>(found - entries_.data())) return false;
    if (equals(s, entries_[n])) found = &entries_[n];
    return !found;
  });
  return found;
}

}  // namespace fc::lang
