// `forecheck check` and `forecheck extract`: select files, check them in parallel, render.
#pragma once

#include <optional>
#include <string>

#include "cli/inputs.hpp"
#include "cli/options.hpp"

namespace fc::cli {

/// Runs a check or extract command and returns the process exit code (0, 1 or 2).
int run_check(const options& o);

/// The files a run takes: --include/--exclude, the ignore file, --changed-only.
std::optional<selection> make_selection(const options& o, std::string& error);

}  // namespace fc::cli
