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
  std::size_t levels = 0, rates = 0;
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    s.out[i].scenario = true;
    levels += is_stated_level(s.out[i]);
    rates += s.out[i].kind == claim_kind::growth;
  }
  // "낙관 시나리오에서는 1,300억 달러, 보수 시나리오에서는 800억 달러로, 연평균 성장률은 각각
  // 55.2%, 44.8%": several scenarios' rates are each one scenario's, and which level a rate
  // leads to is the text's order, not a reading the growth path can make: each stands alone.
  if (levels < 2 && rates < 2) return;
  for (std::size_t i = s.first; i < s.out.size(); ++i)
    if (s.out[i].kind == claim_kind::growth && s.out[i].subject_key)
      *s.out[i].subject_key += "#scenario-rate-" + s.out[i].id;
  // "In the high scenario, sales reach 7.2 million units, while in a low scenario they rise only
  // to 4.1 million": levels of one year in a sentence of scenarios are each one scenario's.
  std::vector<std::size_t> same_year;
  for (std::size_t i = s.first; i < s.out.size(); ++i)
    for (std::size_t j = s.first; j < s.out.size(); ++j)
      if (i != j && is_stated_level(s.out[i]) && is_stated_level(s.out[j]) && s.out[i].year &&
          s.out[i].year == s.out[j].year && s.out[i].subject_key == s.out[j].subject_key &&
          s.out[i].conversion_of != s.out[j].id && s.out[j].conversion_of != s.out[i].id) {
        same_year.push_back(i);
        break;
      }
  for (std::size_t i : same_year)
    if (s.out[i].subject_key) *s.out[i].subject_key += "#scenario-level-" + s.out[i].id;
}

}  // namespace fc::claims
