// Hedge words around a figure (claim-language §2.2, §8): 약/about widen, 이상/over open a side.
// The word must touch the figure (optionally through a particle), so a hedge on another
// number in the sentence never leaks over.
#include <cctype>
#include <utility>

#include "claims/words.hpp"

namespace fc::claims {
namespace {

// The prefix hedge `b` ends with, as a whole word: "About 2.5% of GDP" (a capital at the start
// of a sentence is the same word), but not "Lesotho 5%".
const lang::entry* prefix_hedge_entry(std::string_view b) {
  for (const auto& t : lang::words("hedges.prefix").entries()) {
    if (!lang::ends_with(b, t)) continue;
    std::size_t start = b.size() - t.word.size();
    if (start > 0 && std::isalpha(static_cast<unsigned char>(b[start - 1]))) continue;
    if (start > 0 && (static_cast<unsigned char>(b[start - 1]) & 0x80)) continue;
    return &t;
  }
  return nullptr;
}

std::string prefix_hedge(std::string_view written) {
  const auto* t = prefix_hedge_entry(trim_right(written));
  return t ? t->text : std::string();
}

// "3%대", "3% 중반대", "3%대 후반": a band of the unit, or a third of it.
bool band(std::string_view a, hedge& h) {
  const auto& thirds = lang::words("hedges.band_thirds");
  for (const auto& b : lang::words("hedges.band").entries()) {
    if (a.substr(0, 1) == " ")
      for (const auto& t : thirds.entries())
        if (std::string_view rest = a.substr(1);
            lang::starts_with(rest, t) && lang::starts_with(rest.substr(t.word.size()), b)) {
          h.band_unit_third = static_cast<std::size_t>(t.number);
          return true;  // "3% 중반대": the middle third of [3%, 4%)
        }
    if (!lang::starts_with(a, b)) continue;
    std::string_view rest = a.substr(b.word.size());
    if (rest.substr(0, 1) == " ") rest.remove_prefix(1);
    if (const auto* t = thirds.prefix_of(rest))
      h.band_unit_third = static_cast<std::size_t>(t->number);
    return true;
  }
  return false;
}

std::string suffix_hedge(std::string_view a, hedge& h) {
  if (band(a, h)) return "band";
  if (const auto* t = lang::words("hedges.suffix").prefix_of(a)) return t->text;
  // One particle (을/를/이/가/에/로) and a space may come before a bound word of its language.
  for (std::size_t l = 0; l < lang::languages().size(); ++l) {
    const auto& bound = lang::words(lang::lang_id{l}, "hedges.suffix");
    for (const auto& p : lang::words(lang::lang_id{l}, "hedges.particles").entries())
      if (lang::starts_with(a, p))
        if (const auto* t = bound.prefix_of(a.substr(p.word.size()))) return t->text;
  }
  return {};
}

}  // namespace

std::size_t trailing_prefix_hedge(std::string_view before) {
  std::string_view b = trim_right(before);
  const auto* t = prefix_hedge_entry(b);
  return t ? before.size() - b.size() + t->word.size() : 0;
}

hedge read_hedge(std::string_view s, const grammar::mention& m, bool forecast) {
  hedge h;
  std::string pre = prefix_hedge(before(s, m.begin, 24));
  if (pre == "at_most" && !forecast &&
      lang::words("hedges.emphasis_unless_forecast").in(before(s, m.begin, 24)))
    pre.clear();  // "as much as $3bn last year" is emphasis, not a bound (§2.2)
  // "52억 달러(약 5조7000억원) 수준": a bracketed conversion sits between a figure and its hedge.
  std::size_t tail = m.end;
  if (tail < s.size() && s[tail] == '(')
    if (std::size_t close = s.find(')', tail); close != std::string_view::npos && close - tail < 48)
      tail = close + 1;
  std::string post = suffix_hedge(after(s, m.end, 24), h);
  if (post.empty() && tail != m.end) post = suffix_hedge(after(s, tail, 24), h);
  if (m.is_range) {
    h.name = pre == "at_least" ? "at_least" : "range";
  } else if (!post.empty() && post != "about") {
    h.name = post;  // a bound after the figure wins; 약 … 이상 relaxes it below (§2.2)
    if (pre == "about" && post == "at_least") h.name = "at_least_about";
  } else if (!pre.empty()) {
    h.name = pre;
  } else if (!post.empty()) {
    h.name = post;
  }
  return h;
}

}  // namespace fc::claims
