// Internal: the Chinese and Japanese families of the scanner (claim-language §13-14).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "grammar/mention.hpp"

namespace fc::grammar {

/// A numeral in 万/亿/億/兆 groups, digits or Hanzi/Kanji (`1.2万亿`, `3兆5000億`, `二十億`,
/// `1万5000`), with the value and precision band of its written digits (P5, P6).
struct cjk_numeral {
  double value = 0;
  double half = 0;
  double odd_unit = 0;      ///< `100多亿`, `10余亿`: (value, value + odd_unit)
  double last_unit = 1;     ///< 10^(place of the last non-zero digit): the unit of 余 after it
  std::size_t end = 0;      ///< past the numeral (and a trailing 余/多)
  bool big_unit = false;    ///< a 万/亿/億/兆 group was written
  bool kanji_only = false;  ///< no Arabic digit: needs a currency or counter to count
};

/// The numeral at `pos`, digits or Hanzi/Kanji; nullopt when there is none.
std::optional<cjk_numeral> parse_cjk_numeral(std::string_view s, std::size_t pos);
/// True when the code point is a Han ideograph or kana (what may follow a CJK figure).
inline bool is_cjk(char32_t c) {
  return (c >= 0x3041 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}
/// True for 〇 零 一 二 两 三 … 九 十 百 千: a Hanzi/Kanji numeral may start with it.
bool is_kanji_numeral(char32_t c);
/// True when a Chinese or Japanese scale word, currency or rate unit starts at `pos`
/// (万, 亿, 億, 兆, 元, 円, ドル, 倍, 割) or a counter (家, 社, 台): the four digits before it
/// are no year.
bool cjk_unit_at(std::string_view s, std::size_t pos);

/// Amounts: 1.2万亿元, 14.4亿元人民币, 人民币3,500亿元, 3兆5000億円, 二十億ドル, 近5亿人次,
/// 300兆瓦.
std::optional<mention> parse_cjk_amount(std::string_view s, std::size_t pos);
/// Rates and multiples written the Chinese or Japanese way: 8割, 3割5分, 三成, 百分之十七,
/// 两个百分点, 2.1倍, 三倍, 倍増, 半減, 翻一番, 翻两番.
std::optional<mention> parse_cjk_rate(std::string_view s, std::size_t pos);
/// Vague amounts: 数十亿元, 数千億円, 上百亿, 十数億, 几亿.
std::optional<mention> parse_cjk_vague(std::string_view s, std::size_t pos);
/// The figure at `pos` that a CJK word or a digit followed by a CJK unit begins, or nullopt.
std::optional<mention> parse_cjk_mention(std::string_view s, std::size_t pos);

/// Reads the hedge, rate, year-relation and forecast words touching each mention of a
/// sentence that has CJK text around it (cjk_context.cpp).
void read_cjk_context(std::string_view s, std::vector<mention>& mentions);

}  // namespace fc::grammar
