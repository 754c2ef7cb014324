// The explicit, sorted list of rules with logic.
#include "rules/rule.hpp"

namespace fc::rules {

const std::vector<registered_rule>& registry() {
  static const std::vector<registered_rule> rules = {
      {"agreement-mismatch", agreement_mismatch},
      {"archive-disagreement", archive_disagreement},
      {"archive-drift", archive_drift},
      {"cagr-mismatch", cagr_mismatch},
      {"cagr-period-convention", cagr_period_convention},
      {"cagr-rounding", cagr_rounding},
      {"change-mismatch", change_mismatch},
      {"conversion-mismatch", conversion_mismatch, conversion_mismatch_params},
      {"currency-mix", currency_mix},
      {"figure-disagreement", figure_disagreement, figure_disagreement_params},
      {"growth-contradiction", growth_contradiction},
      {"implausible-rate", implausible_rate, implausible_rate_params},
      {"move-direction", move_direction},
      {"part-exceeds-whole", part_exceeds_whole},
      {"period-mismatch", period_mismatch},
      {"points-vs-percent", points_vs_percent},
      {"range-rate-step", range_rate_step},
      {"revision-direction", revision_direction},
      {"share-mismatch", share_mismatch},
      {"share-overflow", share_overflow},
      {"source-disagreement", source_disagreement},
      {"stale-forecast", stale_forecast},
      {"unattributed-forecast", unattributed_forecast},
      {"unit-value-mismatch", unit_value_mismatch},
      {"vague-figure", vague_figure},
  };
  return rules;
}

const std::vector<consistency::growth_conflict>& growth_conflicts(const context& ctx) {
  if (!ctx.growth_conflicts)
    ctx.growth_conflicts = consistency::growth_conflicts(ctx.claims, &ctx.growth_pairings);
  return *ctx.growth_conflicts;
}

std::string message_template(const rule_info& r, const std::string& lang) {
  auto it = r.messages.find(lang);
  if (it != r.messages.end()) return it->second;
  it = r.messages.find("en");
  return it != r.messages.end() ? it->second : r.summary;
}

}  // namespace fc::rules
