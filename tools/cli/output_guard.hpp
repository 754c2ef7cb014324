// Output files are checked against the inputs before anything is written: `--output art.md
// art.md` once replaced the article with its own report.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/inputs.hpp"
#include "cli/options.hpp"

namespace fc::cli {

/// Why the requested outputs cannot be written (an output is an input, or two formats share
/// a file; spelled differently, through a link, or found in a walked directory alike), or
/// nullopt.
std::optional<std::string> output_conflict(const std::vector<output_spec>& outputs,
                                           const std::vector<input>& inputs);

}  // namespace fc::cli
