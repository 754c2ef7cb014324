// Printers over the engine's results: each format is a function of results and a stream.
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <vector>

#include "check.hpp"

namespace fc::render {

struct text_style {
  bool color = false;
};

/// What the run knows about findings beyond the engine's verdict: which ones a baseline
/// already accepts. Indexed [file][finding]; an empty or short table means "not baselined".
struct marks {
  std::vector<std::vector<bool>> baselined;
  bool any_baseline = false;  ///< a baseline was given (SARIF then states baselineState)
  /// --fail-level: the lowest severity that fails the run (nullopt: `none`). Formats that
  /// pass or fail each finding (JUnit) follow it, so they agree with the exit code.
  std::optional<severity> fail_level = severity::error;

  bool is_baselined(std::size_t file, std::size_t finding) const {
    return file < baselined.size() && finding < baselined[file].size() && baselined[file][finding];
  }
};

/// Counts for summary lines; baselined findings are counted apart from their severity.
struct totals {
  std::size_t errors = 0, warnings = 0, infos = 0, baselined = 0, claims = 0, unreadable = 0;
};
totals count(const std::vector<file_result>& results, const marks& m);

/// The output contract's JSON (version 1), pretty-printed, byte-identical for equal input.
/// A baselined finding gains `"baselined": true`; otherwise the shape is the contract's.
void json(const std::vector<file_result>& results, std::ostream& out, const marks& m = {});
/// Only the claims part, for `forecheck extract`.
void json_claims(const std::vector<file_result>& results, std::ostream& out);
/// Compiler-style diagnostics with the source line, a caret under the figure and the proof.
void text(const std::vector<file_result>& results, std::ostream& out, const text_style& style,
          const marks& m = {});
/// SARIF 2.1.0: one run, the rule catalogue as tool.driver.rules, fixes where computable.
void sarif(const std::vector<file_result>& results, std::ostream& out, const marks& m = {});
/// GitHub Actions workflow commands (`::error file=…,line=…::…`), one per finding.
void github(const std::vector<file_result>& results, std::ostream& out, const marks& m = {});
/// Checkstyle XML (as read by Jenkins warnings-ng, reviewdog and GitLab converters).
void checkstyle(const std::vector<file_result>& results, std::ostream& out, const marks& m = {});
/// JUnit XML: a test suite per file, a test case per finding, failing when the finding is at
/// or above `m.fail_level` and not baselined.
void junit(const std::vector<file_result>& results, std::ostream& out, const marks& m = {});

}  // namespace fc::render
