// `forecheck extract --format jsonl` (extract_jsonl.cpp): claims as JSON lines for bulk loading.
#pragma once

#include "cli/options.hpp"

namespace fc::cli {

/// Prints one line per claim (article fields + the archive row); exit 0, or 2 when a file
/// could not be read (the others are still printed).
int run_extract_jsonl(const options& o);

}  // namespace fc::cli
