// Writing articles into a SQLite archive inside a transaction the caller holds.
#pragma once

#include <string>
#include <vector>

#include "archive/record.hpp"
#include "archive/sqlite_db.hpp"

namespace fc::archive::sqlite {

/// The statements that replace articles, compiled once and reused for every article of a
/// batch. Lives inside one transaction; the connection must outlive it.
class writer {
 public:
  explicit writer(connection& db);
  /// False when a statement could not be compiled (see the connection's last failure).
  bool ok() const;
  /// Drops the article at `path` and its claims.
  bool remove(const std::string& path);
  /// Adds the article and its claims (after `remove` of its path).
  bool insert(const article& a, const std::vector<published_claim>& claims);

 private:
  statement remove_claims_, remove_article_, insert_article_, insert_claim_;
};

}  // namespace fc::archive::sqlite
