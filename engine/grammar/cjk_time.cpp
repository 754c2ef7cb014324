// Relative years and spans in Chinese and Japanese (claim-language §7.2), read from a word
// table; the claims layer resolves them against the article date as it does 올해 and 내년.
#include <string>

#include "grammar/cjk.hpp"
#include "grammar/time_words.hpp"
#include "support/utf8.hpp"

namespace fc::grammar {
namespace {

struct relative_word {
  std::string_view text;
  int offset;
  bool fiscal;
  std::string_view lang;  ///< empty: both languages
};

// Longest first at each position: 一昨年 before 昨年, 今年度 before 今年.
constexpr relative_word kRelative[] = {
    {"一昨年", -2, false, "ja"}, {"再来年", 2, false, "ja"}, {"今年度", 0, true, "ja"},
    {"本年度", 0, true, "ja"},   {"来年度", 1, true, "ja"},  {"前年度", -1, true, "ja"},
    {"昨年度", -1, true, "ja"},  {"今年", 0, false, ""},     {"本年", 0, false, ""},
    {"去年", -1, false, ""},     {"上年", -1, false, "zh"},  {"昨年", -1, false, "ja"},
    {"明年", 1, false, "zh"},    {"来年", 1, false, "ja"},   {"后年", 2, false, "zh"},
    {"後年", 2, false, "zh"},    {"前年", -1, false, "ja"},  {"前年", -2, false, "zh"}};

constexpr std::pair<std::string_view, time_word_kind> kSpans[] = {
    {"今後", time_word_kind::years_ahead}, {"向こう", time_word_kind::years_ahead},
    {"未来", time_word_kind::years_ahead}, {"近", time_word_kind::years_past},
    {"过去", time_word_kind::years_past},  {"過去", time_word_kind::years_past}};

// A count of years: 1-2 digits or a Kanji number up to 十九 (五, 十, 十五, 两).
std::optional<std::pair<int, std::size_t>> count_at(std::string_view s, std::size_t pos) {
  std::size_t e = pos;
  while (e < s.size() && e - pos < 3 && s[e] >= '0' && s[e] <= '9') ++e;
  if (e > pos && e - pos <= 2) return std::pair{std::stoi(std::string(s.substr(pos, e - pos))), e};
  static constexpr std::u32string_view digits = U"一二三四五六七八九";
  int value = 0;
  std::size_t p = pos;
  char32_t c = utf8::at(s, p);
  if (c == U'十') value = 10, p += 3, c = utf8::at(s, p);
  if (auto d = digits.find(c); d != std::u32string_view::npos)
    value += static_cast<int>(d) + 1, p += 3;
  else if (c == U'两' && value == 0)
    value = 2, p += 3;
  if (value == 0) return std::nullopt;
  return std::pair{value, p};
}

bool comparison_cue(std::string_view s, std::size_t begin, std::size_t end) {
  std::string_view tail = s.substr(end, 9);
  std::string_view lead = s.substr(begin >= 3 ? begin - 3 : 0, begin >= 3 ? 3 : 0);
  return tail.starts_with("比") || tail.starts_with("同期比") || lead == "比" || lead == "较" ||
         lead == "較";
}

}  // namespace

std::vector<time_word> scan_time_words(std::string_view s, std::string_view lang) {
  std::vector<time_word> out;
  for (std::size_t pos = 0; pos < s.size();) {
    char32_t c = 0;
    std::size_t len = utf8::decode(s, pos, c);
    if (len == 0) len = 1;
    if (!is_cjk(c)) {
      pos += len;
      continue;
    }
    std::optional<time_word> found;
    for (const auto& w : kRelative) {
      if ((!w.lang.empty() && w.lang != lang) || s.substr(pos, w.text.size()) != w.text) continue;
      std::size_t end = pos + w.text.size();
      if (comparison_cue(s, pos, end)) break;
      found = time_word{time_word_kind::relative_year, pos, end, w.offset, 0, w.fiscal};
      break;
    }
    for (auto [word, kind] : kSpans) {
      if (found || s.substr(pos, word.size()) != word) continue;
      auto n = count_at(s, pos + word.size());
      if (!n) continue;
      std::size_t end = n->second;
      if (s.substr(end, 3) != "年") continue;
      end += 3;
      for (std::string_view tail : {"間", "间", "来"})
        if (s.substr(end, tail.size()) == tail) end += tail.size();
      found = time_word{kind, pos, end, 0, n->first, false};
    }
    if (found) {
      out.push_back(*found);
      pos = found->end;
    } else {
      pos += len;
    }
  }
  return out;
}

}  // namespace fc::grammar
