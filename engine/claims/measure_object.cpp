// What an English measure counts, written after it: "spending on generative AI", "sales of
// electric two-wheelers", "the market for home chargers", and "spent $2 billion on data
// centres". Named before the measure ("generative AI spending"), every wording of one measure
// shares a subject key.
#include <cctype>

#include "claims/context.hpp"
#include "claims/subject_words.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

std::string measure_object(std::string_view s, std::size_t head_end) {
  std::string_view joint = s.substr(head_end, 5);
  if (joint != " for ") joint = joint.substr(0, 4);
  if (joint != " on " && joint != " of " && joint != " for ") return {};
  auto tail = words(s.substr(head_end + joint.size(), 48));
  std::string object;
  // "of" and "for" name many things: their object counts only where it visibly ends, at a stop
  // word, a comma or a verb ("sales of plant-based milk slipped 5%": "slipped" ends it).
  bool ended = joint == " on ";
  for (std::size_t i = 0; i < tail.size() && i < (joint == " for " ? 5u : 3u); ++i) {
    std::string_view w = tail[i];
    // "revenue for fiscal 2024", "demand for the year": a period, no object.
    if (joint == " for " && (std::isdigit(static_cast<unsigned char>(w.front())) ||
                             lang::words("time.period_nouns").equal_to(w)))
      return {};
    // "the market for widget kits reaching about $84 billion": a participle of the
    // figure's verb ends it too (subjects.object_enders).
    if (stop_word_en(w) || lang::words("forecast.past_before").prefix_of(std::string(w) + " ") ||
        lang::words("subjects.object_enders").equal_to(w)) {
      ended = true;
      break;
    }
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
    object += std::string(w) + " ";
    if (w.size() != tail[i].size()) {
      ended = true;
      break;
    }
  }
  return ended ? object : std::string();
}

std::optional<subject_phrase> spending_object(std::string_view s, std::size_t fig_begin,
                                              std::size_t fig_end) {
  std::string_view b = s.substr(0, fig_begin);
  if (!b.ends_with("spent ") && !b.ends_with("spend ") && !b.ends_with("spending ") &&
      !b.ends_with("invested ") && !b.ends_with("invest "))
    return std::nullopt;
  if (s.substr(fig_end, 4) != " on " && s.substr(fig_end, 4) != " in ") return std::nullopt;
  auto tail = words(s.substr(fig_end + 4, 48));
  // "on their pets last year": a possessive opens the object, a relative year ends it.
  std::size_t from = !tail.empty() && (tail[0] == "their" || tail[0] == "its" || tail[0] == "our" ||
                                       tail[0] == "his" || tail[0] == "her");
  std::string object;
  for (std::size_t i = from; i < tail.size() && i < from + 4 && !stop_word_en(tail[i]); ++i) {
    std::string_view w = tail[i];
    if (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))) break;
    std::size_t at = static_cast<std::size_t>(w.data() - s.data());
    if (lang::words("time.relative_years").prefix_of(s.substr(at))) break;
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
    object += std::string(w) + " ";
    if (w.size() != tail[i].size()) break;
  }
  if (object.empty()) return std::nullopt;
  return subject_phrase{object + "spending", true, false};
}

}  // namespace fc::claims
