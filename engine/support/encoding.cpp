// Without a BOM the guess must not turn binary files into text: every unit has to be a
// plausible character, and the NUL bytes have to sit on the side where ASCII puts them.
#include "support/encoding.hpp"

#include <algorithm>
#include <cstdint>

namespace fc {
namespace {

constexpr std::size_t sniff_bytes = 8000;  // as much as the binary test looks at

bool plausible(char32_t c) {
  if (c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f') return true;
  return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && c <= 0x10FFFF &&
         !(c >= 0xD800 && c <= 0xDFFF);
}

std::uint32_t byte(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

// Without a BOM, NUL bytes must be where ASCII characters put them (`need_nuls`).
bool reads_as_utf16(std::string_view s, bool big_endian, bool need_nuls) {
  if (s.size() % 2 != 0) return false;
  std::size_t n = std::min(s.size(), sniff_bytes);
  std::size_t nul_high = 0, nul_low = 0;
  for (std::size_t i = 0; i + 1 < n; i += 2) {
    std::uint32_t lo = byte(s, i + (big_endian ? 1 : 0)), hi = byte(s, i + (big_endian ? 0 : 1));
    nul_high += hi == 0, nul_low += lo == 0;
    char32_t unit = static_cast<char32_t>(hi << 8 | lo);
    if (unit >= 0xD800 && unit <= 0xDBFF) {  // a lead surrogate needs its trail
      if (i + 3 >= n) break;
      std::uint32_t lo2 = byte(s, i + 2 + (big_endian ? 1 : 0));
      std::uint32_t hi2 = byte(s, i + 2 + (big_endian ? 0 : 1));
      char32_t trail = static_cast<char32_t>(hi2 << 8 | lo2);
      if (trail < 0xDC00 || trail > 0xDFFF) return false;
      i += 2;
      continue;
    }
    if (!plausible(unit)) return false;
  }
  return !need_nuls || (nul_high > 0 && nul_high >= 4 * nul_low);
}

bool reads_as_utf32(std::string_view s, bool big_endian) {
  if (s.size() % 4 != 0) return false;
  std::size_t n = std::min(s.size(), sniff_bytes) / 4 * 4;
  for (std::size_t i = 0; i < n; i += 4) {
    char32_t c = 0;
    for (std::size_t k = 0; k < 4; ++k)
      c |= static_cast<char32_t>(byte(s, i + (big_endian ? 3 - k : k))) << (8 * k);
    if (!plausible(c)) return false;
  }
  return true;
}

}  // namespace

std::optional<std::string_view> foreign_encoding(std::string_view s) {
  using namespace std::string_view_literals;
  // A BOM is believed when what follows reads in its encoding: "\xFF\xFE" is also just two
  // bytes of invalid UTF-8.
  if (s.starts_with("\xFF\xFE\0\0"sv) && reads_as_utf32(s.substr(4), false)) return "UTF-32LE";
  if (s.starts_with("\0\0\xFE\xFF"sv) && reads_as_utf32(s.substr(4), true)) return "UTF-32BE";
  if (s.starts_with("\xFF\xFE"sv) && reads_as_utf16(s.substr(2), false, false)) return "UTF-16LE";
  if (s.starts_with("\xFE\xFF"sv) && reads_as_utf16(s.substr(2), true, false)) return "UTF-16BE";
  // UTF-8 never holds a NUL byte, so text without one is not guessed at.
  if (s.substr(0, sniff_bytes).find('\0') == std::string_view::npos) return std::nullopt;
  if (!s.empty() && reads_as_utf32(s, false)) return "UTF-32LE";
  if (!s.empty() && reads_as_utf32(s, true)) return "UTF-32BE";
  if (reads_as_utf16(s, false, true)) return "UTF-16LE";
  if (reads_as_utf16(s, true, true)) return "UTF-16BE";
  return std::nullopt;
}

}  // namespace fc
