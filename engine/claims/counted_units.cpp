// The counted noun of a bare English scaled figure ("50 million iPhone 15 units", "Unit sales
// … to 3.6 million", "2.64 million units in 2024 from 3.34 million in 2023").
#include <algorithm>
#include <cctype>
#include <string>

#include "claims/readings.hpp"
#include "claims/words.hpp"

namespace fc::claims {

// A counted noun within the next three words of a bare "50 million" ("… iPhone 15 units").
std::string counted_noun_after(std::string_view s, std::size_t end) {
  static const std::pair<std::string_view, std::string_view> nouns[] = {
      {"units", "units"},         {"users", "users"},
      {"people", "people"},       {"subscribers", "subscribers"},
      {"customers", "customers"}, {"devices", "units"},
      {"vehicles", "vehicles"},   {"smartphones", "units"},
      {"phones", "units"},        {"downloads", "downloads"}};
  auto ws = words(after(s, end, 48));
  for (std::size_t i = 0; i < ws.size() && i < 4; ++i) {
    std::string_view w = ws[i];
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
    for (auto [noun, unit] : nouns)
      if (w == noun) return std::string(unit);
  }
  // "1.45 million completed flights", "2.3 million EV chargers": the first plural noun among
  // the next words, before any word that ends the noun phrase, counts the figure.
  static const std::string_view phrase_ends[] = {
      "in",   "of",    "by",   "to", "from", "for",  "at",    "and", "or",   "with", "this",
      "last", "next",  "a",    "an", "the",  "is",   "was",   "are", "were", "will", "than",
      "as",   "worth", "over", "on", "per",  "each", "while", "but", "that", "which"};
  static const std::string_view not_counts[] = {"times",   "years",  "months",  "days",  "weeks",
                                                "percent", "points", "dollars", "euros", "yens",
                                                "pounds",  "hours",  "minutes", "basis"};
  for (std::size_t i = 0; i < ws.size() && i < 3; ++i) {
    std::string_view w = ws[i];
    bool ends_phrase = w.back() == ',' || w.back() == '.' || w.back() == ';';
    while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';'))
      w.remove_suffix(1);
    if (std::find(std::begin(phrase_ends), std::end(phrase_ends), w) != std::end(phrase_ends))
      return {};
    bool lower_word = w.size() >= 4 && std::all_of(w.begin(), w.end(), [](char c) {
                        return (c >= 'a' && c <= 'z') || c == '-';
                      });
    if (lower_word && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") &&
        !w.ends_with("is") &&
        std::find(std::begin(not_counts), std::end(not_counts), w) == std::end(not_counts))
      return std::string(w);
    if (ends_phrase) return {};
  }
  return {};
}

std::string counted_noun_before(std::string_view s, std::size_t begin) {
  // "Unit sales jumped 200% to 3.6 million": what the clause counts, named before the figure.
  static const std::pair<std::string_view, std::string_view> nouns[] = {
      {"unit sales", "units"},    {"shipments", "units"},   {"deliveries", "units"},
      {"units sold", "units"},    {"users", "users"},       {"subscribers", "subscribers"},
      {"customers", "customers"}, {"visitors", "visitors"}, {"downloads", "downloads"},
      {"employees", "people"},    {"headcount", "people"}};
  std::string_view b = before(s, begin, 80);
  if (std::size_t cut = b.find_last_of(",;:"); cut != std::string_view::npos) b = b.substr(cut + 1);
  if (contains_any_ci(b, {"$", "dollar", "revenue", "spending", "worth", "valued"})) return {};
  std::string lower(b);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (auto [noun, unit] : nouns)
    if (lower.find(noun) != std::string::npos) return std::string(unit);
  return {};
}

std::string counted_unit(const sentence_view& sv, const grammar::mention& m,
                         const std::string& sentence_unit, const std::string& noun_found) {
  if (auto after_it = counted_noun_after(sv.text, m.end); !after_it.empty()) return after_it;
  if (auto before_it = counted_noun_before(sv.text, m.begin); !before_it.empty()) return before_it;
  // "2.64 million units in 2024 from 3.34 million in 2023": one counted noun serves both.
  if (sentence_unit != "?" && !sentence_unit.empty()) return sentence_unit;
  // "users climbed to 512 million …, up 25% from 455 million a year earlier": the base of the
  // move counts what the figure before it counted.
  if (!noun_found.empty() && (is_base(sv.text, m) || is_prior_figure(sv.text, m) ||
                              before(sv.text, m.begin, 12).ends_with("total to ")))
    return noun_found;
  return {};
}

// "from $105 million in 2023 to about 410 million in 2028", "from 105,000 units in 2023 to
// about 410,000 in 2028": the end of an English move, written without the currency or the unit
// of its base, is measured as the base is. Only the end: "to" right before it (past a hedge),
// the base the amount before it in its clause.
std::pair<std::string, std::string> move_end_measure(const sentence_view& sv, std::size_t mi) {
  if (!sv.english || mi == 0) return {};
  const grammar::mention& m = sv.mentions[mi];
  std::string_view b = before(sv.text, m.begin, 24);
  b.remove_suffix(trailing_prefix_hedge(b));
  if (!b.ends_with(" to ")) return {};
  std::size_t k = mi;
  while (k-- > 0 && sv.mentions[k].kind == grammar::mention_kind::year) {
  }
  if (k >= mi || sv.mentions[k].kind != grammar::mention_kind::amount) return {};
  const grammar::mention& base = sv.mentions[k];
  std::string_view gap = sv.text.substr(base.end, m.begin - base.end);
  if (gap.size() > 48 || gap.find_first_of(";:") != std::string_view::npos ||
      !is_base(sv.text, base))
    return {};
  return {base.currency, base.unit};
}

}  // namespace fc::claims
