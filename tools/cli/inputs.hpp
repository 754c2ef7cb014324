// Turning command-line paths into the ordered list of files to check.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "cli/glob.hpp"

namespace fc::cli {

/// One file to check, named as the output will name it. `problem` is set when the file
/// cannot be checked at all (a directory that cannot be listed), `is_stdin` for `-`, `walked`
/// when a directory walk found it (rather than the command line naming it).
struct input {
  std::string path;
  bool is_stdin = false;
  std::optional<std::string> problem;
  bool walked = false;
};

/// What decides which files a walk takes.
struct selection {
  std::vector<std::string> include;  ///< empty: the default extensions
  ignore_rules exclude;              ///< --exclude globs, relative to the working directory
  ignore_rules ignore;               ///< the ignore file's rules, relative to ignore_base
  std::string ignore_base;           ///< absolute directory of the ignore file
  std::optional<std::set<std::string>> only;  ///< --changed-only: absolute normal paths
};

/// Expands files, directories (recursively, sorted bytewise, symlinked directories inside a
/// walk not followed) and `-`. Explicit files are checked whatever their extension; exclusions and
/// the ignore file apply to every path. Duplicates keep their first position.
std::vector<input> expand(const std::vector<std::string>& paths, const selection& sel);

/// Reads the ignore file into `sel` (`.forecheckignore` in the working directory unless
/// `file` names one). A missing default file is no error; a named one that cannot be read is.
bool read_ignore_file(selection& sel, const std::optional<std::string>& file, std::string& error);

/// The absolute, lexically normal form used to compare paths from different sources.
std::string absolute_key(const std::string& path);

}  // namespace fc::cli
