// UTF-8 decoding helpers: validation, code point stepping and display width.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace fc::utf8 {

/// Decodes one code point at `pos`; returns its byte length, or 0 when the bytes there are
/// not valid UTF-8 (overlong, surrogate, truncated or out of range).
std::size_t decode(std::string_view s, std::size_t pos, char32_t& out);

/// Appends the UTF-8 encoding of `cp`.
void append(std::string& out, char32_t cp);

/// Terminal columns a code point takes (2 for East Asian wide characters).
int display_width(char32_t cp);

/// True for Hangul syllables U+AC00..U+D7A3.
inline bool is_hangul(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }

/// The final consonant (jongseong) index of a Hangul syllable: 0 for none, 8 for ㄹ; -1 when
/// `c` is no syllable.
inline int hangul_final(char32_t c) {
  return is_hangul(c) ? static_cast<int>((c - 0xAC00) % 28) : -1;
}

/// True for CJK ideographs, kana and Hangul (letters with no case and no spaces between words).
bool is_cjk_letter(char32_t c);

/// Code point before byte offset `pos` (0 when at the start or not decodable).
char32_t before(std::string_view s, std::size_t pos);

/// Code point at byte offset `pos` (0 when at the end or not decodable).
char32_t at(std::string_view s, std::size_t pos);

/// `s` with its ASCII letters lowered; other bytes (UTF-8 sequences) unchanged, so offsets hold.
std::string ascii_lowered(std::string_view s);

}  // namespace fc::utf8
