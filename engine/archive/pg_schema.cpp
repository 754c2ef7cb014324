// PostgreSQL schema and migrations, version for version the SQLite ones. DDL is transactional
// here, so a migration either lands whole or not at all.
#include "archive/pg_schema.hpp"

#include "archive/store.hpp"

namespace fc::archive::pg {
namespace {

constexpr const char* migrations[] = {
    "CREATE TABLE schema_version (version INTEGER NOT NULL);"
    "INSERT INTO schema_version (version) VALUES (0);"
    "CREATE TABLE articles (id BIGSERIAL PRIMARY KEY, path TEXT NOT NULL UNIQUE,"
    " hash TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', published TEXT);"
    "CREATE TABLE claims (id BIGSERIAL PRIMARY KEY,"
    " article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " ord BIGINT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, subject TEXT,"
    " subject_key TEXT, source TEXT, year INTEGER, point DOUBLE PRECISION,"
    " lo DOUBLE PRECISION, hi DOUBLE PRECISION, currency TEXT, unit TEXT,"
    " comparable INTEGER NOT NULL, sentence TEXT NOT NULL, span_start BIGINT NOT NULL,"
    " span_end BIGINT NOT NULL, line BIGINT NOT NULL, col BIGINT NOT NULL);"
    "CREATE INDEX claims_by_subject ON claims (subject_key, year);",

    "ALTER TABLE articles ADD COLUMN date_from TEXT;"
    "ALTER TABLE articles ADD COLUMN lang TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE claims ADD COLUMN rate_of TEXT NOT NULL DEFAULT 'none';"
    "ALTER TABLE claims ADD COLUMN hedge TEXT NOT NULL DEFAULT 'exact';"
    "ALTER TABLE claims ADD COLUMN forecast BIGINT NOT NULL DEFAULT 0;"
    "ALTER TABLE claims ADD COLUMN end_line BIGINT NOT NULL DEFAULT 0;"
    "ALTER TABLE claims ADD COLUMN end_col BIGINT NOT NULL DEFAULT 0;"
    "CREATE INDEX claims_by_article ON claims (article_id);",

    // Version 3 clusters SQLite's claims by subject; PostgreSQL keeps its heap and index, and
    // moves in step so both backends name the same schema by one number.
    "SELECT 1;",
};
static_assert(std::size(migrations) == schema_version);

// Every forecheck that creates or migrates an archive takes this lock first.
constexpr const char* lock_key = "7310542017";

// 0 when the search path holds no archive yet, -1 on failure. A reader asks for the version
// at once, one round trip, and takes a missing table (42P01) for no archive; a writer may be in
// a transaction, which that error would abort, so it looks the table up first.
int read_version(connection& db, const std::string& location, bool write, std::string& error) {
  if (!write) {
    auto v = db.exec("SELECT version FROM schema_version");
    if (!v.ok() && v.sqlstate() == "42P01") return 0;
    if (v.ok() && v.rows() == 1) return static_cast<int>(v.integer(0, 0));
    error = location + ": cannot read the schema version (" + v.error() + ")";
    return -1;
  }
  auto exists = db.exec("SELECT to_regclass('schema_version') IS NOT NULL");
  if (!exists.ok()) {
    error = location + ": " + exists.error();
    return -1;
  }
  if (exists.text(0, 0) != "t") return 0;
  auto v = db.exec("SELECT version FROM schema_version");
  if (!v.ok() || v.rows() != 1) {
    error = location + ": cannot read the schema version (" + v.error() + ")";
    return -1;
  }
  return static_cast<int>(v.integer(0, 0));
}

}  // namespace

bool migrate(connection& db, int from, int to, std::string& error) {
  for (int v = from; v < to; ++v) {
    auto r = db.exec_script(migrations[v]);
    if (!r.ok()) {
      error = r.error();
      return false;
    }
  }
  auto r = db.exec("UPDATE schema_version SET version = $1", {num(std::int64_t{to})});
  if (!r.ok()) error = r.error();
  return r.ok();
}

bool prepare(connection& db, const std::string& location, bool write, std::string& error) {
  int version = read_version(db, location, write, error);
  if (version < 0) return false;
  if (version > schema_version) {
    error = newer_schema_error(location, version);
    return false;
  }
  if (version == schema_version) return true;
  if (!write) {
    error = version == 0 ? "no forecheck archive at " + location + " (create it with " +
                               "'forecheck index --db URI PATH...')"
                         : location + " has archive schema version " + std::to_string(version) +
                               "; run 'forecheck index --db URI' to migrate it";
    return false;
  }
  if (!db.exec("BEGIN").ok()) {
    error = location + ": " + db.error();
    return false;
  }
  auto lock = db.exec("SELECT pg_advisory_xact_lock($1)", {std::string(lock_key)});
  version = lock.ok() ? read_version(db, location, true, error) : -1;
  if (!lock.ok()) error = location + ": " + lock.error();
  std::string why;
  bool ok =
      version >= 0 && (version == schema_version || migrate(db, version, schema_version, why));
  if (ok && db.exec("COMMIT").ok()) return true;
  if (version >= 0) error = location + ": cannot create or migrate the schema: " + why;
  db.exec("ROLLBACK");
  return false;
}

}  // namespace fc::archive::pg
