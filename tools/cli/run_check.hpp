// `forecheck check` and `forecheck extract`: select files, check them in parallel, render.
#pragma once

#include "cli/options.hpp"

namespace fc::cli {

/// Runs a check or extract command and returns the process exit code (0, 1 or 2).
int run_check(const options& o);

}  // namespace fc::cli
