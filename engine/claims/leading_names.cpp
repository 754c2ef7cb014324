// Names that open an English sentence: "Contract Manufacturing, one of the segments …, is
// expected to …" names the figures after it, and so does "Indonesia, the region's biggest
// market, accounted for $72bn", past its apposition.
#include <algorithm>
#include <cctype>

#include "claims/context.hpp"
#include "claims/measures.hpp"
#include "claims/subject_words.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

std::optional<std::string> leading_name(std::string_view s) {
  auto ws = words(s.substr(0, 128));
  static const std::string_view openers[] = {
      "The",       "It",     "This",  "These",     "Its",        "In",       "By",     "At",
      "For",       "From",   "Over",  "According", "Meanwhile,", "However,", "Also,",  "Overall,",
      "Globally,", "Today,", "Since", "With",      "As",         "And",      "But",    "Analysts",
      "Experts",   "A",      "An",    "Per",       "Of",         "On",       "During", "Between",
      "That",      "Those",  "Such",  "Which"};  // "That represents a CAGR of 15%": an anaphor
  static const std::string_view verbs[] = {
      "is",         "was",     "are",       "were",      "will",     "accounted",   "accounts",
      "held",       "holds",   "dominated", "dominates", "led",      "leads",       "registered",
      "recorded",   "reached", "grew",      "saw",       "has",      "had",         "represented",
      "represents", "posted",  "shipped",   "generated", "captured", "contributed", "made",
      "should",     "could",   "may"};
  // "Contract Manufacturing", "2.5D and 3D packaging": capitalized or technology names, and
  // the plain nouns after them up to a comma.
  auto name_word = [&](std::size_t i) {
    std::string_view w = ws[i];
    if (w.empty()) return false;
    std::string_view bare = w.ends_with(',') ? w.substr(0, w.size() - 1) : w;
    if (std::isupper(static_cast<unsigned char>(w[0])) || tech_name(bare)) return true;
    if (i == 0) return false;
    return w == "and" || w == "of" ||
           (std::islower(static_cast<unsigned char>(w[0])) && !stop_word_en(bare) &&
            std::find(std::begin(verbs), std::end(verbs), bare) == std::end(verbs));
  };
  std::size_t n = 0;
  while (n < ws.size() && n < 4 && !(n > 0 && ws[n - 1].ends_with(',')) && name_word(n)) ++n;
  if (n == 0 || n == ws.size()) return std::nullopt;
  if (std::find(std::begin(openers), std::end(openers), ws[0]) != std::end(openers))
    return std::nullopt;
  // "Contract Manufacturing, one of the segments analyzed in the report, is expected to …": an
  // apposition between the name and its verb.
  std::size_t verb = n;
  if (ws[n - 1].ends_with(',')) {
    while (verb < ws.size() && verb < n + 10 && !ws[verb].ends_with(',')) ++verb;
    ++verb;
  }
  if (verb >= ws.size() ||
      std::find(std::begin(verbs), std::end(verbs), ws[verb]) == std::end(verbs))
    return std::nullopt;
  std::string name;
  for (std::size_t i = 0; i < n; ++i) name += (i ? " " : "") + std::string(ws[i]);
  if (name.ends_with(',')) name.pop_back();
  return name;
}

// "Indonesia, the region's biggest market, accounted for $72bn": the name that opens the
// sentence, not the measure of its apposition, is the figure's subject.
std::optional<subject_phrase> name_before_apposition(std::string_view s, std::size_t fig) {
  std::size_t comma = s.find(", ");
  if (comma == std::string_view::npos || comma == 0 || comma > 40 || comma >= fig) return {};
  std::string_view name = s.substr(0, comma);
  auto ws = words(name);
  if (ws.empty() || ws.size() > 4 || !std::all_of(ws.begin(), ws.end(), [](std::string_view w) {
        return std::isupper(static_cast<unsigned char>(w.front())) || w == "of" || w == "and";
      }))
    return {};
  std::string_view rest = s.substr(comma + 2);
  if (!lang::words("subjects.apposition_leads").prefix_of(rest)) return {};
  std::size_t close = rest.find(", ");
  if (close == std::string_view::npos || comma + 2 + close >= fig) return {};
  // "…, while the Qatar market will reach Dh25 billion": a clause of its own names its figures.
  if (lang::words("subjects.contrast_openers")
          .in(s.substr(comma + 2 + close, fig - comma - 2 - close)))
    return {};
  // "Sea, the parent of Shopee, said …": a name with a verb of saying is a source.
  auto verb = words(rest.substr(close + 2, 24));
  if (!verb.empty() && lang::words("attribution.source_verbs").equal_to(verb.front())) return {};
  if (lang::words("subjects.apposition_leads").equal_to(ws.front())) return {};
  // "Oman, the region's largest market, …", "Oman, the region's busiest hub, …":
  // the holder of a rank within the whole named before, or a member of its region, is one of
  // its parts.
  std::string_view apposition = rest.substr(0, close);
  const auto* scope = lang::words("subjects.rank_part_scopes").prefix_of(apposition);
  bool part = (scope && rank_named(subject_phrase{
                            std::string(apposition.substr(scope->word.size())), true, false})) ||
              lang::words("subjects.member_appositions").prefix_of(apposition);
  return subject_phrase{std::string(name), true, false, part};
}

// "Commercial sportsbooks in the U.S. generated $11.0 billion in revenue": a measure written
// after the figure ("in revenue") is named by the noun phrase that opens the clause before the
// verb that states the figure (roles.label_verbs).
std::optional<subject_phrase> earned_measure(std::string_view s, std::size_t fig_begin,
                                             std::size_t fig_end) {
  std::string_view rest = s.substr(fig_end, 32);
  if (!rest.starts_with(" in ")) return std::nullopt;
  const auto& hits = measure_hits(rest.substr(4));
  if (hits.empty() || hits.front().first != 0) return std::nullopt;
  std::string_view measure = rest.substr(4, hits.front().second.word.size());
  std::string_view lead = s.substr(0, fig_begin);
  while (lead.ends_with(' ')) lead.remove_suffix(1);
  const auto* verb = lang::words("roles.label_verbs").suffix_of(lead);
  if (!verb) return std::nullopt;
  lead.remove_suffix(verb->word.size());
  if (std::size_t cut = lead.find_last_of(",;:"); cut != std::string_view::npos)
    lead.remove_prefix(cut + 1);
  auto ws = words(lead);
  if (ws.empty() || ws.size() > 6) return std::nullopt;
  std::size_t first = 0;
  if (stop_word_en(ws.front())) ++first;  // "The", "Its"
  std::string name;
  for (std::size_t i = first; i < ws.size(); ++i) {
    // "in the U.S.", "of Asia": a place or an owner inside the phrase.
    bool inner = ws[i] == "in" || ws[i] == "of" ||
                 (ws[i] == "the" && (ws[i - 1] == "in" || ws[i - 1] == "of"));
    if (i > first && stop_word_en(ws[i]) && !inner) return std::nullopt;
    name += std::string(ws[i]) + " ";
  }
  if (name.empty()) return std::nullopt;
  return subject_phrase{name + std::string(measure), true, false};
}

}  // namespace fc::claims
