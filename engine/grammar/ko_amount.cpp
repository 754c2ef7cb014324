// Korean amounts (claim-language §3.2, §4.2, §5): descending 만/억/조/경 groups with 천/백/십
// inside, `여`, spacing variants, then a currency or counter that must end at a particle.
#include <optional>
#include <string>
#include <vector>

#include "grammar/lexicon.hpp"
#include "grammar/numeral.hpp"
#include "grammar/parsers.hpp"
#include "grammar/x3_common.hpp"
#include "support/utf8.hpp"

namespace fc::grammar {
namespace {

namespace x3 = boost::spirit::x3;

// A run of digits and the place of its units digit within its group: `5천7백43억` is the
// parts 5 (3), 7 (2) and 43 (0) of the group 억.
struct part {
  std::string digits;
  int place = 0;
};

struct group {
  std::vector<part> parts;
  bool odd = false;
  int big = 0;
  std::size_t end = 0;
};

struct big_units_t : x3::symbols<int> {
  big_units_t() { add("만", 4)("억", 8)("조", 12)("경", 16); }
};
struct small_units_t : x3::symbols<int> {
  small_units_t() { add("천", 3)("백", 2)("십", 1); }
};
const big_units_t big_units;
const small_units_t small_units;
const lexicon::word_index currency_table(lexicon::ko_currencies, lexicon::ko_currency_count);
const lexicon::word_index counter_table(lexicon::ko_counters, lexicon::ko_counter_count);

// Parses the groups of a numeral at `pos`; returns false when no big unit follows the digits.
bool parse_groups(std::string_view s, std::size_t pos, std::vector<group>& groups,
                  std::string& rest, std::size_t& end) {
  group cur;
  std::string pending;  // digits read since the last small unit
  auto begin = s.begin();
  auto digits_of = [](auto& ctx) {
    return std::string(x3::_attr(ctx).begin(), x3::_attr(ctx).end());
  };
  auto reset = [&](auto&) {
    cur = group{};
    pending.clear();
  };
  auto lead = [&](auto& ctx) { pending = digits_of(ctx); };
  auto odd = [&](auto&) { cur.odd = true; };
  // `5천7백43억`: each small unit places the digit before it (`백` alone is one hundred). Below
  // the first, a small unit takes one digit and a smaller place than the one before, else
  // the run is no numeral (`7백5천`, `5천37백`).
  auto small = [&](auto& ctx) {
    int place = x3::_attr(ctx);
    bool first = cur.parts.empty();
    if (!first && (pending.size() > 1 || place >= cur.parts.back().place)) {
      x3::_pass(ctx) = false;
      return;
    }
    cur.parts.push_back(part{pending.empty() ? std::string("1") : pending, place});
    pending.clear();
  };
  auto tail = [&](auto& ctx) { pending = digits_of(ctx); };
  auto big = [&](auto& ctx) {
    cur.big = x3::_attr(ctx);
    if (!pending.empty()) cur.parts.push_back(part{pending, 0});
    pending.clear();
  };
  auto push = [&](auto& ctx) {
    cur.end = static_cast<std::size_t>(x3::_where(ctx).begin() - begin);
    groups.push_back(cur);
  };
  bool rest_spaced = false;
  // The tail is read whole before it is kept: an action inside an alternative that fails
  // later would leave a tail the numeral does not hold ("1조 06600").
  auto take_rest = [&](auto& ctx) {
    rest = digits_of(ctx);
    rest_spaced = rest.starts_with(' ');
    if (rest_spaced) rest.erase(0, 1);
  };
  auto const smalls = x3p::ref(small_units);
  auto const bigs = x3p::ref(big_units);
  auto const one_group = x3::eps[reset] >> x3p::number[lead] >> -x3::lit("여")[odd] >>
                         *(smalls[small] >> -x3p::plain_digits[tail]) >> -x3::lit(' ') >>
                         bigs[big] >> -x3::lit("여")[odd] >> x3::eps[push];
  // "20만5천대", "9천900원": below 만, a group of small units only ends a numeral, or is one.
  auto units_place = [&](auto&) {
    if (!pending.empty()) cur.parts.push_back(part{pending, 0});
    pending.clear();
  };
  auto const small_only = x3::eps[reset] >> x3p::number[lead] >>
                          +(smalls[small] >> -x3p::plain_digits[tail]) >> !x3::digit >>
                          x3::eps[units_place] >> x3::eps[push];
  auto const numeral = one_group >> *(-x3::lit(' ') >> one_group) >>
                       // "16만 5천 톤": the units below 만 may follow after a space.
                       -((-x3::lit(' ') >> small_only) |
                         // "2만 7,000대": the units below 만 may carry a thousands comma.
                         x3::raw[-x3::lit(' ') >> ((x3::digit >> ',' >> x3::repeat(3)[x3::digit]) |
                                                   x3::repeat(1, 4)[x3::digit]) >>
                                 !x3::digit][take_rest]);
  auto it = s.begin() + static_cast<std::ptrdiff_t>(pos);
  if (!x3::parse(it, s.end(), numeral)) {
    // "9천900원", "3천원", "9천9백원": a numeral of small units only is an amount only with a
    // currency or counter after it, which the caller requires; never the tail of a numeral
    // whose big unit comes before it ("20만" + "5천대").
    if (pos >= 3 && (s.substr(pos - 3, 3) == "만" || s.substr(pos - 3, 3) == "억" ||
                     s.substr(pos - 3, 3) == "조" || s.substr(pos - 3, 3) == "경"))
      return false;
    groups.clear();
    it = s.begin() + static_cast<std::ptrdiff_t>(pos);
    if (!x3::parse(it, s.end(), small_only)) return false;
    end = static_cast<std::size_t>(it - s.begin());
    return true;
  }
  // Keep the prefix of groups whose units descend (`3억 2억` is two amounts, not one).
  std::size_t keep = 1;
  while (keep < groups.size() && groups[keep].big < groups[keep - 1].big) ++keep;
  if (keep < groups.size()) {
    groups.resize(keep);
    rest.clear();
    end = groups.back().end;
    return true;
  }
  end = static_cast<std::size_t>(it - s.begin());
  if (!rest.empty() && groups.back().big < 4) {  // 1천2000 is not a Korean numeral
    end -= rest.size() + (rest_spaced ? 1 : 0);
    rest.clear();
  }
  // "3만 8000대", "7만 2000달러": a spaced tail belongs to the numeral only when the numeral's
  // currency or counter follows it; "1000억 2025년" is an amount and a year.
  if (!rest.empty() && rest_spaced) {
    std::size_t unit_pos = end < s.size() && s[end] == ' ' ? end + 1 : end;
    if (!currency_table.find(s, unit_pos) && !counter_table.find(s, unit_pos)) {
      end -= rest.size() + 1;
      rest.clear();
    }
  }
  return true;
}

}  // namespace

bool ko_scale_follows(std::string_view s, std::size_t pos) {
  std::size_t e = pos;
  while (e < s.size() && ((s[e] >= '0' && s[e] <= '9') || s[e] == ',' || s[e] == '.')) ++e;
  if (s.compare(e, 3, "여") == 0) e += 3;
  if (e < s.size() && s[e] == ' ') ++e;
  if (e + 3 > s.size()) return false;
  // Compared as bytes: this runs after most numbers, and all the units are three-byte syllables.
  static constexpr std::string_view units[] = {"만", "억", "조", "경", "천", "백", "십"};
  const char* p = s.data() + e;
  for (auto u : units)
    if (p[0] == u[0] && p[1] == u[1] && p[2] == u[2]) return true;
  return false;
}

bool attach_ko_unit(std::string_view s, std::size_t end, mention& m) {
  // Currency or counter, one optional space before it.
  std::size_t unit_pos = end;
  if (unit_pos < s.size() && s[unit_pos] == ' ') ++unit_pos;
  if (auto cur = currency_table.find(s, unit_pos)) {
    std::size_t after = unit_pos + cur->text.size();
    if (s.substr(after, 3) == "화") after += 3;  // 엔화, 위안화 name the currency
    if (ko_boundary(s, after)) {
      m.currency = std::string(cur->value);
      m.end = after;
      return true;
    }
  }
  if (auto cnt = counter_table.find(s, unit_pos)) {
    std::size_t after = unit_pos + cnt->text.size();
    // `100억대`, `백억대`: 대 glued to 억/조 is a band ("in the 10-billion range"), not vehicles.
    // Unless units were counted in 대 just before ("1억5000만대에서 2028년 2억대에").
    if (cnt->text == "대" && unit_pos == end && end >= 3 &&
        (s.substr(end - 3, 3) == "억" || s.substr(end - 3, 3) == "조" ||
         s.substr(end - 3, 3) == "경")) {
      std::size_t from = end > 160 ? end - 160 : 0;
      std::string_view lead = s.substr(from, end - 3 - from);
      if (lead.find("만대") == std::string_view::npos &&
          lead.find("천대") == std::string_view::npos &&
          lead.find("만 대") == std::string_view::npos)
        return false;
    }
    // "3명" counts little; a physical unit ("517.9GWh", "30GW") measures at any size.
    bool physical = cnt->value.find('W') != std::string_view::npos || cnt->value == "litres" ||
                    cnt->value == "CGT";
    if (ko_boundary(s, after) && (m.big_unit || m.value >= 1000 || physical)) {
      m.unit = std::string(cnt->value);
      m.end = after;
      return true;
    }
  }
  return false;
}

std::optional<mention> parse_ko_amount(std::string_view s, std::size_t pos) {
  std::vector<group> groups;
  std::string rest;
  std::size_t end = pos;
  numeral_builder num;
  mention m;
  m.begin = pos;
  // Most numbers carry no Korean scale word: rule the group grammar out with one look.
  if (ko_scale_follows(s, pos) && parse_groups(s, pos, groups, rest, end)) {
    double odd_unit = 0;
    for (const auto& g : groups) {
      for (const auto& p : g.parts)
        if (!num.add(p.digits, g.big + p.place)) return std::nullopt;
      if (g.odd) odd_unit = 1;  // computed below from the last non-zero digit
    }
    if (!rest.empty() && !num.add(rest, 0)) return std::nullopt;
    if (odd_unit > 0) m.odd_unit = num.last_unit();
    m.big_unit = groups.back().big > 0;  // not "9천900원", which needs its currency
  } else {
    if (!x3p::match_at(s, pos, x3p::number, end)) return std::nullopt;
    std::string_view digits = s.substr(pos, end - pos);
    if (!num.add(digits, 0)) return std::nullopt;
  }
  auto value = num.value();
  if (!value) return std::nullopt;
  m.value = *value;
  m.half = num.half_width();
  if (attach_ko_unit(s, end, m)) return m;
  if (!m.big_unit) return std::nullopt;
  if (!ko_boundary(s, end)) return std::nullopt;
  m.end = end;
  return m;  // a bare big-unit amount; the claims layer may infer its currency (§4.5)
}

}  // namespace fc::grammar
