// SHA-256 (FIPS 180-4): the archive keys an article by path and content hash, and the report
// hashes its inline script for its Content-Security-Policy.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace fc {

/// The SHA-256 digest of `bytes`: 32 bytes.
std::array<unsigned char, 32> sha256(std::string_view bytes);

/// The SHA-256 digest of `bytes` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace fc
