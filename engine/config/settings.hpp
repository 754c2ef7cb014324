// User settings from .forecheck.toml: rule switches, severities, parameters, subject aliases,
// article date and language, exchange rates. Plain structs; parsing lives in load.cpp.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "findings/finding.hpp"
#include "support/date.hpp"

namespace fc::config {

struct rule_settings {
  std::optional<bool> enabled;
  std::optional<severity> level;
  std::map<std::string, std::string> params;  ///< overrides of rules/<id>.toml [params]
  std::map<std::string, std::string> where;   ///< param -> "path:line:col: " for messages
  std::string table_where;                    ///< location of [rules.<id>]
};

struct settings {
  std::string path;  ///< where they were read from (empty: defaults)
  std::map<std::string, rule_settings> rules;
  std::optional<severity> cross_source_severity;
  /// The highest severity of a finding in a Chinese or Japanese article (warning when unset):
  /// their readings are newer than Korean and English ones.
  std::optional<severity> cjk_severity;
  std::map<std::string, std::string> subject_aliases;  ///< alias -> canonical subject
  std::optional<date> article_date;
  std::optional<std::string> lang;
  std::map<std::string, double> fx_rates;  ///< "USD/KRW" -> 1300
};

/// Parses a config file's text. On error returns nullopt and sets `error` to
/// "path:line:col: message" (unknown keys and wrong types included).
std::optional<settings> parse(const std::string& text, const std::string& path, std::string& error);

/// Reads and parses a config file.
std::optional<settings> load(const std::string& path, std::string& error);

/// The nearest .forecheck.toml in the directory of `file` or any parent, if any.
std::optional<std::string> discover(const std::string& file);

}  // namespace fc::config
