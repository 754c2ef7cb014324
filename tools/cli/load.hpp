// Reading one input for checking: files, standard input, and the inputs that cannot be read.
#pragma once

#include "check.hpp"
#include "cli/inputs.hpp"

namespace fc::cli {

/// Checks one input. Unreadable and binary files come back `unreadable` with the reason;
/// `stdin_bytes` is the already-read standard input for `-`.
file_result load_and_check(const input& in, const std::string& stdin_bytes,
                           const std::string& stdin_name, const check_options& options);

}  // namespace fc::cli
