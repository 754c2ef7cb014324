// Sino-Korean numerals spelled in Hangul (claim-language §3.2, P6): `일조 이천억 원`, `삼십억
// 달러`, `백만 명`. The same syllables are everyday words (일 day, 이 this, 삼 ginseng, 구조
// structure), so a run counts only when it starts a word, holds a big unit or small unit, is all
// numerals, and a currency or counter follows.
#include <optional>
#include <string_view>
#include <vector>

#include "grammar/numeral.hpp"
#include "grammar/parsers.hpp"
#include "grammar/x3_common.hpp"
#include "support/utf8.hpp"

namespace fc::grammar {
namespace {

namespace x3 = boost::spirit::x3;

struct digits_t : x3::symbols<char> {
  digits_t() {
    add("일", '1')("이", '2')("삼", '3')("사", '4')("오", '5')("육", '6')("칠", '7')("팔", '8')(
        "구", '9');
  }
};
struct small_units_t : x3::symbols<int> {
  small_units_t() { add("천", 3)("백", 2)("십", 1); }
};
struct big_units_t : x3::symbols<int> {
  big_units_t() { add("만", 4)("억", 8)("조", 12)("경", 16); }
};
const digits_t digits;
const small_units_t small_units;
const big_units_t big_units;

// One written digit and the power of ten it stands at within its group (`이천` = '2' at 3).
struct term {
  char digit = '1';
  int place = 0;
};

}  // namespace

std::optional<mention> parse_hangul_amount(std::string_view s, std::size_t pos) {
  if (utf8::is_hangul(utf8::before(s, pos))) return std::nullopt;  // inside a word
  numeral_builder num;
  int last_big = 1 << 10;
  int units_seen = 0;
  term pending;
  bool have_digit = false;
  std::vector<term> group;
  auto const on_digit = [&](auto& ctx) {
    pending = term{x3::_attr(ctx), 0};
    have_digit = true;
  };
  auto const on_small = [&](auto& ctx) {
    group.push_back(term{have_digit ? pending.digit : '1', x3::_attr(ctx)});
    have_digit = false;
    ++units_seen;
  };
  auto const on_big = [&](auto& ctx) {
    if (have_digit) group.push_back(pending);
    have_digit = false;
    int big = x3::_attr(ctx);
    if (big >= last_big || group.empty()) {  // `억 만` or a bare unit: not one numeral
      x3::_pass(ctx) = false;
      return;
    }
    for (const auto& t : group) num.add(std::string_view(&t.digit, 1), big + t.place);
    group.clear();
    last_big = big;
    ++units_seen;
  };
  auto const digit = x3p::ref(digits);
  auto const smalls = x3p::ref(small_units);
  auto const bigs = x3p::ref(big_units);
  auto const one_group =
      *(-digit[on_digit] >> smalls[on_small]) >> -digit[on_digit] >> bigs[on_big];
  auto const numeral = one_group >> *(-x3::lit(' ') >> one_group);
  auto it = s.begin() + static_cast<std::ptrdiff_t>(pos);
  if (!x3::parse(it, s.end(), numeral) || units_seen == 0) return std::nullopt;
  auto value = num.value();
  if (!value) return std::nullopt;
  mention m;
  m.begin = pos;
  m.value = *value;
  m.half = num.half_width();
  m.big_unit = true;
  if (!attach_ko_unit(s, static_cast<std::size_t>(it - s.begin()), m)) return std::nullopt;
  return m;
}

}  // namespace fc::grammar
