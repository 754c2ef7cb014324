// English amounts (claim-language §3.3, §4.3): currency prefix or suffix, number, scale word.
// An abbreviated scale (bn, m, B, K) counts only with a currency or a counted noun (§12.2).
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

struct scale_t {
  int exponent = 0;
  bool abbreviated = false;
};

struct scales_t : x3::symbols<scale_t> {
  scales_t() {
    add("thousand", {3, false})("million", {6, false})("billion", {9, false})(
        "trillion", {12, false})("Thousand", {3, false})("Million", {6, false})(
        "Billion", {9, false})("Trillion", {12, false})("crore", {7, false})("lakh", {5, false})(
        "lakh crore", {12, false})("thousand crore", {10, false})("bn", {9, true})(
        "bln", {9, true})("Bn", {9, true})("BN", {9, true})("bil", {9, true})("B", {9, true})(
        "b", {9, true})("mn", {6, true})("Mn", {6, true})("MN", {6, true})("Mln", {6, true})(
        "mln", {6, true})("mil", {6, true})("m", {6, true})("M", {6, true})("MM", {6, true})(
        "tn", {12, true})("Tn", {12, true})("Bln", {9, true})("trn", {12, true})("tln", {12, true})(
        "tr", {12, true})("T", {12, true})("k", {3, true})("K", {3, true});
  }
};
const scales_t scales;
const lexicon::word_index prefix_table(lexicon::prefixes, lexicon::prefix_count);
const lexicon::word_index currency_table(lexicon::en_currencies, lexicon::en_currency_count);
const lexicon::word_index counter_table(lexicon::en_counters, lexicon::en_counter_count);

// A word of `table` at `pos`; with `need_boundary`, only one that ends a word.
std::optional<lexicon::word> match(std::string_view s, std::size_t pos,
                                   const lexicon::word_index& table, bool need_boundary) {
  const lexicon::word* w = table.find(s, pos, [&](const lexicon::word& w) {
    return !need_boundary || word_boundary(s, pos + w.text.size());
  });
  if (w) return *w;
  return std::nullopt;
}

struct number_with_scale {
  std::string digits;
  scale_t scale;
  bool has_scale = false;
  std::size_t end = 0;
};

// number [space|hyphen] [scale] with the scale ending at a word boundary.
std::optional<number_with_scale> parse_number_scale(std::string_view s, std::size_t pos) {
  number_with_scale r;
  if (!x3p::match_at(s, pos, x3p::number, r.end)) return std::nullopt;
  r.digits = s.substr(pos, r.end - pos);
  scale_t sc;
  std::size_t scale_end = 0;
  // "EUR 14,2 billion": a comma before one or two digits and a scale word is a decimal comma, as
  // European writers use it in English; before three digits it stays a separator (§12.4).
  if (r.end + 1 < s.size() && s[r.end] == ',' &&
      r.digits.find_first_of(",.") == std::string::npos) {
    std::size_t d = r.end + 1, e = d;
    while (e < s.size() && e - d < 3 && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
    std::size_t at = e < s.size() && s[e] == ' ' ? e + 1 : e;
    if (e > d && e - d <= 2 && (e == s.size() || !std::isdigit(static_cast<unsigned char>(s[e]))) &&
        x3p::parse_at(s, at, scales, sc, scale_end) && word_boundary(s, scale_end)) {
      r.digits += "." + std::string(s.substr(d, e - d));
      r.end = e;
    }
  }
  std::size_t after = r.end;
  std::size_t at = after;
  if (at < s.size() && (s[at] == ' ' || s[at] == '-')) ++at;
  if (x3p::parse_at(s, at, scales, sc, scale_end) && word_boundary(s, scale_end)) {
    // A spaced abbreviation ("5 m", "3 B") is too ambiguous; words may be spaced.
    if (!(sc.abbreviated && at != after && s[after] == '-')) {
      r.scale = sc;
      r.has_scale = true;
      r.end = scale_end;
    }
  }
  return r;
}

}  // namespace

std::optional<mention> parse_en_amount(std::string_view s, std::size_t pos) {
  mention m;
  m.begin = pos;
  std::size_t at = pos;
  std::string currency;
  bool digit = std::isdigit(static_cast<unsigned char>(s[pos]));
  bool lone_letter = false;  // "P98 billion": a one-letter prefix only before a scale word
  if (auto p = digit ? std::nullopt : match(s, pos, prefix_table, false)) {
    currency = std::string(p->value);
    lone_letter = p->text.size() == 1 && std::isalpha(static_cast<unsigned char>(p->text[0]));
    at = pos + p->text.size();
    if (at < s.size() && s[at] == ' ') ++at;
    if (at >= s.size() || !std::isdigit(static_cast<unsigned char>(s[at]))) return std::nullopt;
    // `$14억`: a Korean numeral after a dollar sign.
    if (auto ko = ko_scale_follows(s, at) ? parse_ko_amount(s, at) : std::nullopt;
        ko && ko->big_unit && ko->currency.empty()) {
      ko->begin = pos;
      ko->currency = currency;
      return ko;
    }
  } else if (!std::isdigit(static_cast<unsigned char>(s[pos]))) {
    return std::nullopt;
  }
  auto ns = parse_number_scale(s, at);
  if (!ns || (lone_letter && !ns->has_scale)) return std::nullopt;
  numeral_builder num;
  if (!num.add(ns->digits, ns->has_scale ? ns->scale.exponent : 0)) return std::nullopt;
  auto value = num.value();
  if (!value) return std::nullopt;
  m.value = *value;
  m.half = num.half_width();
  m.big_unit = ns->has_scale;
  m.end = ns->end;
  if (currency.empty()) {
    // Suffix currency ("3.4 trillion won", "10 million euros") or counted noun.
    std::size_t w = m.end;
    if (w < s.size() && s[w] == ' ') ++w;
    if (auto c = match(s, w, currency_table, true); c && ns->has_scale) {
      m.currency = std::string(c->value);
      m.end = w + c->text.size();
      return m;
    }
    // "3 people" counts little; a physical unit ("705 GWh", "30 GW") measures at any size.
    if (auto c = match(s, w, counter_table, true);
        c && (ns->has_scale || m.value >= 1000 || c->value.find('W') != std::string_view::npos ||
              c->value == "CGT")) {
      m.unit = std::string(c->value);
      m.end = w + c->text.size();
      return m;
    }
    if (!ns->has_scale || ns->scale.abbreviated) return std::nullopt;
    if (!word_boundary(s, m.end)) return std::nullopt;
    m.unit = "";  // a bare "1.2 billion": the claims layer looks for a counted noun nearby
    return m;
  }
  if (!word_boundary(s, m.end) && !(m.end < s.size() && s[m.end] == '-')) return std::nullopt;
  m.currency = currency;
  return m;
}

}  // namespace fc::grammar
