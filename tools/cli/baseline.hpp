// Baselines: findings a team has already accepted, read from an earlier JSON report.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check.hpp"
#include "render/render.hpp"

namespace fc::cli {

/// Findings identified by path, rule and the texts of their claims, never by offsets, so
/// edits elsewhere in an article do not make an accepted finding new again.
class baseline {
 public:
  /// Reads `forecheck check --format json` output; nothing (and `error`) when it is not one.
  static std::optional<baseline> load(const std::string& file, std::string& error);
  /// Marks the findings the baseline covers. Each baseline entry covers one finding, so a
  /// second copy of an accepted conflict still fails.
  render::marks apply(const std::vector<file_result>& results) const;

 private:
  std::map<std::string, std::size_t> accepted_;
};

/// The identity key of a finding within its file's result.
std::string finding_key(const std::string& path, const std::string& rule,
                        const std::vector<std::string>& claim_texts);

}  // namespace fc::cli
