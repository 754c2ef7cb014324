// A thin RAII layer over the SQLite C API: one connection, prepared statements with typed
// binds and columns. SQL text never contains a value: every value is bound.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace fc::archive::sqlite {

/// A failed SQLite call: the library's message and its extended result code.
struct failure {
  std::string message;
  int code = 0;
};

class connection {
 public:
  /// Opens `path`; `create` allows making a new file, `read_only` opens without write access,
  /// `uri` reads `path` as a file: URI.
  connection(const std::string& path, bool create, bool read_only, bool uri = false);
  ~connection();
  connection(const connection&) = delete;
  connection& operator=(const connection&) = delete;

  /// The open failure, if the constructor failed.
  const std::optional<failure>& open_failure() const { return open_failure_; }
  sqlite3* handle() const { return db_; }
  /// Runs statements without parameters (schema, pragmas, BEGIN/COMMIT).
  bool exec(const char* sql, failure& f);
  failure last_failure() const;

 private:
  sqlite3* db_ = nullptr;
  std::optional<failure> open_failure_;
};

class statement {
 public:
  statement(connection& c, const char* sql);
  ~statement();
  statement(const statement&) = delete;
  statement& operator=(const statement&) = delete;

  bool ok() const { return stmt_ != nullptr; }
  /// Binds by 1-based index; an empty optional binds NULL.
  statement& bind(int i, std::string_view v);
  statement& bind(int i, std::int64_t v);
  statement& bind(int i, const std::optional<std::string>& v);
  statement& bind(int i, const std::optional<double>& v);
  statement& bind(int i, const std::optional<int>& v);
  /// Steps once: true with a row, false when done or failed (see `failed`).
  bool step();
  /// Resets for re-use and clears the bindings.
  void reset();
  bool failed() const { return failed_; }

  bool is_null(int col) const;
  std::int64_t integer(int col) const;
  double real(int col) const;
  std::string text(int col) const;
  std::optional<std::string> opt_text(int col) const;
  std::optional<double> opt_real(int col) const;
  std::optional<int> opt_int(int col) const;

 private:
  sqlite3_stmt* stmt_ = nullptr;
  bool failed_ = false;
};

}  // namespace fc::archive::sqlite
