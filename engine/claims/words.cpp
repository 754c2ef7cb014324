// The words right after a figure that readings, subjects and years all ask about.
#include "claims/words.hpp"

namespace fc::claims {

std::string_view past_level_noun(std::string_view after) {
  if (const auto* noun = lang::words("roles.level_nouns").prefix_of(after))
    after.remove_prefix(noun->word.size());
  return after;
}

std::size_t relative_ending_after(std::string_view after) {
  std::string_view rest = past_level_noun(after);
  const auto* ending = lang::words("roles.relative_after").prefix_of(rest);
  return ending ? after.size() - rest.size() + ending->word.size() : 0;
}

std::size_t describing_ending_after(std::string_view after) {
  if (std::size_t past = relative_ending_after(after)) return past;
  const auto* ending = lang::words("roles.expected_level_after").prefix_of(after);
  return ending ? ending->word.size() : 0;
}

bool exchange_rate_note(std::string_view s, const grammar::mention& m) {
  return m.kind == grammar::mention_kind::amount && m.value < 1e5 &&
         (contains_any(before(s, m.begin, 12), {"환율", "달러=", "달러 =", "$1 =", "$1="}) ||
          after(s, m.end, 8).starts_with(" 기준"));
}

bool tolerance_of_figure(std::string_view s, const grammar::mention& m) {
  return m.kind == grammar::mention_kind::amount &&
         lang::words("roles.tolerance_before").suffix_of(before(s, m.begin, 24));
}

bool converted_after(std::string_view s, std::size_t figure_end) {
  std::string_view a = s.substr(figure_end, 24);
  if (a.starts_with(" ")) a.remove_prefix(1);
  std::size_t open = a.find('(');
  // One word of up to four syllables (12 bytes) between, with no space in it.
  return open != std::string_view::npos && open <= 12 &&
         a.substr(0, open).find(' ') == std::string_view::npos;
}

bool base_marker_after(std::string_view after) {
  return lang::words("directions.base_after").prefix_of(past_level_noun(after)) ||
         relative_ending_after(after) > 0;
}

}  // namespace fc::claims
