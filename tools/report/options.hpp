// Command-line options of `forecheck report`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check.hpp"

namespace fc::report {

struct options {
  std::vector<std::string> paths;
  std::string output = "-";      ///< "-" is standard output
  std::string format = "html";   ///< html, markdown
  std::string ui_lang = "auto";  ///< auto, ko, en, zh, ja
  bool force = false;            ///< overwrite a file that is not a forecheck report
  bool help = false;
  check_options check;
  std::optional<std::string> archive;  ///< --archive: published figures to chart and check
};

/// Parses argv (argv[0] is "report"); nullopt with `error` set on a usage error.
std::optional<options> parse_options(int argc, char** argv, std::string& error);

/// The help text.
const char* usage();

}  // namespace fc::report
