// The rule interface: each rule reads the claims of one file and appends findings.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "archive/record.hpp"
#include "claims/claim.hpp"
#include "consistency/growth_check.hpp"
#include "findings/finding.hpp"
#include "rules/catalogue.hpp"
#include "support/date.hpp"

namespace fc::rules {

struct context {
  const std::vector<claim>& claims;
  std::string lang;  ///< language of messages: en, ko, zh or ja (rules/wording.hpp)
  std::optional<date> article_date;
  /// The growth checks, computed once and shared by the three rules that read them.
  mutable std::optional<std::vector<consistency::growth_conflict>> growth_conflicts;
  mutable std::vector<consistency::growth_pairing> growth_pairings;
  /// Figures published earlier (forecheck check --archive), subjects unified with the text's.
  const std::vector<archive::published_claim>* published = nullptr;
  /// The published figures of those subjects in every year, for the log-linear trend.
  const std::vector<archive::trend_point>* trend = nullptr;
};

/// The growth conflicts of this file (computed on first use).
const std::vector<consistency::growth_conflict>& growth_conflicts(const context& ctx);

using rule_fn = void (*)(const context&, const rule_info&, std::vector<finding>&);

/// A parameter value a rule cannot work with: which parameter, and why.
struct param_problem {
  std::string param;
  std::string message;
};
/// Checks a rule's effective parameters (defaults with the user's overrides).
using params_fn = std::optional<param_problem> (*)(const rule_info&);

struct registered_rule {
  const char* id;
  rule_fn run;
  params_fn check_params = nullptr;  ///< for rules whose parameters have a range
};

/// Rules with logic, sorted by id (explicit list: no static self-registration).
const std::vector<registered_rule>& registry();

void growth_contradiction(const context&, const rule_info&, std::vector<finding>&);
void cagr_mismatch(const context&, const rule_info&, std::vector<finding>&);
void cagr_rounding(const context&, const rule_info&, std::vector<finding>&);
void cagr_period_convention(const context&, const rule_info&, std::vector<finding>&);
void figure_disagreement(const context&, const rule_info&, std::vector<finding>&);
void source_disagreement(const context&, const rule_info&, std::vector<finding>&);
void agreement_mismatch(const context&, const rule_info&, std::vector<finding>&);
void stale_forecast(const context&, const rule_info&, std::vector<finding>&);
void implausible_rate(const context&, const rule_info&, std::vector<finding>&);
void period_mismatch(const context&, const rule_info&, std::vector<finding>&);
void change_mismatch(const context&, const rule_info&, std::vector<finding>&);
void part_exceeds_whole(const context&, const rule_info&, std::vector<finding>&);
/// The breakdown half of part-exceeds-whole (rules/breakdown_whole.cpp).
void breakdown_exceeds_whole(const context&, const rule_info&, std::vector<finding>&);
void country_exceeds_region(const context&, const rule_info&, std::vector<finding>&);
/// A part-exceeds-whole finding for `part` above `whole`, its explanation opened by `because`
/// (part_exceeds_whole.cpp).
finding part_above_whole(const context& ctx, const rule_info& info, const claim& part,
                         const claim& whole, std::string_view because = {});
void points_vs_percent(const context&, const rule_info&, std::vector<finding>&);
void conversion_mismatch(const context&, const rule_info&, std::vector<finding>&);
void range_rate_step(const context&, const rule_info&, std::vector<finding>&);
std::optional<param_problem> conversion_mismatch_params(const rule_info&);
std::optional<param_problem> figure_disagreement_params(const rule_info&);
std::optional<param_problem> implausible_rate_params(const rule_info&);
void share_overflow(const context&, const rule_info&, std::vector<finding>&);
void subtotal_exceeded(const context&, const rule_info&, std::vector<finding>&);
void share_mismatch(const context&, const rule_info&, std::vector<finding>&);
void move_direction(const context&, const rule_info&, std::vector<finding>&);
void revision_direction(const context&, const rule_info&, std::vector<finding>&);
void unit_value_mismatch(const context&, const rule_info&, std::vector<finding>&);
void currency_mix(const context&, const rule_info&, std::vector<finding>&);
void unattributed_forecast(const context&, const rule_info&, std::vector<finding>&);
void vague_figure(const context&, const rule_info&, std::vector<finding>&);
void archive_disagreement(const context&, const rule_info&, std::vector<finding>&);
void archive_drift(const context&, const rule_info&, std::vector<finding>&);

/// The message template in `lang`, falling back to English.
std::string message_template(const rule_info& r, const std::string& lang);

}  // namespace fc::rules
