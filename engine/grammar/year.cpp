// Years (claim-language §7): 2028년, 2023~2030년, '28년, 05년, FY2024, 2023-2030. A year is a
// four-digit 1900-2100 that no scale word, currency or percent sign follows.
#include <cctype>
#include <optional>
#include <string>

#include "grammar/cjk.hpp"
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
  if (static_cast<unsigned char>(s[i]) >= 0xE3 && cjk_unit_at(s, i)) return true;  // 2000万, 2000亿
  for (auto u : units)
    if (s[i] == u[0] && s.substr(i, u.size()) == u) return true;
  return false;
}

// A year written with two digits, without an article date to place it: 1950-2049. The claims
// layer moves it by the article date (short_year).
int century_window(unsigned two) { return static_cast<int>(two) + (two >= 50 ? 1900 : 2000); }

// What makes `NN년` a span of years rather than a year: 10년간, 20년 만에, 90년대, 99년생,
// 5년 전, 30년 이상, 70년을 맞아.
bool span_of_years(std::string_view s, std::size_t after_nyeon) {
  std::string_view a = s.substr(after_nyeon, 24);
  if (a.starts_with(" ")) a.remove_prefix(1);
  for (std::string_view w : {"넘", "이 지나", "이 걸", "이 흐르", "이 흘러", "을 맞", "를 맞"})
    if (a.starts_with(w)) return true;
  for (std::string_view w :
       {"간", "대", "생", "째",   "형",   "차",     "만", "동안", "전",   "후",
        "뒤", "새", "내", "이내", "이상", "가까이", "여", "짜리", "연속", "역사"})
    if (a.starts_with(w) && ko_boundary(a, w.size())) return true;
  return false;
}

// What makes `NN년` a year: 년도, a month, quarter, half or end of year after it.
bool year_part_follows(std::string_view s, std::size_t after_nyeon) {
  std::string_view a = s.substr(after_nyeon, 16);
  if (a.starts_with("도")) return true;
  if (a.starts_with(" ")) a.remove_prefix(1);
  std::size_t d = 0;
  while (d < a.size() && d < 2 && std::isdigit(static_cast<unsigned char>(a[d]))) ++d;
  if (d > 0) return a.substr(d).starts_with("월") || a.substr(d).starts_with("분기");
  for (std::string_view w : {"상반기", "하반기", "연말", "연초"})
    if (a.starts_with(w) && ko_boundary(a, w.size())) return true;
  // "99년 말", "15년 초에": the end or start of the year (`15년 초과` is "over 15 years").
  if (a.starts_with("말") || a.starts_with("초")) {
    std::string_view rest = a.substr(3);
    return rest.empty() || rest[0] == ' ' || rest[0] == ',' || rest[0] == '.' ||
           rest.starts_with("에") || rest.starts_with("까지") || rest.starts_with("부터") ||
           rest.starts_with("의");
  }
  return false;
}

// Older Korean copy: `05년`, `99년`, `99년 3월`. A bare two-digit 년 is usually a span of
// years, so it counts as a year only with a leading zero, a month or the like after it, or
// from 80 up (1980-1999), where a span that long is rare; never before a span word.
std::optional<mention> parse_short_year(std::string_view s, std::size_t pos) {
  unsigned two = static_cast<unsigned>((s[pos] - '0') * 10 + (s[pos + 1] - '0'));
  std::size_t after = pos + 2 + 3;
  if (span_of_years(s, after)) return std::nullopt;
  if (s[pos] != '0' && two < 80 && !year_part_follows(s, after)) return std::nullopt;
  mention m;
  m.kind = mention_kind::year;
  m.begin = pos;
  m.year = m.year_to = century_window(two);
  m.short_year = true;
  m.end = s.substr(after, 3) == "도" ? after + 3 : after;
  return m;
}

// "24〜27年の年平均成長率": a span of years by their last two digits, before の or a particle of
// time. A span of counts of years ("10〜15年で", "20〜30年間") has neither, or starts below 15.
std::optional<mention> japanese_short_span(std::string_view s, std::size_t pos) {
  auto digit = [&](std::size_t i) {
    return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]));
  };
  std::size_t sep = pos + 2, second = 0;
  for (std::string_view mark : {"〜", "～", "~", "-"})
    if (s.substr(sep, mark.size()) == mark) second = sep + mark.size();
  if (second == 0 || !digit(second) || !digit(second + 1) || digit(second + 2)) return std::nullopt;
  std::size_t after = second + 2;
  bool fiscal = s.substr(after, 6) == "年度";
  if (!fiscal && s.substr(after, 3) != "年") return std::nullopt;
  std::size_t end = after + (fiscal ? 6 : 3);
  bool point = false;
  for (std::string_view p : {"の", "に", "まで"}) point = point || s.substr(end, p.size()) == p;
  unsigned a = static_cast<unsigned>((s[pos] - '0') * 10 + (s[pos + 1] - '0'));
  unsigned b = static_cast<unsigned>((s[second] - '0') * 10 + (s[second + 1] - '0'));
  if (!point || a < 15 || b <= a || b - a > 15) return std::nullopt;
  mention y;
  y.kind = mention_kind::year;
  y.begin = pos;
  y.year = century_window(a);
  y.year_to = century_window(b);
  y.short_year = true;
  y.fiscal = fiscal;
  y.end = end;
  return y;
}

std::optional<mention> japanese_short_year(std::string_view s, std::size_t pos) {
  auto digit = [&](std::size_t i) {
    return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]));
  };
  if (!digit(pos) || !digit(pos + 1) || digit(pos + 2)) return std::nullopt;
  if (pos > 0 && (digit(pos - 1) || s[pos - 1] == '.')) return std::nullopt;
  if (auto span = japanese_short_span(s, pos)) return span;
  bool fiscal = s.substr(pos + 2, 6) == "年度";
  bool point = false;
  if (!fiscal && s.substr(pos + 2, 3) == "年")
    for (std::string_view p : {"には", "に", "から", "まで", "時点", "末", "比", "は", "実績"})
      point = point || s.substr(pos + 5, p.size()) == p;
  // "23年の4870億円から": a year that names the figure right after it ("10年の歴史" is a span).
  if (!fiscal && s.substr(pos + 2, 6) == "年の")
    point = point || digit(pos + 8) || s.substr(pos + 8, 3) == "約";
  // "29年の出荷台数を150万台と", "29年の国内クラウド市場を5兆円と", "24年の市場規模は前年比…":
  // past a measure noun, the figure (or its comparison) after を, は or が.
  if (!fiscal && !point && s.substr(pos + 2, 6) == "年の") {
    std::string_view noun = s.substr(pos + 8, std::min<std::size_t>(72, s.size() - pos - 8));
    for (std::string_view particle : {"を", "は", "が"})
      if (std::size_t at = noun.find(particle); at != std::string_view::npos && at >= 6)
        point = point || digit(pos + 8 + at + 3) || s.substr(pos + 8 + at + 3, 3) == "約" ||
                s.substr(pos + 8 + at + 3, 6) == "前年";
  }
  if (!fiscal && !point) return std::nullopt;
  mention y;
  y.kind = mention_kind::year;
  y.begin = pos;
  y.year = y.year_to =
      century_window(static_cast<unsigned>((s[pos] - '0') * 10 + (s[pos + 1] - '0')));
  y.short_year = true;
  y.fiscal = fiscal;
  y.end = pos + (fiscal ? 8 : 5);
  return y;
}

}  // namespace

std::optional<mention> parse_year(std::string_view s, std::size_t pos) {
  // Fast exit for most candidates: a year starts with an apostrophe, FY, or exactly four digits.
  if (pos >= s.size()) return std::nullopt;
  if (std::isdigit(static_cast<unsigned char>(s[pos]))) {
    auto digit_at = [&](std::size_t i) {
      return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]));
    };
    if (digit_at(pos + 1) && !digit_at(pos + 2) && s.substr(pos + 2, 3) == "년")
      return parse_short_year(s, pos);
    // "28年度に", "23年度からの", "28年には": a Japanese year by its last two digits, as a
    // fiscal year (年度) or before a particle only a point in time takes (a span of years is
    // 10年間, 28年ぶり, 5年後).
    if (auto y = japanese_short_year(s, pos)) return y;
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
    m.year = century_window(first);
    m.short_year = true;
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
  // 2022至2025年, 2021—2027年, 2023〜2030年
  std::size_t sep = end < s.size() && (s[end] == '~' || s[end] == '-') ? 1
                    : s.substr(end, 3) == "至" || s.substr(end, 3) == "—" ||
                            s.substr(end, 3) == "–" || s.substr(end, 3) == "〜" ||
                            s.substr(end, 3) == "～"
                        ? 3
                        : 0;
  if (sep) {
    std::size_t e2 = 0;
    unsigned y2 = 0;
    if (x3p::parse_at(s, end + sep, four, y2, e2) && plausible(static_cast<int>(y2)) &&
        static_cast<int>(y2) > m.year &&
        !(e2 < s.size() && std::isdigit(static_cast<unsigned char>(s[e2])))) {
      m.year_to = static_cast<int>(y2);
      end = e2;
    } else if (sep == 1 && x3p::parse_at(s, end + 1, two, y2, e2) &&
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
    if (s.substr(end, 3) == "度") end += 3, fiscal = true;  // 2023年度: a Japanese fiscal year
    // "2023年至2028年", "2023年度〜2030年度": a range whose years each carry 年.
    for (std::string_view joiner : {"至", "到", "—", "–", "〜", "～", "~", "-"}) {
      std::size_t e2 = 0;
      unsigned y2 = 0;
      if (m.year_to != m.year || s.substr(end, joiner.size()) != joiner ||
          !x3p::parse_at(s, end + joiner.size(), four, y2, e2) || static_cast<int>(y2) <= m.year ||
          !plausible(static_cast<int>(y2)) || s.substr(e2, 3) != "年")
        continue;
      m.year_to = static_cast<int>(y2);
      end = e2 + 3;
      if (fiscal && s.substr(end, 3) == "度") end += 3;
      break;
    }
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
