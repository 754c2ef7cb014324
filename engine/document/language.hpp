// The language an article is written in, from the scripts of its letters (claim-language §11.2).
#pragma once

#include <string>
#include <string_view>

namespace fc::document {

/// Letters of each script in a text.
struct script_counts {
  std::size_t hangul = 0;  ///< Hangul syllables and jamo
  std::size_t han = 0;     ///< CJK ideographs (Hanzi, Kanji, Hanja)
  std::size_t kana = 0;    ///< hiragana and katakana
  std::size_t latin = 0;   ///< ASCII letters
};

/// Counts the letters of `text` by script.
script_counts count_scripts(std::string_view text);

/// "ko", "ja", "zh" or "en". Korean when Hangul outnumbers ideographs and kana and is at least
/// half the Latin letters; otherwise ideographs and kana decide against Latin letters, and the
/// kana decide between Japanese (Kanji mixed with kana) and Chinese (Hanzi alone). A text with
/// no ideographs and no kana gets the answer of the Korean/English test alone.
std::string detect_language(std::string_view text);

}  // namespace fc::document
