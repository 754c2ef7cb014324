// The SQLite RAII layer: connections opened with full mutexing, statements prepared once.
#include "archive/sqlite_db.hpp"

#include <sqlite3.h>

namespace fc::archive::sqlite {

connection::connection(const std::string& path, bool create, bool read_only, bool uri) {
  int flags = SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_NOFOLLOW | (uri ? SQLITE_OPEN_URI : 0);
  flags |= read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (create && !read_only) flags |= SQLITE_OPEN_CREATE;
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    open_failure_ = failure{db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc), rc};
    sqlite3_close(db_);
    db_ = nullptr;
    return;
  }
  sqlite3_extended_result_codes(db_, 1);
}

connection::~connection() { sqlite3_close(db_); }

bool connection::exec(const char* sql, failure& f) {
  if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) == SQLITE_OK) return true;
  f = last_failure();
  return false;
}

failure connection::last_failure() const {
  return {sqlite3_errmsg(db_), sqlite3_extended_errcode(db_)};
}

statement::statement(connection& c, const char* sql) {
  if (sqlite3_prepare_v2(c.handle(), sql, -1, &stmt_, nullptr) != SQLITE_OK) {
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
    failed_ = true;
  }
}

statement::~statement() { sqlite3_finalize(stmt_); }

statement& statement::bind(int i, std::string_view v) {
  sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}

statement& statement::bind(int i, std::int64_t v) {
  sqlite3_bind_int64(stmt_, i, v);
  return *this;
}

statement& statement::bind(int i, const std::optional<std::string>& v) {
  if (v) return bind(i, std::string_view(*v));
  sqlite3_bind_null(stmt_, i);
  return *this;
}

statement& statement::bind(int i, const std::optional<double>& v) {
  if (v)
    sqlite3_bind_double(stmt_, i, *v);
  else
    sqlite3_bind_null(stmt_, i);
  return *this;
}

statement& statement::bind(int i, const std::optional<int>& v) {
  if (v)
    sqlite3_bind_int64(stmt_, i, *v);
  else
    sqlite3_bind_null(stmt_, i);
  return *this;
}

bool statement::step() {
  if (!stmt_) return false;
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  failed_ = failed_ || rc != SQLITE_DONE;
  return false;
}

void statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  failed_ = stmt_ == nullptr;
}

bool statement::is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

std::int64_t statement::integer(int col) const { return sqlite3_column_int64(stmt_, col); }

double statement::real(int col) const { return sqlite3_column_double(stmt_, col); }

std::string statement::text(int col) const {
  const auto* p = sqlite3_column_text(stmt_, col);
  int n = sqlite3_column_bytes(stmt_, col);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : "";
}

std::optional<std::string> statement::opt_text(int col) const {
  if (is_null(col)) return std::nullopt;
  return text(col);
}

std::optional<double> statement::opt_real(int col) const {
  if (is_null(col)) return std::nullopt;
  return real(col);
}

std::optional<int> statement::opt_int(int col) const {
  if (is_null(col)) return std::nullopt;
  return static_cast<int>(integer(col));
}

}  // namespace fc::archive::sqlite
