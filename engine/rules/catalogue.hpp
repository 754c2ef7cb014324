// The rule catalogue: metadata, parameters and message templates read from rules/*.toml.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "findings/finding.hpp"

namespace fc::rules {

struct rule_info {
  std::string id;
  severity default_severity = severity::error;
  bool enabled = true;  ///< newsroom-policy rules ship disabled
  std::string summary;
  std::string doc;                              ///< rules/<id>.md, printed by `forecheck explain`
  std::map<std::string, std::string> messages;  ///< language -> template
  std::map<std::string, std::string> params;    ///< name -> value as written
};

/// Every rule with data in rules/, sorted by id. Loaded once from the embedded files.
const std::vector<rule_info>& catalogue();
/// The rule with this id, or nullptr.
const rule_info* find_rule(std::string_view id);
/// Groups of subject names that mean one subject (rules/subject-aliases.toml).
const std::vector<std::vector<std::string>>& shipped_subject_aliases();

/// Words that open a whole ("global") or one of its regions ("China"), from
/// rules/subject-hierarchy.toml, in lower case.
struct subject_hierarchy {
  std::vector<std::string> wholes;
  std::vector<std::string> regions;
  /// A region's names and the names of the countries inside it, lowered.
  struct within {
    std::vector<std::string> region, members;
  };
  std::vector<within> regions_within;
  std::vector<std::string> exclusions;  ///< "excluding": a region without some of its countries
};
const subject_hierarchy& shipped_subject_hierarchy();

/// A numeric parameter, or `fallback` when absent or not a number.
double param(const rule_info& r, const std::string& name, double fallback);

}  // namespace fc::rules
