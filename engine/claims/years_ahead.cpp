// Counted years ahead of the article date: "5년 뒤", "in five years", "향후 5년간", "over the next
// decade" (time.years_ahead, time.years_ahead_span).
#include <cctype>
#include <string>

#include "claims/time_words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

namespace {

// A count of one or two digits where a pattern has its '#' ("#년 뒤" in "5년 뒤"). A pattern
// that opens with '#' is looked for at its last place in `s`, any other at its first.
std::optional<int> count_in(std::string_view s, const lang::entry& pattern) {
  std::size_t hash = pattern.word.find('#');
  lang::entry head{pattern.word.substr(0, hash), 0, {}, pattern.fold};
  lang::entry tail{pattern.word.substr(hash + 1), 0, {}, pattern.fold};
  std::size_t d = 0, e = 0;
  if (head.word.empty()) {
    e = lang::rfind(s, tail);
    if (e == std::string_view::npos) return std::nullopt;
    for (d = e; d > 0 && std::isdigit(static_cast<unsigned char>(s[d - 1]));) --d;
  } else {
    std::size_t p = lang::find(s, head);
    if (p == std::string_view::npos) return std::nullopt;
    d = e = p + head.word.size();
    while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
    if (!lang::starts_with(s.substr(e), tail)) return std::nullopt;
  }
  if (e == d || e - d > 2) return std::nullopt;
  return std::stoi(std::string(s.substr(d, e - d)));
}

}  // namespace

// "5년 뒤", "in five years" (time.years_ahead); "향후 5년간", "over the next decade"
// (time.years_ahead_span, a period that starts at the article date, §7.2). An explicit year in
// apposition ("4년 뒤인 2020년") is bound before this is asked.
std::optional<int> years_ahead(std::string_view s, std::string_view name) {
  for (const auto& e : lang::words(name).entries()) {
    if (e.word.find('#') != std::string::npos) {
      if (auto n = count_in(s, e)) return n;
    } else if (lang::find(s, e) != std::string_view::npos) {
      return static_cast<int>(e.number);
    }
  }
  return std::nullopt;
}

}  // namespace fc::claims
