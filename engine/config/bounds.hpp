// Limits a configuration must keep before it is handed to the TOML parser, which recurses
// on dotted keys and nesting: a hostile .forecheck.toml must give an error, not exhaust the
// stack (a header of 40,000 dotted parts did).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace fc::config {

struct bounds {
  std::size_t max_bytes = 1u << 20;  ///< the whole file
  std::size_t max_depth = 32;        ///< tables, arrays and inline tables inside each other
  std::size_t max_key_parts = 32;    ///< parts of one dotted key (a.b.c has 3)
  std::size_t max_key_bytes = 1024;  ///< one key, dotted parts and quotes included
};

/// "1:1: configuration file too large: N bytes (limit 1 MiB)".
std::string too_large(std::size_t size, const bounds& b = {});

/// The first bound `text` exceeds, as "line:col: message" (columns in code points, as the
/// TOML parser counts them), or nullopt.
std::optional<std::string> exceeded(std::string_view text, const bounds& b = {});

}  // namespace fc::config
