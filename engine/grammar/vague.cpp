// Vague amounts (claim-language §8.4): 수십억 달러, 수천억 원, billions of dollars. Rules may
// use them for direction only, so each maps to a wide interval.
#include <cmath>
#include <optional>
#include <string>

#include "grammar/lexicon.hpp"
#include "grammar/parsers.hpp"
#include "support/utf8.hpp"

namespace fc::grammar {
namespace {

// `w` at `pos`. Most positions differ in the first byte, so that is compared before the rest.
bool starts_at(std::string_view s, std::size_t pos, std::string_view w) {
  return pos < s.size() && s[pos] == w[0] && s.substr(pos, w.size()) == w;
}

int big_exponent(std::string_view s, std::size_t pos, std::size_t& len) {
  static const std::pair<std::string_view, int> units[] = {
      {"만", 4}, {"억", 8}, {"조", 12}, {"경", 16}};
  for (auto [w, e] : units)
    if (starts_at(s, pos, w)) return len = w.size(), e;
  return -1;
}

int small_exponent(std::string_view s, std::size_t pos) {
  if (starts_at(s, pos, "십")) return 1;
  if (starts_at(s, pos, "백")) return 2;
  if (starts_at(s, pos, "천")) return 3;
  return 0;
}

std::optional<mention> korean_vague(std::string_view s, std::size_t pos) {
  std::size_t at = pos;
  bool teens = false;
  if (starts_at(s, at, "십수")) {
    teens = true, at += 6;
  } else if (starts_at(s, at, "수") || starts_at(s, at, "몇")) {
    at += 3;
  } else {
    return std::nullopt;
  }
  int small = teens ? 0 : small_exponent(s, at);
  if (small) at += 3;
  std::size_t len = 0;
  int big = big_exponent(s, at, len);
  if (big < 0) return std::nullopt;
  at += len;
  mention m;
  m.kind = mention_kind::vague_amount;
  m.begin = pos;
  double base = std::pow(10.0, big + small);
  m.vague_low = teens ? 1.1 * base * 10 : 2 * base;
  m.vague_high = teens ? 2 * base * 10 : 10 * base;
  if (teens) m.vague_low = 1.1 * base * 10, m.vague_high = 2 * base * 10;
  std::size_t u = at;
  if (u < s.size() && s[u] == ' ') ++u;
  for (std::size_t i = 0; i < lexicon::ko_currency_count; ++i) {
    auto w = lexicon::ko_currencies[i];
    if (starts_at(s, u, w.text) && ko_boundary(s, u + w.text.size())) {
      m.currency = std::string(w.value);
      m.end = u + w.text.size();
      m.value = m.vague_low;
      return m;
    }
  }
  if (!ko_boundary(s, at)) return std::nullopt;
  m.end = at;
  m.value = m.vague_low;
  return m;
}

std::optional<mention> english_vague(std::string_view s, std::size_t pos) {
  static const struct {
    std::string_view words;
    double low, high;
  } forms[] = {{"hundreds of billions of dollars", 2e11, 1e12},
               {"tens of billions of dollars", 2e10, 1e11},
               {"hundreds of millions of dollars", 2e8, 1e9},
               {"tens of millions of dollars", 2e7, 1e8},
               {"billions of dollars", 2e9, 1e12},
               {"trillions of dollars", 2e12, 1e15},
               {"millions of dollars", 2e6, 1e9},
               {"several billion dollars", 2e9, 1e10},
               {"a few billion dollars", 2e9, 1e10},
               {"multibillion-dollar", 2e9, 1e12},
               {"multi-billion-dollar", 2e9, 1e12}};
  for (const auto& f : forms) {
    if (!starts_at(s, pos, f.words) || !word_boundary(s, pos + f.words.size())) continue;
    mention m;
    m.kind = mention_kind::vague_amount;
    m.begin = pos;
    m.end = pos + f.words.size();
    m.currency = "USD";
    m.vague_low = m.value = f.low;
    m.vague_high = f.high;
    return m;
  }
  return std::nullopt;
}

}  // namespace

// "두 자릿수 성장", "double-digit growth": a rate band by its number of digits (§6.8).
std::optional<mention> digit_band(std::string_view s, std::size_t pos) {
  static const struct {
    std::string_view words;
    double low, high;
  } forms[] = {{"두 자릿수", 0.10, 1.0},    {"두자릿수", 0.10, 1.0},
               {"한 자릿수", 0.0, 0.10},    {"한자릿수", 0.0, 0.10},
               {"double-digit", 0.10, 1.0}, {"double digit", 0.10, 1.0},
               {"single-digit", 0.0, 0.10}, {"single digit", 0.0, 0.10}};
  for (const auto& f : forms) {
    if (!starts_at(s, pos, f.words)) continue;
    // "두 자릿수에 가까운 성장", "near double-digit growth": a band approached, not reached, says
    // too little to check.
    std::string_view rest = s.substr(pos + f.words.size());
    std::string_view lead = s.substr(0, pos);
    for (std::string_view near_after : {"에 가까운", "에 가깝", "에 육박", "에 근접", "에 못 미치"})
      if (rest.starts_with(near_after)) return std::nullopt;
    for (std::string_view near_before :
         {"near ", "nearly ", "close to ", "almost ", "approaching "})
      if (lead.ends_with(near_before)) return std::nullopt;
    mention m;
    m.kind = mention_kind::percent;
    m.begin = pos;
    m.end = pos + f.words.size();
    m.value = f.low;
    m.range_high = f.high;
    m.is_range = true;
    m.digit_band = true;
    return m;
  }
  return std::nullopt;
}

// "by a third", "by half": verbal fractions, read ±fraction_band (10%) around the fraction (P7).
std::optional<mention> fraction(std::string_view s, std::size_t pos) {
  static const std::pair<std::string_view, double> forms[] = {
      {"a third", 1.0 / 3}, {"one-third", 1.0 / 3},  {"a quarter", 0.25},
      {"half", 0.5},        {"Half", 0.5},           {"A third", 1.0 / 3},
      {"A quarter", 0.25},  {"Two-thirds", 2.0 / 3}, {"two-thirds", 2.0 / 3}};
  for (auto [w, v] : forms) {
    if (!starts_at(s, pos, w) || !word_boundary(s, pos + w.size())) continue;
    mention m;
    m.kind = mention_kind::percent;
    m.begin = pos;
    m.end = pos + w.size();
    m.value = v;
    m.half = v * 0.1;
    m.fraction = true;
    return m;
  }
  return std::nullopt;
}

// "a third of the total", "half of that": a fraction of a whole, a share (spec §9). Not a part
// of a year ("the first half of 2024", "a quarter of the year"), nor a spelled amount ("a
// quarter of a trillion", "half of $2 billion"), whose "of" names no whole.
std::optional<mention> fraction_of(std::string_view s, std::size_t pos) {
  auto f = fraction(s, pos);
  if (!f || !starts_at(s, f->end, " of ")) return std::nullopt;
  std::string_view lead = s.substr(pos >= 12 ? pos - 12 : 0, pos >= 12 ? 12 : pos);
  for (std::string_view part_of_year : {"first ", "second ", "third ", "fourth ", "last ",
                                        "latter ", "former ", "the ", "each ", "every "})
    if (lead.ends_with(part_of_year)) return std::nullopt;
  std::string_view rest = s.substr(f->end + 4, 16);
  for (std::string_view not_a_whole :
       {"a ", "an ", "the year", "this year", "next year", "last year", "the decade", "a century"})
    if (rest.starts_with(not_a_whole)) return std::nullopt;
  if (!rest.empty() && (std::isdigit(static_cast<unsigned char>(rest[0])) || rest[0] == '$' ||
                        static_cast<unsigned char>(rest[0]) >= 0x80))
    return std::nullopt;
  return f;
}

std::optional<mention> parse_vague(std::string_view s, std::size_t pos) {
  if (auto b = digit_band(s, pos)) return b;
  if (s.substr(pos >= 3 ? pos - 3 : 0, 3) == "by ")  // "grew by a third"
    if (auto f = fraction(s, pos)) return f;
  if (auto f = fraction_of(s, pos)) return f;
  if (auto k = korean_vague(s, pos)) return k;
  return english_vague(s, pos);
}

}  // namespace fc::grammar
