// `check --fix` and `--fix-dry-run`: the engine's fix plans written into the files, or shown.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "check.hpp"

namespace fc::cli {

/// What a fix run did (or, dry, would do).
struct fix_summary {
  std::size_t figures = 0;
  std::size_t files = 0;
  bool failed = false;  ///< a file could not be written (exit code 2)
};

/// Plans the fixes of every checked file. A file is changed only when no error is left that
/// no fix addresses and its fixed text checks again with no error and nothing left to fix.
/// With `write` the fixed text replaces the file atomically (after making sure the file still
/// holds the bytes that were checked); without, the changes go to `diff` as a unified diff.
/// Files left alone and failed writes are explained on `err`.
fix_summary fix_files(const std::vector<file_result>& results, const check_options& check,
                      bool write, std::ostream& diff, std::ostream& err);

/// `before` → `after` as a unified diff under `path` with three lines of context; empty when
/// they are equal.
std::string unified_diff(const std::string& path, std::string_view before, std::string_view after);

}  // namespace fc::cli
