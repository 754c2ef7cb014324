// The SQLite archive's schema as an ordered list of migrations, and the checks made on open:
// a file that is no SQLite database, another program's database, or a newer schema is refused
// and left as it was.
#pragma once

#include <string>

#include "archive/sqlite_db.hpp"

namespace fc::archive::sqlite {

/// Brings the schema from `from` to `to` (1 ≤ `to` ≤ schema_version) inside the caller's
/// transaction and records the new version.
bool migrate(connection& db, int from, int to, failure& f);

/// Prepares an open connection for use: reads the schema version, creates or migrates it when
/// `write`, and refuses what is not a forecheck archive. The message names `location`.
bool prepare(connection& db, const std::string& location, bool write, std::string& error);

}  // namespace fc::archive::sqlite
