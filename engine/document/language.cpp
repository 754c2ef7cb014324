// Language detection by script. Japanese prose writes its particles and verb endings in
// hiragana, so even a Kanji-heavy sentence has kana in a tenth of its ideographs or more;
// Chinese has none (a katakana name quoted in Chinese stays far below that share).
#include "document/language.hpp"

#include "support/utf8.hpp"

namespace fc::document {
namespace {

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F) || c == 0x3005;  // 々
}

bool is_kana(char32_t c) {
  // Hiragana, katakana (without the middle dot U+30FB, also used in Chinese lists), the
  // phonetic extensions and half-width katakana.
  return (c >= 0x3041 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FF && c != 0x30FB) ||
         (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F);
}

}  // namespace

script_counts count_scripts(std::string_view text) {
  script_counts n;
  for (std::size_t i = 0; i < text.size();) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      n.latin += (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
      ++i;
      continue;
    }
    char32_t cp = 0;
    std::size_t len = utf8::decode(text, i, cp);
    if (utf8::is_hangul(cp) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F))
      ++n.hangul;
    else if (is_han(cp))
      ++n.han;
    else if (is_kana(cp))
      ++n.kana;
    i += len ? len : 1;
  }
  return n;
}

std::string detect_language(std::string_view text) {
  script_counts n = count_scripts(text);
  std::size_t cjk = n.han + n.kana;
  bool korean = n.hangul > 0 && n.hangul * 2 >= n.latin;
  // Without ideographs or kana this is the test the claims layer has always used.
  if (cjk == 0) return korean ? "ko" : "en";
  if (korean && n.hangul >= cjk) return "ko";  // Korean with Hanja
  // One ideograph carries about a word, so two of them weigh against a Latin word's letters.
  if (cjk * 2 < n.latin) return "en";
  return n.kana * 10 >= n.han && n.kana > 0 ? "ja" : "zh";
}

}  // namespace fc::document
