// Two amounts side by side: one range ("1000억~1500억원", "$4.5bn-$5bn", "between $4.5 and $5
// billion") or the two levels of a move ("from $10 to $15 billion", "rose $14.6 billion to
// $108.3 billion", "10에서 15억 달러로"). A first number written without its scale word takes
// the scale, currency and counted noun of the second (claim-language §3.1 ranges, §4.5).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>

#include "grammar/numeral.hpp"
#include "grammar/parsers.hpp"
#include "grammar/x3_common.hpp"

namespace fc::grammar {
namespace {

enum class joint { none, range, move };

// The last word of `lead`, past hedge words ("rose about", "up nearly").
std::string_view last_word(std::string_view lead) {
  for (int i = 0; i < 3; ++i) {
    while (!lead.empty() && lead.back() == ' ') lead.remove_suffix(1);
    std::size_t sp = lead.rfind(' ');
    std::string_view w = sp == std::string_view::npos ? lead : lead.substr(sp + 1);
    bool hedge = false;
    for (std::string_view h : {"about", "nearly", "almost", "some", "roughly", "around",
                               "approximately", "estimated", "an", "than", "more", "just"})
      hedge |= w == h;
    if (!hedge) return w;
    lead = lead.substr(0, lead.size() - w.size());
  }
  return {};
}

// "rose $14.6 billion to $108.3 billion", "increased by 2 to 10 million": after a verb of
// change, "A to B" is the change and the level it led to, not a range.
bool change_verb(std::string_view w) {
  for (std::string_view v :
       {"rose",     "risen",     "rise",     "rises",     "grew",      "grow",   "grows",
        "grown",    "increased", "increase", "increases", "gained",    "gains",  "added",
        "adds",     "jumped",    "jumps",    "climbed",   "climbs",    "surged", "soared",
        "expanded", "expands",   "widened",  "fell",      "fall",      "falls",  "fallen",
        "declined", "declines",  "dropped",  "drops",     "decreased", "shrank", "shrunk",
        "slid",     "slipped",   "plunged",  "lost",      "up",        "down",   "by"})
    if (w == v) return true;
  return false;
}

// What joins the amount ending at `end` (starting at `begin`) to the next one, and where the
// next one starts.
// "from last year's 12.3 gigawatts to 25.1 GW", "from an estimated $3 billion to …": "from"
// opens the phrase the number ends, a few words back with no clause break between.
bool from_opens_phrase(std::string_view lead) {
  std::string_view tail = lead.substr(lead.size() - std::min<std::size_t>(lead.size(), 32));
  std::size_t at = tail.rfind("from ");
  if (at == std::string_view::npos || (at > 0 && tail[at - 1] != ' ')) return false;
  std::string_view between = tail.substr(at + 5);
  if (between.find_first_of(",;()") != std::string_view::npos) return false;
  return std::count(between.begin(), between.end(), ' ') <= 3;
}

joint joint_after(std::string_view s, std::size_t begin, std::size_t end, std::size_t& next) {
  std::string_view lead = s.substr(0, begin);
  if (lead.ends_with("-") || lead.ends_with("+")) lead.remove_suffix(1);  // "from -2 to -5%"
  std::string_view rest = s.substr(end);
  if (rest.starts_with("~") || rest.starts_with("-")) {
    next = end + 1;
  } else if (rest.starts_with("至") || rest.starts_with("〜") || rest.starts_with("～") ||
             rest.starts_with("—") || rest.starts_with("–")) {
    next = end + 3;  // "420亿元至460亿元", "850億〜1,000億円"
  } else if (rest.starts_with(" to ")) {
    next = end + 4;
    if (lead.ends_with("from ") || lead.ends_with("에서 ") || change_verb(last_word(lead)) ||
        from_opens_phrase(lead))
      return joint::move;
  } else if (rest.starts_with(" and ")) {
    next = end + 5;
    if (!lead.ends_with("between ")) return joint::none;
  } else if (rest.starts_with("에서")) {
    next = end + 6;
    if (next < s.size() && s[next] == ' ') ++next;
    return joint::move;
  } else {
    return joint::none;
  }
  if (next < s.size() && s[next] == ' ') ++next;
  return joint::range;
}

// The power of ten its unit gives the digits of `other` ("$15 billion" 9, "15억 달러" 8, "15%"
// -2), or nullopt when it is not one number with one unit (`1조2000억`).
std::optional<int> exponent_of(std::string_view s, const mention& other) {
  if (other.is_range || other.odd_unit > 0) return std::nullopt;
  std::size_t d = other.begin;
  while (d < other.end && !std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
  std::size_t e = 0;
  if (d >= other.end || !x3p::match_at(s, d, x3p::number, e)) return std::nullopt;
  numeral_builder n;
  if (!n.add(s.substr(d, e - d), 0) || !n.value() || *n.value() <= 0) return std::nullopt;
  double ratio = other.value / *n.value();
  double exponent = std::round(std::log10(ratio));
  if (std::abs(ratio / std::pow(10.0, exponent) - 1) > 1e-9) return std::nullopt;
  return static_cast<int>(exponent);
}

// A scale word's power of ten: a thousand and up.
std::optional<int> scale_of(std::string_view s, const mention& other) {
  auto exponent = exponent_of(s, other);
  if (!other.big_unit || !exponent || *exponent < 3) return std::nullopt;
  return exponent;
}

// Gives `m`, whose digits are `digits`, the scale, currency and counted noun of `other`.
bool lend_scale(std::string_view s, std::string_view digits, mention& m, const mention& other) {
  auto exponent = scale_of(s, other);
  // "$3–4 billion": the currency written once, before the first number, serves both.
  if (!exponent || (!m.currency.empty() && !other.currency.empty() && m.currency != other.currency))
    return false;
  numeral_builder n;
  if (!n.add(digits, *exponent) || !n.value()) return false;
  m.value = *n.value();
  m.half = n.half_width();
  m.big_unit = true;
  if (m.currency.empty()) m.currency = other.currency;
  if (m.unit.empty()) m.unit = other.unit;
  return true;
}

// The digits of a mention written without a scale word ("$4.5" → "4.5").
std::string_view digits_of(std::string_view s, const mention& m) {
  std::size_t d = m.begin;
  while (d < m.end && !std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
  return s.substr(d, m.end - d);
}

}  // namespace

void join_range(std::string_view s, mention& m) {
  if (m.kind != mention_kind::amount || m.is_range) return;
  std::size_t next = 0;
  joint j = joint_after(s, m.begin, m.end, next);
  if (j == joint::none) return;
  auto other = parse_mention(s, next, false);
  if (!other || other->kind != mention_kind::amount) return;
  if (!m.big_unit && other->big_unit && !lend_scale(s, digits_of(s, m), m, *other)) return;
  if (j == joint::move || other->value < m.value) return;
  if (!m.currency.empty() && !other->currency.empty() && m.currency != other->currency) return;
  if (m.big_unit != other->big_unit && m.value * 100 < other->value) return;
  if (m.currency.empty()) m.currency = other->currency;
  if (m.unit.empty()) m.unit = other->unit;
  m.is_range = true;
  m.range_high = other->value;
  m.end = other->end;
}

std::optional<mention> parse_scaleless(std::string_view s, std::size_t pos) {
  std::size_t end = 0;
  if (!x3p::match_at(s, pos, x3p::number, end)) return std::nullopt;
  std::size_t next = 0;
  joint j = joint_after(s, pos, end, next);
  if (j == joint::none) return std::nullopt;
  if (next < s.size() && (s[next] == '-' || s[next] == '+')) ++next;  // "from -2 to -5%"
  auto other = parse_mention(s, next, false);
  if (!other) return std::nullopt;
  mention m;
  m.begin = pos;
  m.end = end;
  std::string_view digits = s.substr(pos, end - pos);
  if (other->kind == mention_kind::percent || other->kind == mention_kind::points) {
    // "from 10 to 15%", "10에서 15%로": the base level of a move of a rate. A range of rates
    // ("10~15%") is the rate parser's own.
    auto exponent = exponent_of(s, *other);
    numeral_builder n;
    if (j != joint::move || !exponent || !n.add(digits, *exponent) || !n.value())
      return std::nullopt;
    m.kind = other->kind;
    m.value = *n.value();
    m.half = n.half_width();
    return m;
  }
  if (other->kind != mention_kind::amount || !lend_scale(s, digits, m, *other)) return std::nullopt;
  join_range(s, m);
  return m;
}

}  // namespace fc::grammar
