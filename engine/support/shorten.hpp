// Quoting user text in messages without echoing megabytes of it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fc {

/// `s` itself when it has at most `max_code_points` code points, else its first
/// `max_code_points` code points followed by "…" (never a partial UTF-8 sequence).
std::string shortened(std::string_view s, std::size_t max_code_points = 60);

}  // namespace fc
