// Cutting at a code point boundary keeps the message valid UTF-8 whatever was quoted.
#include "support/shorten.hpp"

#include "support/utf8.hpp"

namespace fc {

std::string shortened(std::string_view s, std::size_t max_code_points) {
  std::size_t i = 0;
  for (std::size_t n = 0; i < s.size(); ++n) {
    if (n == max_code_points) return std::string(s.substr(0, i)) + "\u2026";
    char32_t cp = 0;
    std::size_t len = utf8::decode(s, i, cp);
    i += len ? len : 1;
  }
  return std::string(s);
}

}  // namespace fc
