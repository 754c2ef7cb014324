// Command-line parsing for `forecheck`: subcommands and their flags, with usage errors.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check.hpp"

namespace fc::cli {

struct options {
  std::string command;  ///< check, extract, explain, rules, version, help
  std::string format = "text";
  bool color = false;
  bool no_color = false;
  std::string stdin_filename = "<stdin>";
  check_options check;
  std::vector<std::string> paths;
};

/// Parses argv; on a usage error returns nullopt and writes the message to `error`.
std::optional<options> parse(int argc, char** argv, std::string& error);

/// The help text.
const char* usage();

}  // namespace fc::cli
