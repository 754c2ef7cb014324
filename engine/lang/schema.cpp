// The lists of rules/lang/<id>.toml. A language sets the lists it has words for; a list it
// leaves out is empty. Each list's use is described beside its words in the data files.
#include "lang/schema.hpp"

#include <algorithm>

namespace fc::lang {
namespace {

constexpr std::string_view kHedgeClasses[] = {"about", "nearly", "at_least",   "at_most",
                                              "over",  "under",  "a_bit_over", "a_bit_under"};
constexpr std::string_view kRelations[] = {"in", "by", "around", "from", "as_of", "fiscal"};

// Sorted by name (checked by the lang test).
const list_spec kSchema[] = {
    {"attribution.adverbs_before_verb", shape::words},
    {"attribution.back_refs", shape::words},
    {"attribution.publishing_verbs", shape::words},
    {"attribution.speaker_titles", shape::words},
    {"attribution.verbs_after_plural_noun", shape::words},
    {"cjk.forecast_words", shape::words},
    {"cjk.function_chars", shape::words},
    {"cjk.report_verbs", shape::words},
    {"cjk.share_words", shape::words},
    {"cjk.source_after", shape::words},
    {"cjk.source_before", shape::words},
    {"cjk.subject_heads", shape::words},
    {"cjk.topic_particles", shape::words},
    {"directions.change_after", shape::words},
    {"directions.change_before", shape::words},
    {"directions.change_fall_before", shape::words},
    {"directions.factor_fall_after", shape::words},
    {"directions.factor_fall_before", shape::words},
    {"directions.factor_fall_noun_after", shape::words},
    {"directions.factor_rise_after", shape::words},
    {"directions.fall_after", shape::words},
    {"directions.fall_before", shape::words},
    {"directions.fall_noun_after", shape::words},
    {"directions.move_fall", shape::words},
    {"directions.move_rise", shape::words},
    {"forecast.words", shape::words},
    {"hedges.band", shape::words},
    {"hedges.band_thirds", shape::numbers},
    {"hedges.emphasis_unless_forecast", shape::words},
    {"hedges.particles", shape::words},
    {"hedges.prefix", shape::labels, kHedgeClasses},
    {"hedges.suffix", shape::labels, kHedgeClasses},
    {"revision.cues", shape::words},
    {"revision.lower", shape::words},
    {"revision.raise", shape::words},
    {"revision.replaced_before", shape::words},
    {"roles.breakdown_cues", shape::words},
    {"roles.cause_after", shape::words},
    {"roles.cause_before", shape::words},
    {"roles.compared_after", shape::words},
    {"roles.compared_before", shape::words},
    {"roles.compared_lead", shape::words},
    {"roles.label_verbs", shape::words},
    {"roles.multiple_base_after", shape::words},
    {"roles.part_after", shape::words},
    {"roles.period_back_refs", shape::words},
    {"roles.price_after", shape::words},
    {"roles.price_before", shape::words},
    {"roles.scenario_words", shape::words},
    {"roles.share_verbs", shape::words},
    {"roles.total_before", shape::words},
    {"shares.amount_after", shape::words},
    {"shares.apposition_breaks", shape::words},
    {"shares.total_after", shape::words},
    {"shares.whole_after", shape::words},
    {"shares.whole_before", shape::words},
    {"shares.whole_cues", shape::words},
    {"tables.actual_marks", shape::words},
    {"tables.cagr_headers", shape::words},
    {"tables.currency_signs", shape::words},
    {"tables.currency_words", shape::codes},
    {"tables.estimate_marks", shape::words},
    {"tables.fillers", shape::words},
    {"tables.large_scales", shape::numbers},
    {"tables.scale_words", shape::numbers},
    {"tables.small_scales", shape::numbers},
    {"tables.unit_labels", shape::words},
    {"tables.unit_openers", shape::words},
    {"tables.year_suffixes", shape::words},
    {"time.base_prepositions", shape::words},
    {"time.change_span", shape::counts},
    {"time.comparison", shape::words},
    {"time.comparison_lead_ins", shape::words},
    {"time.comparison_years", shape::numbers},
    {"time.contrast", shape::words},
    {"time.decade_end", shape::words},
    {"time.figure_year_prepositions", shape::words},
    {"time.fiscal_words", shape::words},
    {"time.fiscal_year_ended", shape::words},
    {"time.other_figure_words", shape::words},
    {"time.part_of_year", shape::words},
    {"time.period_between", shape::words},
    {"time.period_end_after", shape::words},
    {"time.period_end_before", shape::words},
    {"time.period_start_after", shape::words},
    {"time.period_start_before", shape::words},
    {"time.period_until_before", shape::words},
    {"time.phrase_year_prepositions", shape::words},
    {"time.present_after_figure", shape::words},
    {"time.present_cues", shape::words},
    {"time.previous_quarter", shape::words},
    {"time.quarters", shape::numbers},
    {"time.reach_after", shape::words},
    {"time.reach_before", shape::words},
    {"time.relations_after", shape::labels, kRelations},
    {"time.relations_before", shape::labels, kRelations},
    {"time.relative_year_after_figure", shape::flag},
    {"time.relative_years", shape::numbers},
    {"time.temporal_prepositions", shape::words},
    {"time.year_possessives", shape::words},
    {"time.years_ahead", shape::counts},
    {"time.years_ahead_span", shape::counts},
};

}  // namespace

std::span<const list_spec> schema() { return kSchema; }

const list_spec* spec_of(std::string_view name) {
  auto it = std::lower_bound(std::begin(kSchema), std::end(kSchema), name,
                             [](const list_spec& s, std::string_view n) { return s.name < n; });
  return it != std::end(kSchema) && it->name == name ? &*it : nullptr;
}

}  // namespace fc::lang
