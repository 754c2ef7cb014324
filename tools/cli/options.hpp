// Command-line parsing for `forecheck`: subcommands and their flags, with usage errors.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "check.hpp"

namespace fc::cli {

/// One requested rendering: a format and where it goes (standard output when no file).
struct output_spec {
  std::string format = "text";
  std::optional<std::string> file;
};

struct options {
  std::string command;               ///< check, extract, explain, rules, version, help
  std::vector<output_spec> outputs;  ///< never empty after parse(); see usage() for pairing
  bool color = false;
  bool no_color = false;
  std::string stdin_filename = "<stdin>";
  check_options check;
  std::vector<std::string> paths;
  std::vector<std::string> include;        ///< globs replacing the default extensions in walks
  std::vector<std::string> exclude;        ///< globs dropped from every input
  std::optional<std::string> ignore_file;  ///< default: ./.forecheckignore when present
  bool no_ignore = false;
  std::optional<severity> fail_level = severity::error;  ///< nullopt: `none`, never fail
  std::optional<std::size_t> max_warnings;
  std::optional<std::string> baseline;
  std::optional<std::string> changed_only;  ///< git revision
  std::size_t jobs = 0;                     ///< 0: one per hardware thread
  bool no_progress = false;
  bool error_on_empty = false;         ///< exit 2 when no file is left to check
  std::optional<std::string> archive;  ///< --archive: published claims to check against
  bool fix = false;                    ///< --fix: write the consistent values into the files
  bool fix_dry_run = false;            ///< --fix-dry-run: print those changes as a diff
};

/// Parses argv; on a usage error returns nullopt and writes the message to `error`.
std::optional<options> parse(int argc, char** argv, std::string& error);

/// The help text.
const char* usage();

/// The line printed after a usage error instead of the whole help text:
/// "try 'forecheck check --help'" (or "try 'forecheck --help'" when the command is unknown).
std::string usage_hint(int argc, char** argv);

}  // namespace fc::cli
