// Claims to rows and back. Kinds and rate kinds are stored by their contract names, so a row
// reads the same to a person with the sqlite3 or psql shell.
#include "archive/row.hpp"

#include <charconv>

namespace fc::archive {
namespace {

claim_kind kind_of(const std::string& s) {
  for (auto k : {claim_kind::size, claim_kind::quantity, claim_kind::growth, claim_kind::change,
                 claim_kind::share})
    if (s == to_string(k)) return k;
  return claim_kind::size;
}

rate_kind rate_of(const std::string& s) {
  for (auto k :
       {rate_kind::none, rate_kind::cagr, rate_kind::yoy, rate_kind::total, rate_kind::other,
        rate_kind::percent, rate_kind::points, rate_kind::factor, rate_kind::difference})
    if (s == to_string(k)) return k;
  return rate_kind::none;
}

std::int64_t ordinal(const std::string& id) {
  std::int64_t n = 0;
  if (id.size() > 1) std::from_chars(id.data() + 1, id.data() + id.size(), n);
  return n;
}

}  // namespace

const char* to_string(date_origin o) {
  switch (o) {
    case date_origin::front_matter:
      return "front-matter";
    case date_origin::option:
      return "option";
    case date_origin::file_time:
      return "file-time";
    case date_origin::none:
      break;
  }
  return "none";
}

std::optional<date_origin> parse_date_origin(std::string_view s) {
  for (auto o :
       {date_origin::front_matter, date_origin::option, date_origin::file_time, date_origin::none})
    if (s == to_string(o)) return o;
  return std::nullopt;
}

std::optional<std::string> date_text(const std::optional<date>& d) {
  if (!d) return std::nullopt;
  return d->iso();
}

claim_row to_row(const published_claim& p) {
  const claim& c = p.figure;
  claim_row r;
  r.ord = ordinal(c.id);
  r.kind = to_string(c.kind);
  r.text = c.text;
  r.subject = c.subject;
  r.subject_key = c.subject_key;
  r.source = c.source;
  r.year = c.year;
  if (const auto& v = c.value ? c.value : c.rate) {
    r.point = v->point;
    r.lo = v->low;
    r.hi = v->high;
  }
  r.currency = c.currency;
  r.unit = c.unit;
  r.rate_of = to_string(c.rate_of);
  r.hedge = c.value_hedge;
  r.forecast = c.forecast ? 1 : 0;
  r.comparable = p.comparable ? 1 : 0;
  r.sentence = p.sentence;
  r.span_start = static_cast<std::int64_t>(c.where.start);
  r.span_end = static_cast<std::int64_t>(c.where.end);
  r.line = static_cast<std::int64_t>(c.where.line);
  r.col = static_cast<std::int64_t>(c.where.column);
  r.end_line = static_cast<std::int64_t>(c.where.end_line);
  r.end_col = static_cast<std::int64_t>(c.where.end_column);
  return r;
}

published_claim from_row(const claim_row& r, const std::string& path, const std::string& title,
                         const std::optional<std::string>& published) {
  published_claim p;
  claim& c = p.figure;
  c.id = "c" + std::to_string(r.ord);
  c.kind = kind_of(r.kind);
  c.text = r.text;
  c.subject = r.subject;
  // SQLite's clustered table (schema 3) keeps an absent key or year as '' and 0.
  if (r.subject_key && !r.subject_key->empty()) c.subject_key = r.subject_key;
  c.source = r.source;
  if (r.year && *r.year != 0) c.year = r.year;
  if (r.point) {
    interval v{*r.point, r.lo, r.hi};
    (c.kind == claim_kind::size || c.kind == claim_kind::quantity ? c.value : c.rate) = v;
  }
  c.currency = r.currency;
  c.unit = r.unit;
  c.rate_of = rate_of(r.rate_of);
  c.value_hedge = r.hedge;
  c.forecast = r.forecast != 0;
  auto z = [](std::int64_t v) { return static_cast<std::size_t>(v < 0 ? 0 : v); };
  c.where = span{z(r.span_start), z(r.span_end), z(r.line), z(r.col), z(r.end_line), z(r.end_col)};
  p.comparable = r.comparable != 0;
  p.sentence = r.sentence;
  p.path = path;
  p.title = title;
  if (published) p.published = parse_date(*published);
  return p;
}

}  // namespace fc::archive
