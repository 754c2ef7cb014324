// The explicit, sorted list of rules with logic.
#include "rules/rule.hpp"

namespace fc::rules {

const std::vector<registered_rule>& registry() {
  static const std::vector<registered_rule> rules = {
      {"cagr-mismatch", cagr_mismatch},
      {"figure-disagreement", figure_disagreement},
      {"growth-contradiction", growth_contradiction},
      {"implausible-rate", implausible_rate},
      {"stale-forecast", stale_forecast},
  };
  return rules;
}

std::string message_template(const rule_info& r, const std::string& lang) {
  auto it = r.messages.find(lang);
  if (it != r.messages.end()) return it->second;
  it = r.messages.find("en");
  return it != r.messages.end() ? it->second : r.summary;
}

}  // namespace fc::rules
