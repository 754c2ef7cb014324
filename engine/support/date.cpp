// Strict date parsing: a wrong --date must be a usage error, not a silent guess.
#include "support/date.hpp"

#include <charconv>
#include <cstdio>

namespace fc {
namespace {

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

// The fields of a date as written, or a reason it is not one; no range checks yet.
std::optional<date> fields(std::string_view t) {
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
  return d;
}

}  // namespace

std::string date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string date_problem(std::string_view text) {
  auto d = fields(text);
  if (!d) return "expected YYYY-MM-DD";
  if (d->year < 1900 || d->year > 2200) return "expected a year from 1900 to 2200";
  if (d->month < 1 || d->month > 12) return "there is no month " + std::to_string(d->month);
  int days = days_in_month(d->year, d->month);
  if (d->day < 1 || d->day > days) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d has %d days", d->year, d->month, days);
    return buf;
  }
  return {};
}

std::optional<date> parse_date(std::string_view t) {
  if (!date_problem(t).empty()) return std::nullopt;
  return fields(t);
}

}  // namespace fc
