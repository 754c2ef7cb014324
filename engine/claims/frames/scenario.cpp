// Frame: a scenario. "Our bull case, in which unit prices fall below $20,000, puts the 2035
// market at $65 billion", "낙관 시나리오에서는 2030년 12조원", "在乐观情景下": a sentence that
// names a scenario gives that scenario's figures, an alternative to the base forecast, never a
// second estimate of it. Its figures are marked, so figure-disagreement compares them only with
// each other; a growth path may still run through them. The words are language data
// (roles.scenario_words).
#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

void frame_scenario(const sentence_claims& s) {
  if (!lang::words(language_of(s.sv), "roles.scenario_words").in(s.sv.text)) return;
  for (std::size_t i = s.first; i < s.out.size(); ++i) s.out[i].scenario = true;
}

}  // namespace fc::claims
