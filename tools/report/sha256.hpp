// SHA-256 and base64, for the Content-Security-Policy hash of the report's one inline script.
#pragma once

#include <string>
#include <string_view>

namespace fc::report {

/// base64(SHA-256(data)), the form CSP's 'sha256-…' source expects.
std::string sha256_base64(std::string_view data);

}  // namespace fc::report
