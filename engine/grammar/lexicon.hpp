// Word tables the parsers share: currencies, scale words and counted nouns (data only).
#pragma once

#include <array>
#include <bitset>
#include <cstddef>
#include <string_view>
#include <vector>

namespace fc::grammar::lexicon {

struct word {
  std::string_view text;
  std::string_view value;  ///< ISO code or normalized unit
};

/// Korean currency words after a number (원, 달러, 불, 엔, ...), longest first.
extern const word ko_currencies[];
extern const std::size_t ko_currency_count;
/// Korean counters that make a quantity (명, 대, 건, ...).
extern const word ko_counters[];
extern const std::size_t ko_counter_count;
/// Currency prefixes written before a number ($, US$, USD, €, ...), longest first.
extern const word prefixes[];
extern const std::size_t prefix_count;
/// True when some currency prefix may begin at `pos`: a cheap test before a prefix lookup.
bool prefix_may_start(std::string_view s, std::size_t pos);
/// English currency words after a number or scale (won, dollars, euros, USD, ...).
extern const word en_currencies[];
extern const std::size_t en_currency_count;
/// English counted nouns (units, users, people, ...).
extern const word en_counters[];
extern const std::size_t en_counter_count;

/// Chinese and Japanese currency words after a number (美元, 元人民币, 円, 米ドル, ...), longest
/// first; 元 is the yuan in both languages, the Taiwan dollar after a 新台币 prefix.
extern const word cjk_currencies[];
extern const std::size_t cjk_currency_count;
/// Currency words written before a number in Chinese (人民币3,500亿元, 新台币1兆元).
extern const word cjk_prefixes[];
extern const std::size_t cjk_prefix_count;
/// Chinese and Japanese counters and physical units (人次, 辆, 台, 兆瓦 → MW, 太瓦时 → TWh).
extern const word cjk_counters[];
extern const std::size_t cjk_counter_count;
/// Hedge words right before a figure (约, 超过, 逾, 約, およそ), value = value_hedge class.
extern const word cjk_hedges_before[];
extern const std::size_t cjk_hedge_before_count;
/// Hedge words right after a figure (左右, 以上, 程度, 前後, 超, 強, 弱, 台), value = class.
extern const word cjk_hedges_after[];
extern const std::size_t cjk_hedge_after_count;
/// Words that say what a rate measures (年复合增长率 → cagr, 前年同期比 → yoy, 増 → growth,
/// 下降 → decline), longest first.
extern const word cjk_rate_cues[];
extern const std::size_t cjk_rate_cue_count;

/// A quick test whether any of a set of words begins at a position. It looks at the first two
/// bytes only: false means none of them does, true means one may.
class start_filter {
 public:
  /// Adds a non-empty word.
  void add(std::string_view w) {
    auto second = w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0;
    seen_[static_cast<unsigned char>(w[0])][second] = true;
  }
  /// False when no added word begins at `pos`.
  bool may_start(std::string_view s, std::size_t pos) const {
    if (pos >= s.size()) return false;
    const auto& row = seen_[static_cast<unsigned char>(s[pos])];
    return row[0] || (pos + 1 < s.size() && row[static_cast<unsigned char>(s[pos + 1])]);
  }

 private:
  std::array<std::bitset<256>, 256> seen_{};  ///< [first byte][second byte]; [.][0]: one byte
};

/// The two-byte filter of a word table.
inline start_filter filter_of(const word* words, std::size_t n) {
  start_filter f;
  for (std::size_t i = 0; i < n; ++i) f.add(words[i].text);
  return f;
}

/// A word table indexed by first byte, so a lookup compares only the entries that can match.
class word_index {
 public:
  word_index(const word* words, std::size_t n) : words_(words) {
    for (std::size_t i = 0; i < n; ++i)
      by_first_[static_cast<unsigned char>(words[i].text[0])].push_back(i);
  }
  /// The first entry in table order (longest forms first) that begins at `pos` and that
  /// `accept` takes, or nullptr.
  template <class Accept>
  const word* find(std::string_view s, std::size_t pos, Accept accept) const {
    if (pos >= s.size()) return nullptr;
    for (std::size_t i : by_first_[static_cast<unsigned char>(s[pos])]) {
      const word& w = words_[i];
      if (s.compare(pos, w.text.size(), w.text) == 0 && accept(w)) return &w;
    }
    return nullptr;
  }
  const word* find(std::string_view s, std::size_t pos) const {
    return find(s, pos, [](const word&) { return true; });
  }

 private:
  const word* words_;
  std::array<std::vector<std::size_t>, 256> by_first_{};
};

}  // namespace fc::grammar::lexicon
