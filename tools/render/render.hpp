// Printers over the engine's results: each format is a function of results and a stream.
#pragma once

#include <ostream>
#include <vector>

#include "check.hpp"

namespace fc::render {

struct text_style {
  bool color = false;
};

/// The output contract's JSON (version 1), pretty-printed, byte-identical for equal input.
void json(const std::vector<file_result>& results, std::ostream& out);
/// Only the claims part, for `forecheck extract`.
void json_claims(const std::vector<file_result>& results, std::ostream& out);
/// Compiler-style diagnostics with the source line, a caret under the figure and the proof.
void text(const std::vector<file_result>& results, std::ostream& out, const text_style& style);

}  // namespace fc::render
