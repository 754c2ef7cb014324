// libpq wrappers: PQexecParams for every statement, so no value is ever spliced into SQL.
// libpq is loaded with dlopen on first use: linked in, it and its dependencies (TLS, Kerberos,
// LDAP) added about 10 ms to the start of every forecheck run, PostgreSQL or not.
#include "archive/pg_conn.hpp"

#include <dlfcn.h>
#include <libpq-fe.h>

#include <charconv>
#include <cstdio>

namespace fc::archive::pg {
namespace {

// The libpq functions forecheck calls, listed once for the table and for its loader.
#define FC_PQ_FUNCTIONS(FC_PQ) \
  FC_PQ(PQclear)               \
  FC_PQ(PQconnectdb)           \
  FC_PQ(PQerrorMessage)        \
  FC_PQ(PQexec)                \
  FC_PQ(PQexecParams)          \
  FC_PQ(PQfinish)              \
  FC_PQ(PQgetisnull)           \
  FC_PQ(PQgetlength)           \
  FC_PQ(PQgetvalue)            \
  FC_PQ(PQntuples)             \
  FC_PQ(PQresultErrorField)    \
  FC_PQ(PQresultErrorMessage)  \
  FC_PQ(PQresultStatus)        \
  FC_PQ(PQstatus)

struct libpq {
  bool loaded = false;
  std::string problem;
#define FC_PQ(name) decltype(&::name) name = nullptr;
  FC_PQ_FUNCTIONS(FC_PQ)
#undef FC_PQ
};

const libpq& lib() {
  static const libpq l = [] {
    libpq out;
    void* h = ::dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
      out.problem =
          "the PostgreSQL client library libpq.so.5 cannot be loaded (Debian package "
          "libpq5)";
      return out;
    }
    bool all = true;
    auto get = [&](auto& fn, const char* name) {
      fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(::dlsym(h, name));
      all = all && fn;
    };
#define FC_PQ(name) get(out.name, #name);
    FC_PQ_FUNCTIONS(FC_PQ)
#undef FC_PQ
    out.loaded = all;
    if (!all) out.problem = "libpq.so.5 lacks a function forecheck needs";
    return out;
  }();
  return l;
}

}  // namespace

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
result::~result() {
  if (r_) lib().PQclear(r_);
}
result::result(result&& o) noexcept : r_(o.r_) { o.r_ = nullptr; }

bool result::ok() const {
  if (!r_) return false;
  auto s = lib().PQresultStatus(r_);
  return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

int result::rows() const { return r_ ? lib().PQntuples(r_) : 0; }
bool result::is_null(int row, int col) const { return lib().PQgetisnull(r_, row, col) != 0; }

std::string result::text(int row, int col) const {
  return std::string(lib().PQgetvalue(r_, row, col),
                     static_cast<std::size_t>(lib().PQgetlength(r_, row, col)));
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
  std::string e = r_ ? lib().PQresultErrorMessage(r_) : "no result";
  while (!e.empty() && (e.back() == '\n' || e.back() == ' ')) e.pop_back();
  return e;
}

std::string result::sqlstate() const {
  const char* s = r_ ? lib().PQresultErrorField(r_, PG_DIAG_SQLSTATE) : nullptr;
  return s ? s : "";
}

connection::connection(const std::string& uri)
    : c_(lib().loaded ? lib().PQconnectdb(uri.c_str()) : nullptr) {}

connection::~connection() {
  if (c_) lib().PQfinish(c_);
}

bool connection::connected() const { return c_ && lib().PQstatus(c_) == CONNECTION_OK; }

std::string connection::error() const {
  if (!lib().loaded) return lib().problem;
  std::string e = c_ ? lib().PQerrorMessage(c_) : "out of memory";
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
  if (!c_) return result(nullptr);
  return result(lib().PQexecParams(c_, sql.c_str(), static_cast<int>(values.size()), nullptr,
                                   values.data(), nullptr, nullptr, 0));
}

result connection::exec_script(const char* sql) {
  return result(c_ ? lib().PQexec(c_, sql) : nullptr);
}

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
