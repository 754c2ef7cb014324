// Years (claim-language §7): 2028년, 2023~2030년, '28년, FY2024, 2023-2030. A year is a
// four-digit 1900-2100 that no scale word, currency or percent sign follows.
#include <cctype>
#include <optional>
#include <string>

#include "grammar/parsers.hpp"
#include "grammar/x3_common.hpp"

namespace fc::grammar {
namespace {

namespace x3 = boost::spirit::x3;

bool plausible(int y) { return y >= 1900 && y <= 2100; }

bool amount_follows(std::string_view s, std::size_t end) {
  std::size_t i = end;
  if (i < s.size() && s[i] == ' ') ++i;
  static const std::string_view units[] = {
      "억",       "조",      "만",      "천", "원",     "달러",    "%",  "billion", "million",
      "trillion", "Billion", "Million", "bn", "퍼센트", "percent", "명", "개",      "배"};
  if (i >= s.size()) return false;
  for (auto u : units)
    if (s[i] == u[0] && s.substr(i, u.size()) == u) return true;
  return false;
}

}  // namespace

std::optional<mention> parse_year(std::string_view s, std::size_t pos) {
  // Fast exit for most candidates: a year starts with an apostrophe, FY, or exactly four digits.
  if (pos >= s.size()) return std::nullopt;
  if (std::isdigit(static_cast<unsigned char>(s[pos]))) {
    auto digit_at = [&](std::size_t i) {
      return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]));
    };
    if (!digit_at(pos + 1) || !digit_at(pos + 2) || !digit_at(pos + 3) || digit_at(pos + 4))
      return std::nullopt;
  } else if (s[pos] != '\'' && s[pos] != 'F') {
    return std::nullopt;
  }
  mention m;
  m.kind = mention_kind::year;
  m.begin = pos;
  std::size_t at = pos;
  bool fiscal = false;
  if (s.substr(pos, 2) == "FY") {
    fiscal = true;
    at = pos + 2;
    if (at < s.size() && s[at] == ' ') ++at;
  }
  if (at >= s.size()) return std::nullopt;
  bool apostrophe = !fiscal && s[at] == '\'';
  if (apostrophe) ++at;
  unsigned first = 0;
  std::size_t end = 0;
  auto const four = x3::uint_parser<unsigned, 10, 4, 4>{};
  auto const two = x3::uint_parser<unsigned, 10, 2, 2>{};
  if (!apostrophe && x3p::parse_at(s, at, four, first, end)) {
    m.year = static_cast<int>(first);
  } else if ((apostrophe || fiscal) && x3p::parse_at(s, at, two, first, end)) {
    m.year = 2000 + static_cast<int>(first);
  } else {
    return std::nullopt;
  }
  if (!plausible(m.year) || (end < s.size() && std::isdigit(static_cast<unsigned char>(s[end]))))
    return std::nullopt;
  if (end + 1 < s.size() && (s[end] == ',' || s[end] == '.') &&
      std::isdigit(static_cast<unsigned char>(s[end + 1])))
    return std::nullopt;
  m.year_to = m.year;
  // A range: 2023~2030, 2023-2030, 2023-30.
  if (end < s.size() && (s[end] == '~' || s[end] == '-')) {
    std::size_t e2 = 0;
    unsigned y2 = 0;
    if (x3p::parse_at(s, end + 1, four, y2, e2) && plausible(static_cast<int>(y2)) &&
        static_cast<int>(y2) > m.year &&
        !(e2 < s.size() && std::isdigit(static_cast<unsigned char>(s[e2])))) {
      m.year_to = static_cast<int>(y2);
      end = e2;
    } else if (x3p::parse_at(s, end + 1, two, y2, e2) &&
               !(e2 < s.size() && std::isdigit(static_cast<unsigned char>(s[e2])))) {
      int full = m.year / 100 * 100 + static_cast<int>(y2);
      if (full > m.year && !amount_follows(s, e2)) {
        m.year_to = full;
        end = e2;
      }
    }
  }
  if (s.substr(end, 3) == "년") {
    end += 3;
    if (s.substr(end, 3) == "도") end += 3;
  } else if (s.substr(end, 3) == "年") {
    end += 3;
  } else if (apostrophe) {
    return std::nullopt;  // '23 alone is too ambiguous outside 'NN년
  } else if (amount_follows(s, end) || !word_boundary(s, end)) {
    return std::nullopt;
  }
  m.end = end;
  m.fiscal = fiscal;
  return m;
}

}  // namespace fc::grammar
