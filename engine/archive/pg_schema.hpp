// The PostgreSQL archive's schema: the same tables and versions as the SQLite one
// (sqlite_schema.cpp) in PostgreSQL's dialect, created and migrated under an advisory lock.
#pragma once

#include <string>

#include "archive/pg_conn.hpp"

namespace fc::archive::pg {

/// Brings the schema from `from` to `to` inside the caller's transaction.
bool migrate(connection& db, int from, int to, std::string& error);

/// Reads the schema version, creates or migrates it when `write`, refuses a newer one.
bool prepare(connection& db, const std::string& location, bool write, std::string& error);

}  // namespace fc::archive::pg
