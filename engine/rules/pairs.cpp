// Sentence grouping, interval arithmetic and source names for the linking rules.
#include "rules/pairs.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

#include "consistency/growth_check.hpp"

namespace fc::rules {

std::vector<std::vector<std::size_t>> sentence_groups(const std::vector<claim>& claims) {
  std::vector<std::vector<std::size_t>> out;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    std::size_t s = claims[i].sentence;
    if (out.size() <= s) out.resize(s + 1);
    auto& group = out[s];
    if (!group.empty() && claims[group.back()].where.start == claims[i].where.start) continue;
    group.push_back(i);
  }
  return out;
}

std::vector<std::vector<std::size_t>> figure_groups(const std::vector<claim>& cs) {
  // Only figures of one subject, currency and year can disagree: group first, then pair.
  std::map<std::tuple<std::string, std::string, std::string, int>, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < cs.size(); ++i)
    // A quarter's or a half's figure names no quarter the checks can compare ("the second
    // quarter of 2023" vs "the first quarter"): two of them in one year may be different ones.
    if (consistency::comparable_figures(cs[i], cs[i]) && !cs[i].part_year)
      groups[{*cs[i].subject_key +
                  // "이 중 …": a part is compared only with the parts of its own sentence,
                  // and the items of one breakdown are different parts even where the text
                  // gives them no label of their own.
                  (cs[i].part ? "#of" + std::to_string(cs[i].sentence) +
                                    (cs[i].partition ? "#" + cs[i].id : std::string())
                              : "") +
                  (cs[i].scenario ? "#scenario" + std::to_string(cs[i].sentence) : ""),
              cs[i].currency.value_or(""), cs[i].unit.value_or(""), *cs[i].year}]
          .push_back(i);
  std::vector<std::vector<std::size_t>> out;
  for (auto& [key, members] : groups) out.push_back(std::move(members));
  return out;
}

std::optional<std::pair<double, double>> ratio(const interval& a, const interval& b) {
  if (!a.low || !a.high || !b.low || !b.high || *b.low <= 0 || *a.low <= 0) return std::nullopt;
  return std::pair{*a.low / *b.high, *a.high / *b.low};
}

bool overlaps(const interval& i, double lo, double hi) {
  if (i.low && *i.low > hi) return false;
  if (i.high && *i.high < lo) return false;
  return true;
}

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

}  // namespace fc::rules
