// SHA-256 (FIPS 180-4) for content hashes: the archive keys an article by path and hash.
#pragma once

#include <string>
#include <string_view>

namespace fc {

/// The SHA-256 digest of `bytes` as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace fc
