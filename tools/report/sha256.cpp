// base64 of SHA-256, for the Content-Security-Policy hash of the report's one inline script;
// the CSP it feeds means markup that slipped past escaping still could not run.
#include "report/sha256.hpp"

#include <cstdint>

#include "support/sha256.hpp"

namespace fc::report {

std::string sha256_base64(std::string_view data) {
  auto digest = fc::sha256(data);
  static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (int i = 0; i < 32; i += 3) {
    std::uint32_t n = std::uint32_t(digest[i]) << 16 |
                      (i + 1 < 32 ? std::uint32_t(digest[i + 1]) << 8 : 0) |
                      (i + 2 < 32 ? digest[i + 2] : 0);
    out += alphabet[n >> 18 & 63];
    out += alphabet[n >> 12 & 63];
    out += i + 1 < 32 ? alphabet[n >> 6 & 63] : '=';
    out += i + 2 < 32 ? alphabet[n & 63] : '=';
  }
  return out;
}

}  // namespace fc::report
