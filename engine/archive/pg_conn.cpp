// libpq wrappers: PQexecParams for every statement, so no value is ever spliced into SQL.
#include "archive/pg_conn.hpp"

#include <libpq-fe.h>

#include <charconv>
#include <cstdio>

namespace fc::archive::pg {

param num(std::int64_t v) { return std::to_string(v); }

param num(const std::optional<int>& v) {
  if (!v) return std::nullopt;
  return std::to_string(*v);
}

param num(const std::optional<double>& v) {
  if (!v) return std::nullopt;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", *v);
  return std::string(buf);
}

result::result(pg_result* r) : r_(r) {}
result::~result() { PQclear(r_); }
result::result(result&& o) noexcept : r_(o.r_) { o.r_ = nullptr; }

bool result::ok() const {
  auto s = PQresultStatus(r_);
  return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

int result::rows() const { return PQntuples(r_); }
bool result::is_null(int row, int col) const { return PQgetisnull(r_, row, col) != 0; }

std::string result::text(int row, int col) const {
  return std::string(PQgetvalue(r_, row, col), static_cast<std::size_t>(PQgetlength(r_, row, col)));
}

std::optional<std::string> result::opt_text(int row, int col) const {
  if (is_null(row, col)) return std::nullopt;
  return text(row, col);
}

std::int64_t result::integer(int row, int col) const {
  std::int64_t v = 0;
  std::string t = text(row, col);
  std::from_chars(t.data(), t.data() + t.size(), v);
  return v;
}

std::optional<int> result::opt_int(int row, int col) const {
  if (is_null(row, col)) return std::nullopt;
  return static_cast<int>(integer(row, col));
}

std::optional<double> result::opt_real(int row, int col) const {
  if (is_null(row, col)) return std::nullopt;
  double v = 0;
  std::string t = text(row, col);
  std::from_chars(t.data(), t.data() + t.size(), v);
  return v;
}

std::string result::error() const {
  std::string e = r_ ? PQresultErrorMessage(r_) : "no result";
  while (!e.empty() && (e.back() == '\n' || e.back() == ' ')) e.pop_back();
  return e;
}

std::string result::sqlstate() const {
  const char* s = r_ ? PQresultErrorField(r_, PG_DIAG_SQLSTATE) : nullptr;
  return s ? s : "";
}

connection::connection(const std::string& uri) : c_(PQconnectdb(uri.c_str())) {}
connection::~connection() { PQfinish(c_); }

bool connection::connected() const { return c_ && PQstatus(c_) == CONNECTION_OK; }

std::string connection::error() const {
  std::string e = c_ ? PQerrorMessage(c_) : "out of memory";
  // libpq's message may span lines ("connection to server … failed: \n\tIs the server …").
  std::string out;
  for (char ch : e) {
    if (ch == '\n' || ch == '\t') ch = ' ';
    if (!(ch == ' ' && (out.empty() || out.back() == ' '))) out += ch;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

result connection::exec(const std::string& sql, const std::vector<param>& params) {
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
  return result(PQexecParams(c_, sql.c_str(), static_cast<int>(values.size()), nullptr,
                             values.data(), nullptr, nullptr, 0));
}

result connection::exec_script(const char* sql) { return result(PQexec(c_, sql)); }

std::string redact(const std::string& uri) {
  // postgresql://user:password@host/… → postgresql://user:***@host/…
  std::string out = uri;
  auto scheme = out.find("://");
  auto at = scheme == std::string::npos ? std::string::npos : out.find('@', scheme + 3);
  auto slash = scheme == std::string::npos ? std::string::npos : out.find('/', scheme + 3);
  if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
    auto colon = out.find(':', scheme + 3);
    if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "***");
  }
  // A password given as a query parameter is hidden too.
  auto pw = out.find("password=");
  if (pw != std::string::npos) {
    auto end = out.find('&', pw);
    out.replace(pw + 9, end == std::string::npos ? std::string::npos : end - pw - 9, "***");
  }
  return out;
}

}  // namespace fc::archive::pg
