// Source names (see sources.hpp).
#include "consistency/sources.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace fc::consistency {

namespace {

// "The IFR" is "IFR": a leading article is no part of a name.
std::string_view without_article(std::string_view name) {
  for (std::string_view article : {"The ", "the "})
    if (name.starts_with(article)) name.remove_prefix(article.size());
  return name;
}

// "한국농수산식품유통공사(aT)", "International Federation of Robotics (IFR)": the short form a
// name gives itself in brackets at its end.
std::string_view bracketed_short_form(std::string_view name) {
  // "高工产业研究院（GGII）": Chinese and Japanese write the brackets full-width.
  for (auto [open_mark, close_mark] : {std::pair<std::string_view, std::string_view>{"(", ")"},
                                       {"\xEF\xBC\x88", "\xEF\xBC\x89"}}) {
    if (!name.ends_with(close_mark)) continue;
    std::size_t open = name.rfind(open_mark);
    if (open == std::string_view::npos || open == 0) return {};
    return name.substr(open + open_mark.size(),
                       name.size() - open - open_mark.size() - close_mark.size());
  }
  return {};
}

// "International Data Corporation" → "IDC": the initials of a name's capitalized words.
std::string initials(std::string_view name) {
  std::string out;
  bool start = true;
  for (char c : name) {
    if (start && std::isupper(static_cast<unsigned char>(c))) out += c;
    start = c == ' ';
  }
  return out;
}

// "IDC", "IFR": an all-capital short form of two to six letters.
bool acronym(std::string_view name) {
  return name.size() >= 2 && name.size() <= 6 && std::all_of(name.begin(), name.end(), [](char c) {
           return std::isupper(static_cast<unsigned char>(c));
         });
}

}  // namespace

bool same_source(const std::optional<std::string>& a, const std::optional<std::string>& b) {
  if (!a || !b) return false;
  if (*a == *b) return true;
  std::string_view x = without_article(*a), y = without_article(*b);
  if (x == y) return true;
  for (auto [name, other] : {std::pair{x, y}, std::pair{y, x}}) {
    std::string_view short_form = bracketed_short_form(name);
    if (!short_form.empty() && (short_form == other || bracketed_short_form(other) == short_form))
      return true;
  }
  for (auto [name, other] : {std::pair{x, y}, std::pair{y, x}})
    if (acronym(other) && name.find(' ') != std::string_view::npos && initials(name) == other)
      return true;
  const std::string& shorter = a->size() < b->size() ? *a : *b;
  const std::string& longer = a->size() < b->size() ? *b : *a;
  // Two Hangul syllables or a whole leading word at least: "원" or "Re" alone names nothing.
  bool korean_tail = shorter.size() >= 6 && static_cast<unsigned char>(shorter[0]) >= 0xE0 &&
                     longer.ends_with(shorter);
  bool leading_word = shorter.size() >= 3 && longer.starts_with(shorter + " ");
  return korean_tail || leading_word;
}

}  // namespace fc::consistency
