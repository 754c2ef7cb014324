// The engine facade: text in, claims and findings out. Front ends depend on this only.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "archive/store.hpp"
#include "findings/finding.hpp"
#include "support/date.hpp"
#include "support/language_choice.hpp"
#include "support/stop_signal.hpp"

namespace fc {

enum class input_format { automatic, text, markdown, html };

struct check_options {
  std::string lang = "auto";  ///< auto, ko, en, zh, ja
  /// The language of messages and explanations: auto (the article's), ko, en, zh or ja.
  std::string message_lang = "auto";
  std::optional<date> article_date;  ///< overrides front matter
  input_format format = input_format::automatic;
  std::optional<std::string> config_path;  ///< --config; else .forecheck.toml is searched for
  bool discover_config = true;             ///< walk up from the checked file to find one
  std::size_t max_bytes = 16u << 20;       ///< larger files are refused, keeping memory bounded
  /// A time budget or a cancel (servers, editors): once due, the file comes back unchecked
  /// with `timed_out` set.
  stop_signal stop;
  /// Published claims to check the text against (--archive); the store must outlive the
  /// check and may be shared by concurrent checks.
  archive::store* archive = nullptr;
  bool run_rules = true;  ///< false: extract only (forecheck index)
};

/// Checks one document. `path` names it in the result and picks the format when automatic.
file_result check_text(std::string path, std::string bytes, const check_options& options);

/// Reads and checks one file; unreadable or binary files come back with `unreadable` set.
file_result check_file(const std::string& path, const check_options& options);

}  // namespace fc
