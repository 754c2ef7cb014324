// Strict date parsing: a wrong --date must be a usage error, not a silent guess.
#include "support/date.hpp"

#include <charconv>
#include <cstdio>

namespace fc {

std::string date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<date> parse_date(std::string_view t) {
  while (!t.empty() && (t.front() == ' ' || t.front() == '"' || t.front() == '\''))
    t.remove_prefix(1);
  while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == '\'' || t.back() == '\r'))
    t.remove_suffix(1);
  if (t.size() > 10) {
    char c = t[10];
    if (c == 'T' || c == ' ') t = t.substr(0, 10);
  }
  if (t.size() != 10) return std::nullopt;
  char sep = t[4];
  if ((sep != '-' && sep != '.' && sep != '/') || t[7] != sep) return std::nullopt;
  date d;
  auto num = [&](std::size_t b, std::size_t n, int& out) {
    auto r = std::from_chars(t.data() + b, t.data() + b + n, out);
    return r.ec == std::errc() && r.ptr == t.data() + b + n;
  };
  if (!num(0, 4, d.year) || !num(5, 2, d.month) || !num(8, 2, d.day)) return std::nullopt;
  if (d.year < 1900 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31)
    return std::nullopt;
  return d;
}

}  // namespace fc
