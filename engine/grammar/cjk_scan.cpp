// Where a Chinese or Japanese figure may start and which family reads it: digits followed by a
// Han or kana unit, a Hanzi/Kanji numeral, a currency prefix (人民币) or a vague or multiple
// word (数十亿, 翻一番, 倍増). A numeral inside another (`三千` after `数`) or after an ordinal
// (`第一`, `第3`) starts nothing (§12.1).
#include "grammar/cjk.hpp"
#include "support/utf8.hpp"

namespace fc::grammar {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// Characters before which a Kanji numeral is the tail of another word or number.
bool continues_word(char32_t prev) {
  static constexpr std::u32string_view words = U"第数几幾上余多点十百千万萬亿億兆";
  return is_kanji_numeral(prev) || words.find(prev) != std::u32string_view::npos ||
         (prev < 0x80 && prev >= '0' && prev <= '9');
}

}  // namespace

std::optional<mention> parse_cjk_mention(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return std::nullopt;
  if (digit(s[pos])) {
    if (auto m = parse_cjk_amount(s, pos)) return m;
    return parse_cjk_rate(s, pos);
  }
  char32_t c = utf8::at(s, pos);
  char32_t prev = utf8::before(s, pos);
  if (c == U'人' || c == U'新' || c == U'港' || c == U'U' || c == U'$')
    return parse_cjk_amount(s, pos);
  if (c == U'倍' || c == U'半' || c == U'翻') return parse_cjk_rate(s, pos);
  if (continues_word(prev)) return std::nullopt;
  if (c == U'数' || c == U'几' || c == U'幾' || c == U'上') return parse_cjk_vague(s, pos);
  if (!is_kanji_numeral(c)) return std::nullopt;
  if (c == U'十')
    if (auto v = parse_cjk_vague(s, pos)) return v;  // 十数億, 十几亿
  if (c == U'百')
    if (auto r = parse_cjk_rate(s, pos)) return r;  // 百分之十七
  if (auto m = parse_cjk_amount(s, pos)) return m;
  return parse_cjk_rate(s, pos);
}

}  // namespace fc::grammar
