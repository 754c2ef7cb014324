// Boost.JSON reports a lone high surrogate as a plain syntax error just after its escape, so
// the escapes around the error offset are looked at to name the real problem.
#include "http/body.hpp"

#include <fmt/format.h>

#include <boost/json/parser.hpp>

#include "support/utf8.hpp"

namespace fc::http {
namespace {

namespace json = boost::json;

// The code unit of the \uXXXX escape starting at `at`, or -1.
long unit_at(std::string_view s, std::size_t at) {
  if (at + 6 > s.size() || s[at] != '\\' || s[at + 1] != 'u') return -1;
  long unit = 0;
  for (std::size_t i = at + 2; i < at + 6; ++i) {
    char c = s[i];
    long d = c >= '0' && c <= '9'   ? c - '0'
             : c >= 'a' && c <= 'f' ? c - 'a' + 10
             : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                    : -1;
    if (d < 0) return -1;
    unit = unit * 16 + d;
  }
  return unit;
}

bool is_high(long u) { return u >= 0xD800 && u <= 0xDBFF; }
bool is_low(long u) { return u >= 0xDC00 && u <= 0xDFFF; }

// Where the lone surrogate escape starts when the parser stopped at `n` because of one: a
// high one followed by no escape (a syntax error right after it) or by one that is no low
// surrogate (stopped inside that one), or a low one with no high one before it.
std::optional<std::size_t> lone_surrogate(std::string_view s, std::size_t n) {
  std::size_t at = s.rfind("\\u", n);
  if (at == std::string_view::npos || n > at + 8) return std::nullopt;
  long unit = unit_at(s, at), before = at >= 6 ? unit_at(s, at - 6) : -1;
  if (is_high(unit)) return at;
  if (is_low(unit)) return is_high(before) ? std::nullopt : std::optional(at);
  if (is_high(before)) return at - 6;  // stopped inside the escape after it: "\ud800\u00"
  return std::nullopt;
}

}  // namespace

std::optional<json::value> parse_body(std::string_view body, std::string& error) {
  if (body.empty()) {
    error = "the body is empty; send a JSON object such as {\"text\": \"...\"}";
    return std::nullopt;
  }
  for (std::size_t i = 0; i < body.size();) {
    char32_t cp = 0;
    std::size_t n = utf8::decode(body, i, cp);
    if (n == 0) {
      error = fmt::format("the body is not valid UTF-8: 0x{:02X} at byte {}",
                          static_cast<unsigned char>(body[i]), i);
      return std::nullopt;
    }
    i += n;
  }
  json::parser p;
  boost::system::error_code ec;
  std::size_t n = p.write(body.data(), body.size(), ec);
  if (!ec) return p.release();
  if (ec == json::error::incomplete)
    error = fmt::format("the body ends inside its JSON after {} bytes; was it cut off?", n);
  else if (ec == json::error::extra_data)
    error = fmt::format("invalid JSON at byte {}: data after the JSON value", n);
  else if (auto at = ec == json::error::syntax || ec == json::error::illegal_trailing_surrogate ||
                             ec == json::error::illegal_leading_surrogate
                         ? lone_surrogate(body, n)
                         : std::nullopt)
    error = fmt::format("invalid JSON at byte {}: {} is a lone UTF-16 surrogate", *at,
                        body.substr(*at, 6));
  else
    error = fmt::format("invalid JSON at byte {}: {}", n, ec.message());
  return std::nullopt;
}

}  // namespace fc::http
