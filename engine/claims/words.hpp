// The claims layer's view of the language data (rules/lang/<id>.toml through engine/lang):
// the language a sentence is read in, the hedge words hedges.cpp and readings.cpp share, and
// the words right after a figure that several readings ask about.
#pragma once

#include <cstddef>
#include <string_view>

#include "claims/context.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

/// The language of a sentence's words (a sentence is still told apart as English or not).
inline lang::lang_id language_of(const sentence_view& sv) {
  return lang::id_of(sv.english ? "en" : sv.language);
}

/// The prefix hedge that the text before a figure ends with ("from about "): its length with
/// the spaces after it, or 0. Any language's hedges count, as in read_hedge.
std::size_t trailing_prefix_hedge(std::string_view before);

/// The text right after a figure without a level noun at its start ("규모에서" → "에서").
std::string_view past_level_noun(std::string_view after);

/// The length of the past adnominal ending, past a level noun, that opens the text after a
/// figure ("이던", " 규모였던"): the figure is in a relative clause. 0 if there is none.
std::size_t relative_ending_after(std::string_view after);

/// As relative_ending_after, or the ending of a figure that describes the noun phrase after it
/// as expected ("3조원으로 예상되는 올해 전체 시장"): the noun phrase names its subject.
std::size_t describing_ending_after(std::string_view after);

/// An exchange-rate note ("환율 1,300원 기준", "$1 = 1,300원"), not an amount of money.
bool exchange_rate_note(std::string_view s, const grammar::mention& m);

/// "guided revenue to $3.1 billion, plus or minus $100 million": the band around the figure
/// before, not a level of its own (roles.tolerance_before).
bool tolerance_of_figure(std::string_view s, const grammar::mention& m);

/// A bracketed conversion follows the figure, past at most one word ("52조 동(약 21억 달러)"):
/// the figure is in another currency than the bracket's.
bool converted_after(std::string_view s, std::size_t figure_end);

/// The figure is the base of a move: "에서", "from …", or a past relative clause.
bool base_marker_after(std::string_view after);

}  // namespace fc::claims
