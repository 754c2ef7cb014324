// Relative years and spans of years in Chinese and Japanese (claim-language §7.2): 今年, 明年,
// 去年, 来年, 昨年, 前年, 今年度, 今後5年間, 未来五年, 近五年, 過去10年.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace fc::grammar {

enum class time_word_kind {
  relative_year,  ///< a year named from the article date: `offset` years away
  years_ahead,    ///< the `length` years from the article date on (今後5年間, 未来五年)
  years_past      ///< the `length` years up to the article date (近五年, 過去10年)
};

/// One relative time word, with byte offsets into the sentence.
struct time_word {
  time_word_kind kind = time_word_kind::relative_year;
  std::size_t begin = 0;
  std::size_t end = 0;
  int offset = 0;       ///< relative years: 0 this year, -1 last year, +1 next year
  int length = 0;       ///< spans: the number of years
  bool fiscal = false;  ///< 今年度, 来年度, 前年度: a Japanese fiscal year
};

/// The relative time words of one sentence of language "zh" or "ja", in text order. 前年 is
/// two years back in Chinese and one in Japanese; comparison cues (前年比, 比上年, 较去年同期)
/// name the base of a rate, not the year of a figure, and are left out.
std::vector<time_word> scan_time_words(std::string_view sentence, std::string_view lang);

}  // namespace fc::grammar
