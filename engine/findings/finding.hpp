// A finding: one rule's verdict with its proof, plus the per-file and per-run results.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "archive/record.hpp"
#include "claims/claim.hpp"
#include "support/date.hpp"
#include "support/interval.hpp"
#include "support/span.hpp"

namespace fc {

enum class severity { info, warning, error };
const char* to_string(severity s);
std::optional<severity> parse_severity(std::string_view s);

/// What the claims would have to be for the conflict to disappear.
struct expected_value {
  std::optional<interval> value;
  std::optional<std::string> currency;
  std::optional<interval> rate;
};

/// A published figure that a finding weighs the text against (the archive rules): where it
/// was printed, and the sentence as printed.
struct published_ref {
  std::string path;
  std::string title;
  std::optional<date> published;
  std::string claim;  ///< the claim's id in that article
  std::string text;   ///< the figure as written there
  std::string sentence;
  span where;  ///< in that article
};

struct finding {
  std::string id;
  std::string rule;
  severity level = severity::error;
  std::string message;
  span where;
  std::vector<std::string> claims;
  std::string explanation;
  std::optional<expected_value> expected;
  std::optional<std::string> suggestion;
  std::vector<published_ref> published;  ///< archive rules: the earlier articles named
};

/// An input problem (bad UTF-8, unreadable file): reported, never a crash.
struct input_error {
  std::string message;
  span where;
};

struct file_result {
  std::string path;
  std::string lang = "ko";
  std::string message_lang = "en";  ///< the language its messages and explanations are in
  std::optional<date> article_date;
  std::vector<claim> claims;
  std::vector<finding> findings;
  std::vector<input_error> errors;
  bool unreadable = false;  ///< nothing was checked (exit code 2)
  bool timed_out = false;   ///< `check_options::stop` was due (also unreadable)
  std::string original;     ///< the file's bytes, for renderers that quote source lines
  /// With an archive: its figures for this file's subjects and years (the report charts them).
  std::vector<archive::published_claim> published;
  /// Each sentence as a byte range of `original` (claim::sentence indexes it).
  std::vector<std::pair<std::size_t, std::size_t>> sentences;
};

}  // namespace fc
