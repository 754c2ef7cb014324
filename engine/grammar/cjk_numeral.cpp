// Chinese and Japanese numerals (claim-language §3.1, §3.4, §13, §14): 万/亿/億/兆 groups in
// descending order, each written in digits (`1.2万亿`, `3兆5000億`, `3千万`) or in Hanzi/Kanji
// (`二十億`, `三千二百万`, `一千零五`), then up to four digits below 万 (`1万5000`). 兆 is a
// trillion in money and a mega in unit words, so `300兆瓦` stops before it (§12.2).
#include <string>
#include <vector>

#include "grammar/cjk.hpp"
#include "grammar/numeral.hpp"
#include "grammar/x3_common.hpp"
#include "support/utf8.hpp"

namespace fc::grammar {
namespace {

namespace x3 = boost::spirit::x3;

struct kanji_digits_t : x3::symbols<char> {
  kanji_digits_t() {
    add("一", '1')("二", '2')("两", '2')("兩", '2')("三", '3')("四", '4')("五", '5')("六", '6')(
        "七", '7')("八", '8')("九", '9');
  }
};
struct small_units_t : x3::symbols<int> {
  small_units_t() { add("十", 1)("百", 2)("千", 3); }
};
struct big_units_t : x3::symbols<int> {
  big_units_t() { add("万亿", 12)("萬億", 12)("亿", 8)("億", 8)("万", 4)("萬", 4); }
};
const kanji_digits_t kanji_digits;
const small_units_t small_units;
const big_units_t big_units;

// Digits placed within their group: `3千` is "3" at 3, `二十` is "2" at 1, `5000` is "5000" at 0.
struct piece {
  std::string digits;
  int place = 0;
};
struct group {
  std::vector<piece> pieces;
  int big = 0;
  std::size_t end = 0;
};

}  // namespace

bool is_kanji_numeral(char32_t c) {
  static constexpr std::u32string_view numerals = U"〇零一二两兩三四五六七八九十百千";
  return numerals.find(c) != std::u32string_view::npos;
}

bool cjk_unit_at(std::string_view s, std::size_t pos) {
  if (pos < s.size() && s[pos] == ' ') ++pos;
  // A counter of firms, stores, models or sites ("超过1500家", "1800社", "1200款") counts
  // things: a year is written with 年.
  static constexpr std::string_view units[] = {"万",   "萬", "亿", "億", "兆", "元", "円", "ドル",
                                               "美元", "倍", "割", "人", "个", "多", "余", "家",
                                               "社",   "店", "款", "座", "项", "户", "件", "辆"};
  for (auto u : units)
    if (s.substr(pos, u.size()) == u) return true;
  return false;
}

std::optional<cjk_numeral> parse_cjk_numeral(std::string_view s, std::size_t pos) {
  std::vector<group> groups;
  group cur;
  std::string lead;  // the digits of an Arabic group, placed by its small unit or at 0
  char kdigit = 0;   // the Kanji digit read since the last small unit
  bool odd = false, arabic = false;
  auto begin = s.begin();
  auto reset = [&](auto&) {
    cur = group{};
    lead.clear();
    kdigit = 0;
  };
  auto on_lead = [&](auto& ctx) { lead.assign(x3::_attr(ctx).begin(), x3::_attr(ctx).end()); };
  // `3千万`: one digit before the small unit; `300千瓦` is kilowatts, not a numeral.
  auto on_arabic_small = [&](auto& ctx) {
    if (lead.size() != 1) {
      x3::_pass(ctx) = false;
      return;
    }
    cur.pieces.push_back({lead, x3::_attr(ctx)});
    lead.clear();
  };
  auto on_kdigit = [&](auto& ctx) { kdigit = x3::_attr(ctx); };
  auto on_ksmall = [&](auto& ctx) {
    cur.pieces.push_back({std::string(1, kdigit ? kdigit : '1'), x3::_attr(ctx)});
    kdigit = 0;
  };
  auto on_big = [&](auto& ctx) { cur.big = x3::_attr(ctx); };
  auto on_trillion = [&](auto&) { cur.big = 12; };
  auto on_odd = [&](auto&) { odd = true; };
  auto push = [&](auto& ctx) {
    if (!lead.empty()) cur.pieces.push_back({lead, 0}), arabic = true;
    if (kdigit) cur.pieces.push_back({std::string(1, kdigit), 0});
    if (cur.pieces.empty()) {
      x3::_pass(ctx) = false;
      return;
    }
    cur.end = static_cast<std::size_t>(x3::_where(ctx).begin() - begin);
    groups.push_back(cur);
  };
  auto const odd_mark = x3::lit("多") | x3::lit("余");
  auto const mega = x3::lit("瓦") | x3::lit("字节") | x3::lit("字節") | x3::lit("赫") |
                    x3::lit("帕") | x3::lit("焦") | x3::lit("比特") | x3::lit("し") | x3::lit("候");
  auto const big = x3p::ref(big_units)[on_big] | (x3::lit("兆") >> !mega)[on_trillion];
  auto const kterms = *((-x3p::ref(kanji_digits)[on_kdigit] >> x3p::ref(small_units)[on_ksmall]) |
                        x3::lit("零") | x3::lit("〇")) >>
                      -x3p::ref(kanji_digits)[on_kdigit];
  auto const arabic_group =
      x3p::number[on_lead] >> -x3p::ref(small_units)[on_arabic_small] >> -odd_mark[on_odd];
  auto const one_group = x3::eps[reset] >> (arabic_group | (kterms >> -odd_mark[on_odd])) >> big >>
                         -odd_mark[on_odd] >> x3::eps[push];
  auto const numeral = one_group >> *(-x3::lit(' ') >> one_group);
  auto it = s.begin() + static_cast<std::ptrdiff_t>(pos);
  cjk_numeral out;
  numeral_builder num;
  if (x3::parse(it, s.end(), numeral)) {
    std::size_t keep = 1;  // `3亿 2亿` is two amounts: keep the groups that descend
    while (keep < groups.size() && groups[keep].big < groups[keep - 1].big) ++keep;
    bool truncated = keep < groups.size();
    groups.resize(keep);
    out.end = truncated ? groups.back().end : static_cast<std::size_t>(it - s.begin());
    for (const auto& g : groups)
      for (const auto& p : g.pieces)
        if (!num.add(p.digits, g.big + p.place)) return std::nullopt;
    out.big_unit = true;
    // `1万5000`, `一万五千`: the places below 万, in digits or Kanji.
    if (!truncated && groups.back().big == 4) {
      auto rest = s.begin() + static_cast<std::ptrdiff_t>(out.end);
      std::string digits;
      auto const tail = x3::raw[x3::repeat(1, 4)[x3::digit]] >> !x3::digit;
      auto const on_tail = [&](auto& ctx) {
        digits.assign(x3::_attr(ctx).begin(), x3::_attr(ctx).end());
      };
      cur = group{};
      kdigit = 0;
      if (x3::parse(rest, s.end(), tail[on_tail]) && num.add(digits, 0)) {
        out.end = static_cast<std::size_t>(rest - s.begin());
      } else if (is_kanji_numeral(utf8::at(s, out.end)) && utf8::at(s, out.end) != U'十' &&
                 utf8::at(s, out.end) != U'百' && utf8::at(s, out.end) != U'千' &&
                 x3::parse(rest, s.end(), kterms) &&
                 (kdigit || !cur.pieces.empty())) {  // not `1,200万千瓦` (kilowatts)
        if (kdigit) cur.pieces.push_back({std::string(1, kdigit), 0});
        for (const auto& p : cur.pieces) num.add(p.digits, p.place);
        out.end = static_cast<std::size_t>(rest - s.begin());
      }
    }
  } else {
    // No 万/亿 group: plain digits (`5000元`, `300兆瓦`) or Kanji below ten thousand (`五千円`).
    it = s.begin() + static_cast<std::ptrdiff_t>(pos);
    lead.clear();
    cur = group{};
    kdigit = 0;
    odd = false;
    auto const plain = (x3p::number[on_lead] | kterms) >> -odd_mark[on_odd];
    if (!x3::parse(it, s.end(), plain)) return std::nullopt;
    if (!lead.empty()) {
      if (!num.add(lead, 0)) return std::nullopt;
      arabic = true;
    } else {
      if (kdigit) cur.pieces.push_back({std::string(1, kdigit), 0});
      if (cur.pieces.empty()) return std::nullopt;
      for (const auto& p : cur.pieces) num.add(p.digits, p.place);
    }
    out.end = static_cast<std::size_t>(it - s.begin());
  }
  auto value = num.value();
  if (!value || out.end <= pos) return std::nullopt;
  out.value = *value;
  out.half = num.half_width();
  out.kanji_only = !arabic;
  out.last_unit = num.last_unit();
  if (odd) out.odd_unit = num.last_unit();
  return out;
}

}  // namespace fc::grammar
