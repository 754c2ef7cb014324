// Chinese and Japanese amounts (claim-language §4, §5, §13, §14): a numeral, then a currency
// (`1.2万亿元`, `5000万美元`, `3兆5000億円`, `二十億ドル`) or a counter (`近5亿人次`, `300兆瓦`),
// or a currency written before it (`人民币3,500亿元`, `新台币1兆元`, `US$10亿`). A bare amount
// needs a scale word written with digits (`14224亿`); Kanji alone needs a currency or counter,
// so `千万不要` and `一方` are no figures (§12.2).
#include <string>

#include "grammar/cjk.hpp"
#include "grammar/lexicon.hpp"
#include "grammar/parsers.hpp"
#include "support/utf8.hpp"

namespace fc::grammar {
namespace {

// Built on first use: the word tables are initialized at start-up in another translation unit.
const lexicon::word_index& currency_table() {
  static const lexicon::word_index t(lexicon::cjk_currencies, lexicon::cjk_currency_count);
  return t;
}
const lexicon::word_index& counter_table() {
  static const lexicon::word_index t(lexicon::cjk_counters, lexicon::cjk_counter_count);
  return t;
}
const lexicon::word_index& cjk_prefix_table() {
  static const lexicon::word_index t(lexicon::cjk_prefixes, lexicon::cjk_prefix_count);
  return t;
}
const lexicon::word_index& prefix_table() {
  static const lexicon::word_index t(lexicon::prefixes, lexicon::prefix_count);
  return t;
}

bool physical(std::string_view unit) {
  return unit.find('W') != std::string_view::npos;  // GW, MW, TWh, kWh ...
}

// What a currency word may not be followed by: `一万円札` is a banknote, `元年` an era's first
// year, `元素`/`元件` other words; a Latin letter continues a code (`USDT`).
bool currency_ends(std::string_view s, std::size_t after) {
  if (!word_boundary(s, after)) return false;
  for (std::string_view w : {"札", "玉", "硬貨", "年", "素", "件", "首", "旦", "气", "老"})
    if (s.substr(after, w.size()) == w) return false;
  return true;
}

}  // namespace

std::optional<mention> parse_cjk_amount(std::string_view s, std::size_t pos) {
  mention m;
  m.begin = pos;
  std::size_t at = pos;
  std::string_view prefix_iso;
  bool latin_prefix = false;
  if (auto p = cjk_prefix_table().find(s, at)) {
    prefix_iso = p->value;
    at += p->text.size();
  } else if (lexicon::prefix_may_start(s, at)) {
    auto p2 = prefix_table().find(s, at);
    if (!p2) return std::nullopt;
    prefix_iso = p2->value;
    latin_prefix = true;
    at += p2->text.size();
  }
  if (!prefix_iso.empty() && at < s.size() && s[at] == ' ') ++at;
  if (!prefix_iso.empty() && !(at < s.size() && s[at] >= '0' && s[at] <= '9') &&
      !is_kanji_numeral(utf8::at(s, at)))
    return std::nullopt;
  auto num = parse_cjk_numeral(s, at);
  if (!num) return std::nullopt;
  // `US$500 million` is the English parser's: a Latin prefix counts here only before 万/亿.
  if (latin_prefix && !num->big_unit) return std::nullopt;
  m.value = num->value;
  m.half = num->half;
  m.odd_unit = num->odd_unit;
  m.big_unit = num->big_unit;
  std::size_t end = num->end;
  std::size_t unit_pos = end < s.size() && s[end] == ' ' ? end + 1 : end;
  if (auto cur = currency_table().find(s, unit_pos)) {
    std::size_t after = unit_pos + cur->text.size();
    if (currency_ends(s, after)) {
      // 元 after a 新台币 or 港币 prefix is that currency's unit (`新台币1兆元`).
      bool generic = cur->text == "元" && !prefix_iso.empty();
      m.currency = std::string(generic ? prefix_iso : cur->value);
      end = after;
      // `10億円余`, `10億円余り`: a little over, by the unit of the last digit (§2.2).
      for (std::string_view odd : {"余り", "余"})
        if (s.substr(end, odd.size()) == odd) {
          end += odd.size();
          m.odd_unit = num->last_unit;
          break;
        }
    } else if (prefix_iso.empty()) {
      return std::nullopt;
    }
  }
  if (m.currency.empty() && !prefix_iso.empty()) m.currency = std::string(prefix_iso);
  if (m.currency.empty()) {
    auto cnt = counter_table().find(s, unit_pos);
    if (cnt && s.substr(unit_pos, 12) == "个百分点") cnt = nullptr;  // points, not items
    if (cnt && (m.big_unit || m.value >= 1000 || physical(cnt->value))) {
      m.unit = std::string(cnt->value);
      end = unit_pos + cnt->text.size();
    } else if (num->kanji_only || !m.big_unit) {
      return std::nullopt;
    } else if (end < s.size() && utf8::is_hangul(utf8::at(s, end))) {
      return std::nullopt;  // a Korean word goes on (`10만원` is the Korean parser's)
    } else if (!word_boundary(s, end)) {
      return std::nullopt;
    }
  }
  m.end = end;
  return m;
}

}  // namespace fc::grammar
