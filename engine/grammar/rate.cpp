// Percentages, points and multiples (claim-language §6): 17%, 17 percent, 5%p, 50 bps,
// 20~30%, 3배, 두 배, 2.5-fold, doubled. `2배속`/`3배수` are not multiples (§6.5).
#include <cctype>
#include <optional>
#include <string>

#include "grammar/lexicon.hpp"
#include "grammar/numeral.hpp"
#include "grammar/parsers.hpp"
#include "grammar/x3_common.hpp"

namespace fc::grammar {
namespace {

namespace x3 = boost::spirit::x3;

enum class rate_unit { percent, points, basis_points };

const std::pair<const char*, rate_unit> kRateUnits[] = {{"%p", rate_unit::points},
                                                        {"%P", rate_unit::points},
                                                        {"%포인트", rate_unit::points},
                                                        {"% 포인트", rate_unit::points},
                                                        {"퍼센트포인트", rate_unit::points},
                                                        {"%", rate_unit::percent},
                                                        {"퍼센트", rate_unit::percent},
                                                        {"프로", rate_unit::percent},
                                                        {" percentage points", rate_unit::points},
                                                        {" percentage point", rate_unit::points},
                                                        {"-percentage-point", rate_unit::points},
                                                        {" pp", rate_unit::points},
                                                        {"pp", rate_unit::points},
                                                        {" ppt", rate_unit::points},
                                                        {" percent", rate_unit::percent},
                                                        {" per cent", rate_unit::percent},
                                                        {" pc", rate_unit::percent},
                                                        {"pc", rate_unit::percent},
                                                        {"-percent", rate_unit::percent},
                                                        {" pct", rate_unit::percent},
                                                        {" basis points", rate_unit::basis_points},
                                                        {" basis point", rate_unit::basis_points},
                                                        {"-basis-point", rate_unit::basis_points},
                                                        {" bps", rate_unit::basis_points},
                                                        {"bps", rate_unit::basis_points},
                                                        {" bp", rate_unit::basis_points},
                                                        {"bp", rate_unit::basis_points},
                                                        {" %", rate_unit::percent},
                                                        {"%ポイント", rate_unit::points},
                                                        {"ポイント", rate_unit::points},
                                                        {"パーセントポイント", rate_unit::points},
                                                        {"パーセント", rate_unit::percent},
                                                        {"个百分点", rate_unit::points},
                                                        {"個百分點", rate_unit::points}};
// What may follow the first number of a rate: a unit above or a range separator below.
const char* const kSeparators[] = {"~", "-", " to ", " and "};

struct rate_units_t : x3::symbols<rate_unit> {
  rate_units_t() {
    for (const auto& [text, unit] : kRateUnits) add(text, unit);
  }
};
const rate_units_t rate_units;

// Fast exit: the bytes after the digits must begin a unit or a separator. The number parser
// stops only at the end of the digit run or at a ',' or '.' that no unit begins with.
bool unit_may_follow(std::string_view s, std::size_t pos) {
  static const auto filter = [] {
    lexicon::start_filter f;
    for (const auto& u : kRateUnits) f.add(u.first);
    for (auto sep : kSeparators) f.add(sep);
    return f;
  }();
  std::size_t e = pos;
  while (e < s.size() &&
         (std::isdigit(static_cast<unsigned char>(s[e])) || s[e] == ',' || s[e] == '.'))
    ++e;
  return filter.may_start(s, e);
}

bool expected_growth_before(std::string_view before) {
  for (std::string_view v :
       {"to grow ",      "will grow ",   "would grow ",    "could grow ", "to rise ",
        "will rise ",    "to increase ", "will increase ", "to expand ",  "will expand ",
        "to climb ",     "growth of ",   "to grow by ",    "to rise by ", "to increase by ",
        "will grow by ", "growing ",     "growing by ",    "growing at ", "expanding ",
        "expanding at ", "to grow at ",  "to expand at "})
    if (before.ends_with(v)) return true;
  return false;
}

// "of " right before the number, past a hedge ("a decline of about 2% to 3%").
bool of_before(std::string_view before) {
  for (std::string_view hedge : {"about ", "around ", "roughly ", "some ", "approximately "})
    if (before.ends_with(hedge)) {
      before.remove_suffix(hedge.size());
      break;
    }
  return before.ends_with(" of ");
}

bool yearly_after(std::string_view after) {
  for (std::string_view tail : {" a year", " per year", " annually", " per annum", " each year"})
    if (after.starts_with(tail)) return true;
  return false;
}

// " to 12%" right after a percent: the upper number and where the range ends.
std::optional<std::pair<std::string_view, std::size_t>> percent_after_to(std::string_view s,
                                                                         std::size_t at) {
  if (s.substr(at, 4) != " to ") return std::nullopt;
  std::size_t b = at + 4, e = b;
  while (e < s.size() && (std::isdigit(static_cast<unsigned char>(s[e])) || s[e] == '.')) ++e;
  if (e == b || e >= s.size() || s[e] != '%') return std::nullopt;
  if (e + 1 < s.size() && std::isalnum(static_cast<unsigned char>(s[e + 1]))) return std::nullopt;
  return std::pair{s.substr(b, e - b), e + 1};
}

}  // namespace

std::optional<mention> parse_rate(std::string_view s, std::size_t pos) {
  if (!unit_may_follow(s, pos)) return std::nullopt;
  std::string_view first, second;
  rate_unit unit{};
  auto clear_second = [&](auto&) { second = {}; };
  auto view = [](const auto& range) {
    return std::string_view(&*range.begin(), static_cast<std::size_t>(range.end() - range.begin()));
  };
  auto set_first = [&](auto& ctx) { first = view(x3::_attr(ctx)); };
  auto set_second = [&](auto& ctx) { second = view(x3::_attr(ctx)); };
  auto set_unit = [&](auto& ctx) { unit = x3::_attr(ctx); };
  // "10%至15%", "5～8%": the CJK range marks join the ends too.
  auto const cjk_sep = x3::lit("至") | x3::lit("～") | x3::lit("〜");
  auto const sep = x3::lit('~') | x3::lit('-') | x3::lit(" to ") | x3::lit(" and ") | cjk_sep;
  auto const tight_sep = x3::lit('~') | x3::lit('-') | cjk_sep;
  auto const units = x3p::ref(rate_units);
  // "20~30%", "20 to 30%", "20%~30%", "17%": the unit closes a range, or sits on both ends
  // of a tight one. "10% to 15%" is two levels (a move), not a range.
  // The first number is parsed once; each ending starts with no second number.
  // "7,2 %": a comma before one or two digits and the unit is a decimal comma (European
  // writers' English); a comma before three digits stays a separator.
  auto const decimal_comma =
      x3::raw[x3::lexeme[+x3::digit >> ',' >> x3::repeat(1, 2)[x3::digit] >> !x3::digit]];
  auto const grammar =
      (decimal_comma[set_first] >> x3::eps[clear_second] >> units[set_unit]) |
      x3p::number[set_first] >>
          ((x3::eps[clear_second] >> sep >> x3p::number[set_second] >> units[set_unit]) |
           (x3::eps[clear_second] >> units >> tight_sep >> x3p::number[set_second] >>
            units[set_unit]) |
           (x3::eps[clear_second] >> units[set_unit]));
  auto it = s.begin() + static_cast<std::ptrdiff_t>(pos);
  if (!x3::parse(it, s.end(), grammar)) return std::nullopt;
  std::size_t end = static_cast<std::size_t>(it - s.begin());
  // `%` ends a token by itself; word units need a word or particle boundary.
  bool symbol_end = s[end - 1] == '%';
  if (!symbol_end && !ko_boundary(s, end)) return std::nullopt;
  if (symbol_end && end < s.size() && std::isalnum(static_cast<unsigned char>(s[end])))
    return std::nullopt;
  // "expects revenue to grow 8% to 12%": after a verb of expected growth, two percents joined
  // by "to" are one range. "rose 2% to 12%" (a change to a level) stays two mentions.
  // So are two after "of" ("declines of 2% to 3%", "a CAGR of 5% to 7%"), and two with a yearly
  // rate's tail ("2% to 3% a year"): a level reached is not a yearly rate.
  if (second.empty() && symbol_end)
    if (auto high = percent_after_to(s, end);
        high && (expected_growth_before(s.substr(0, pos)) || of_before(s.substr(0, pos)) ||
                 yearly_after(s.substr(high->second)))) {
      second = high->first;
      end = high->second;
    }
  int exponent = unit == rate_unit::basis_points ? -4 : -2;
  std::string decimal;
  if (std::size_t comma = first.find(',');
      comma != std::string_view::npos && first.size() - comma <= 3)
    first = decimal =
        std::string(first.substr(0, comma)) + "." + std::string(first.substr(comma + 1));
  numeral_builder a;
  if (!a.add(first, exponent) || !a.value()) return std::nullopt;
  mention m;
  m.kind = unit == rate_unit::percent ? mention_kind::percent : mention_kind::points;
  m.begin = pos;
  m.end = end;
  m.value = *a.value();
  m.half = a.half_width();
  if (!second.empty()) {
    // "from 10 to 15%" is a move between two levels; the scanner reads them one by one.
    if (s.substr(0, pos).ends_with("from ") &&
        s.substr(pos + first.size(), 4) == std::string_view(" to "))
      return std::nullopt;
    numeral_builder b;
    if (!b.add(second, exponent) || !b.value() || *b.value() < m.value) return std::nullopt;
    m.is_range = true;
    m.range_high = *b.value();
  }
  return m;
}

}  // namespace fc::grammar
