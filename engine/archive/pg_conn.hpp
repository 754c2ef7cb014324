// A thin RAII layer over libpq: one connection, parameterised statements (values are always
// sent apart from the SQL text), results read by row and column.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace fc::archive::pg {

/// One parameter as text (PostgreSQL's text protocol), or NULL.
using param = std::optional<std::string>;
param num(std::int64_t v);
param num(const std::optional<int>& v);
param num(const std::optional<double>& v);  ///< 17 significant digits: exact round trip

class result {
 public:
  explicit result(pg_result* r);
  ~result();
  result(result&&) noexcept;
  result(const result&) = delete;
  result& operator=(const result&) = delete;
  result& operator=(result&&) = delete;

  bool ok() const;  ///< a command or query that succeeded
  int rows() const;
  bool is_null(int row, int col) const;
  std::string text(int row, int col) const;
  std::optional<std::string> opt_text(int row, int col) const;
  std::int64_t integer(int row, int col) const;
  std::optional<int> opt_int(int row, int col) const;
  std::optional<double> opt_real(int row, int col) const;
  std::string error() const;
  std::string sqlstate() const;

 private:
  pg_result* r_;
};

class connection {
 public:
  explicit connection(const std::string& uri);
  ~connection();
  connection(const connection&) = delete;
  connection& operator=(const connection&) = delete;

  bool connected() const;
  std::string error() const;  ///< the connection's last message, one line
  result exec(const std::string& sql, const std::vector<param>& params = {});
  /// Several statements without parameters (schema migrations).
  result exec_script(const char* sql);

 private:
  pg_conn* c_;
};

/// `uri` with any password replaced by "***", for messages.
std::string redact(const std::string& uri);

}  // namespace fc::archive::pg
