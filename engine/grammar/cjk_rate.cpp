// Rates, multiples and vague amounts written the Chinese or Japanese way (claim-language §6.1,
// §6.5, §6.6, §8.4, §13, §14): 8割 and 3割5分 (割 = 10%, 分 = 1%), 三成, 百分之十七, 两个百分点,
// 2.1倍, 三倍, 倍増, 半減, 翻一番, 数十亿元, 上百亿, 十数億円. Speeds and ratios (`2倍速`,
// `倍率`) and idioms (`一成不变`) are no figures.
#include <cmath>
#include <string>

#include "grammar/cjk.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/numeral.hpp"
#include "grammar/parsers.hpp"
#include "support/utf8.hpp"

namespace fc::grammar {
namespace {

bool at(std::string_view s, std::size_t pos, std::string_view w) {
  return s.substr(pos, w.size()) == w;
}

// One written digit, Arabic or Kanji, at `pos`: its character and byte length.
std::optional<std::pair<char, std::size_t>> one_digit(std::string_view s, std::size_t pos) {
  if (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    bool more = pos + 1 < s.size() && s[pos + 1] >= '0' && s[pos + 1] <= '9';
    if (more) return std::nullopt;
    return std::pair{s[pos], std::size_t{1}};
  }
  static constexpr std::string_view kanji[] = {"一", "二", "三", "四", "五",
                                               "六", "七", "八", "九"};
  for (std::size_t i = 0; i < std::size(kanji); ++i)
    if (at(s, pos, kanji[i])) return std::pair{static_cast<char>('1' + i), kanji[i].size()};
  if (at(s, pos, "两")) return std::pair{'2', std::size_t{3}};
  return std::nullopt;
}

mention rate_mention(mention_kind kind, std::size_t begin, std::size_t end,
                     const numeral_builder& n) {
  mention m;
  m.kind = kind;
  m.begin = begin;
  m.end = end;
  m.value = n.value().value_or(0);
  m.half = n.half_width();
  return m;
}

// `8割`, `3割5分`, `2割5分3厘` (Japanese), `三成`, `八成` (Chinese).
std::optional<mention> tenths(std::string_view s, std::size_t pos) {
  auto d = one_digit(s, pos);
  if (!d) return std::nullopt;
  std::size_t p = pos + d->second;
  numeral_builder n;
  if (at(s, p, "割")) {
    n.add(std::string_view(&d->first, 1), -1);
    p += 3;
    for (auto [unit, exponent] : {std::pair{"分", -2}, std::pair{"厘", -3}}) {
      auto next = one_digit(s, p);
      if (!next || !at(s, p + next->second, unit)) break;
      n.add(std::string_view(&next->first, 1), exponent);
      p += next->second + 3;
    }
    return rate_mention(mention_kind::percent, pos, p, n);
  }
  if (!at(s, p, "成")) return std::nullopt;
  // 成 begins many words (成为, 成长, 成本, 成立, 一成不变): only a share when none follows.
  for (std::string_view w : {"不", "为", "為", "长", "長", "本", "员", "員", "立", "果", "熟", "绩",
                             "績", "交", "功", "分", "品", "型", "都"})
    if (at(s, p + 3, w)) return std::nullopt;
  n.add(std::string_view(&d->first, 1), -1);
  return rate_mention(mention_kind::percent, pos, p + 3, n);
}

// `百分之十七`, `百分之17.5`, `百分之三点五`.
std::optional<mention> per_hundred(std::string_view s, std::size_t pos) {
  static constexpr std::string_view lead = "百分之";
  if (!at(s, pos, lead)) return std::nullopt;
  std::size_t p = pos + lead.size();
  auto num = parse_cjk_numeral(s, p);
  if (!num || num->big_unit || num->value >= 1000 || num->odd_unit > 0) return std::nullopt;
  std::string digits = std::to_string(static_cast<long long>(std::llround(num->value)));
  p = num->end;
  if (num->kanji_only && at(s, p, "点")) {
    std::size_t q = p + 3;
    std::string decimals;
    while (auto d = one_digit(s, q)) decimals += d->first, q += d->second;
    if (!decimals.empty()) digits += "." + decimals, p = q;
  } else if (!num->kanji_only) {
    digits = std::string(s.substr(pos + lead.size(), p - pos - lead.size()));
  }
  numeral_builder n;
  if (!n.add(digits, -2) || !n.value()) return std::nullopt;
  return rate_mention(mention_kind::percent, pos, p, n);
}

// `2.1倍`, `三倍`, `两个百分点`: a numeral and what it counts.
std::optional<mention> numeral_rate(std::string_view s, std::size_t pos) {
  auto num = parse_cjk_numeral(s, pos);
  if (!num || num->big_unit || num->odd_unit > 0) return std::nullopt;
  std::size_t p = num->end;
  mention m;
  m.begin = pos;
  m.value = num->value;
  m.half = num->half;
  if (at(s, p, "倍")) {
    for (std::string_view w : {"速", "数", "數", "率", "増", "增"})
      if (at(s, p + 3, w)) return std::nullopt;
    m.kind = mention_kind::factor;
    m.end = p + 3;
    return m;
  }
  if (num->kanji_only && (at(s, p, "个百分点") || at(s, p, "個百分點"))) {
    m.kind = mention_kind::points;
    m.value /= 100, m.half /= 100;
    m.end = p + 12;
    return m;
  }
  return std::nullopt;
}

// `倍増`, `半減`, `翻一番`, `翻了两番`: the multiple is the word itself (§2.3, §6.5).
std::optional<mention> factor_word(std::string_view s, std::size_t pos) {
  static const std::pair<std::string_view, double> words[] = {
      {"倍増", 2},     {"倍增", 2}, {"半減", 0.5}, {"半减", 0.5},   {"翻一番", 2},
      {"翻了一番", 2}, {"翻番", 2}, {"翻两番", 4}, {"翻了两番", 4}, {"翻三番", 8}};
  for (auto [w, v] : words) {
    if (!at(s, pos, w)) continue;
    mention m;
    m.kind = mention_kind::factor;
    m.begin = pos;
    m.end = pos + w.size();
    m.value = v;
    m.half = v == 0.5 ? 0.05 : 0.5;  // P6, P7
    return m;
  }
  return std::nullopt;
}

}  // namespace

std::optional<mention> parse_cjk_rate(std::string_view s, std::size_t pos) {
  if (auto m = factor_word(s, pos)) return m;
  if (auto m = per_hundred(s, pos)) return m;
  if (auto m = tenths(s, pos)) return m;
  return numeral_rate(s, pos);
}

std::optional<mention> parse_cjk_vague(std::string_view s, std::size_t pos) {
  // 数十亿 [2e9, 1e10); 上百亿 [1e10, 1e11); 十数億 [1.1e9, 2e9) (§8.4).
  std::size_t p = pos;
  enum { several, upwards, teens } form;
  if (at(s, p, "十数") || at(s, p, "十几") || at(s, p, "十幾")) {
    form = teens, p += 6;
  } else if (at(s, p, "数") || at(s, p, "几") || at(s, p, "幾")) {
    form = several, p += 3;
  } else if (at(s, p, "上")) {
    form = upwards, p += 3;
  } else {
    return std::nullopt;
  }
  int small = 0;
  if (form != teens) {
    if (at(s, p, "十")) small = 1;
    if (at(s, p, "百")) small = 2;
    if (at(s, p, "千")) small = 3;
    if (small) p += 3;
    if (form == upwards && small < 2) return std::nullopt;  // 上百亿, 上千亿 only
  }
  int big = 0;
  for (auto [w, e] :
       {std::pair{"万亿", 12}, std::pair{"萬億", 12}, std::pair{"亿", 8}, std::pair{"億", 8},
        std::pair{"兆", 12}, std::pair{"万", 4}, std::pair{"萬", 4}})
    if (at(s, p, w)) {
      big = e, p += std::string_view(w).size();
      break;
    }
  if (!big) return std::nullopt;
  double base = std::pow(10.0, big + small);
  mention m;
  m.kind = mention_kind::vague_amount;
  m.begin = pos;
  m.vague_low = form == teens ? 1.1 * base * 10 : form == upwards ? base : 2 * base;
  m.vague_high = form == teens ? 2 * base * 10 : 10 * base;
  m.value = m.vague_low;
  m.big_unit = true;
  static const lexicon::word_index currencies(lexicon::cjk_currencies, lexicon::cjk_currency_count);
  if (auto c = currencies.find(s, p)) {
    m.currency = std::string(c->value);
    p += c->text.size();
  }
  m.end = p;
  return m;
}

}  // namespace fc::grammar
