// Multiples (claim-language §6.5): 3배, 두 배, 2.5-fold, 2x, ten times, doubled, tenfold. Speeds
// and divisors (`2배속`, `3배수`, `2배 빠른`) are not changes of a size.
#include <cctype>
#include <optional>
#include <string>

#include "grammar/numeral.hpp"
#include "grammar/parsers.hpp"
#include "grammar/x3_common.hpp"
#include "support/utf8.hpp"

namespace fc::grammar {
namespace {

namespace x3 = boost::spirit::x3;

struct factor_words_t : x3::symbols<double> {
  factor_words_t() {
    add("두 배", 2)("두배", 2)("세 배", 3)("세배", 3)("네 배", 4)("네배", 4)("다섯 배", 5)(
        "열 배", 10)("여섯 배", 6)("일곱 배", 7)("여덟 배", 8)("아홉 배", 9)("스무 배", 20)(
        "doubled", 2)("doubling", 2)("double", 2)("tripled", 3)("tripling", 3)("triple", 3)(
        "quadrupling", 4)("quadrupled", 4)("quadruple", 4)("twofold", 2)("threefold", 3)(
        "fourfold", 4)("fivefold", 5)("sixfold", 6)("sevenfold", 7)("eightfold", 8)("ninefold", 9)(
        "tenfold", 10)("twentyfold", 20)("hundredfold", 100)("two-fold", 2)("three-fold", 3)(
        "four-fold", 4)("five-fold", 5)("six-fold", 6)("seven-fold", 7)("eight-fold", 8)(
        "nine-fold", 9)("ten-fold", 10)("halved", 0.5)("two times", 2)("three times", 3)(
        "four times", 4)("five times", 5)("six times", 6)("seven times", 7)("eight times", 8)(
        "nine times", 9)("ten times", 10);
  }
};
const factor_words_t factor_words;

// "three times a year", "10 times in 2023", "five times since 2020": how often, not how much.
bool frequency_follows(std::string_view s, std::size_t end) {
  if (end < 6 || s.substr(end - 6, 6) != " times") return false;
  std::string_view a = s.substr(end, 16);
  // "four times this year's level": a possessive names the multiple's base.
  for (std::string_view w : {" this year's", " this year’s", " last year's", " last year’s"})
    if (a.starts_with(w)) return false;
  for (std::string_view w : {" a ", " an ", " per ", " each ", " every ", " in ", " so far",
                             " this ", " last ", " since ", " during ", " before ", " within "})
    if (a.starts_with(w)) return true;
  return false;
}

// "double-glass bifacial panels", "triple-digit", "double-decker": a word joined on by a hyphen
// makes a compound adjective, not a multiple.
bool compound_follows(std::string_view s, std::size_t end) {
  return end + 1 < s.size() && s[end] == '-' &&
         std::isalpha(static_cast<unsigned char>(s[end + 1]));
}

bool speed_or_divisor(std::string_view s, std::size_t end) {
  return s.substr(end, 3) == "속" || s.substr(end, 3) == "수" || s.substr(end, 4) == " 빠" ||
         s.substr(end, 3) == "빠";
}

}  // namespace

std::optional<mention> parse_factor(std::string_view s, std::size_t pos) {
  mention m;
  m.kind = mention_kind::factor;
  m.begin = pos;
  double word_value = 0;
  std::size_t end = 0;
  if (x3p::parse_at(s, pos, factor_words, word_value, end)) {
    bool korean = utf8::is_hangul(utf8::at(s, pos));
    if (korean ? !ko_boundary(s, end) || speed_or_divisor(s, end)
               : !word_boundary(s, end) || frequency_follows(s, end) || compound_follows(s, end))
      return std::nullopt;
    m.end = end;
    m.value = word_value;
    m.half = word_value == 0.5 ? 0.05 : (word_value >= 10 ? 5 : 0.5);  // P6, P7
    return m;
  }
  auto const unit = x3::lit("배") | x3::lit("-fold") | x3::lit(" fold") | x3::lit("fold") |
                    x3::lit('x') | x3::lit('X') | x3::lit("times");
  auto const grammar = x3p::number >> -x3::lit(' ') >> unit;
  auto it = s.begin() + static_cast<std::ptrdiff_t>(pos);
  if (!x3::parse(it, s.end(), grammar)) return std::nullopt;
  end = static_cast<std::size_t>(it - s.begin());
  bool korean = end >= pos + 3 && s.substr(end - 3, 3) == "배";
  if (korean ? !ko_boundary(s, end) || speed_or_divisor(s, end)
             : !word_boundary(s, end) || frequency_follows(s, end))
    return std::nullopt;
  std::size_t num_end = 0;
  if (!x3p::match_at(s, pos, x3p::number, num_end)) return std::nullopt;
  std::string_view digits = s.substr(pos, num_end - pos);
  numeral_builder num;
  if (!num.add(digits, 0) || !num.value()) return std::nullopt;
  m.end = end;
  m.value = *num.value();
  m.half = num.half_width();
  return m;
}

}  // namespace fc::grammar
