// SQLite schema and migrations. Version 1 held articles and claims; version 2 records where an
// article's date came from, its language, and each claim's rate kind, hedge and forecast flag;
// version 3 stores claims clustered by subject and year (WITHOUT ROWID), so the few hundred
// figures a check reads lie on a few pages instead of one page each.
#include "archive/sqlite_schema.hpp"

#include <sqlite3.h>

#include <chrono>
#include <thread>

#include "archive/store.hpp"

namespace fc::archive::sqlite {
namespace {

// Migration i takes the schema from version i to i + 1. Schema text holds no values.
constexpr const char* migrations[] = {
    "CREATE TABLE schema_version (version INTEGER NOT NULL);"
    "INSERT INTO schema_version (version) VALUES (0);"
    "CREATE TABLE articles (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE,"
    " hash TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', published TEXT);"
    "CREATE TABLE claims (id INTEGER PRIMARY KEY,"
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " ord INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, subject TEXT,"
    " subject_key TEXT, source TEXT, year INTEGER, point REAL, lo REAL, hi REAL,"
    " currency TEXT, unit TEXT, comparable INTEGER NOT NULL, sentence TEXT NOT NULL,"
    " span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, line INTEGER NOT NULL,"
    " col INTEGER NOT NULL);"
    "CREATE INDEX claims_by_subject ON claims (subject_key, year);",

    "ALTER TABLE articles ADD COLUMN date_from TEXT;"
    "ALTER TABLE articles ADD COLUMN lang TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE claims ADD COLUMN rate_of TEXT NOT NULL DEFAULT 'none';"
    "ALTER TABLE claims ADD COLUMN hedge TEXT NOT NULL DEFAULT 'exact';"
    "ALTER TABLE claims ADD COLUMN forecast INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE claims ADD COLUMN end_line INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE claims ADD COLUMN end_col INTEGER NOT NULL DEFAULT 0;"
    "CREATE INDEX claims_by_article ON claims (article_id);",

    "CREATE TABLE claims_v3 ("
    " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " ord INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, subject TEXT,"
    " subject_key TEXT NOT NULL, source TEXT, year INTEGER NOT NULL, point REAL, lo REAL,"
    " hi REAL, currency TEXT, unit TEXT, comparable INTEGER NOT NULL, sentence TEXT NOT NULL,"
    " span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, line INTEGER NOT NULL,"
    " col INTEGER NOT NULL, rate_of TEXT NOT NULL DEFAULT 'none',"
    " hedge TEXT NOT NULL DEFAULT 'exact', forecast INTEGER NOT NULL DEFAULT 0,"
    " end_line INTEGER NOT NULL DEFAULT 0, end_col INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (subject_key, year, article_id, ord)) WITHOUT ROWID;"
    "INSERT INTO claims_v3 SELECT article_id, ord, kind, text, subject, coalesce(subject_key, ''),"
    " source, coalesce(year, 0), point, lo, hi, currency, unit, comparable, sentence, span_start,"
    " span_end, line, col, rate_of, hedge, forecast, end_line, end_col FROM claims;"
    "DROP TABLE claims;"
    "ALTER TABLE claims_v3 RENAME TO claims;"
    "CREATE INDEX claims_by_article ON claims (article_id);",
};
static_assert(std::size(migrations) == schema_version);

// What the file holds: -1 when it is no forecheck archive, 0 when it is empty.
int read_version(connection& db, const std::string& location, std::string& error) {
  statement tables(db, "SELECT count(*), sum(name = 'schema_version') FROM sqlite_master");
  if (!tables.step()) {
    auto f = db.last_failure();
    bool not_db = (f.code & 0xFF) == SQLITE_NOTADB || (f.code & 0xFF) == SQLITE_CORRUPT;
    error =
        not_db ? location + " is not a forecheck archive (" + f.message + "); it was left unchanged"
               : "cannot read archive " + location + ": " + f.message;
    return -1;
  }
  if (tables.integer(0) == 0) return 0;
  if (tables.integer(1) == 0) {
    error = location + " is a SQLite database but not a forecheck archive (no schema_version" +
            " table); it was left unchanged";
    return -1;
  }
  statement version(db, "SELECT version FROM schema_version");
  if (!version.step()) {
    error = location + ": cannot read the schema version (" + db.last_failure().message + ")";
    return -1;
  }
  return static_cast<int>(version.integer(0));
}

}  // namespace

bool migrate(connection& db, int from, int to, failure& f) {
  for (int v = from; v < to; ++v)
    if (!db.exec(migrations[v], f)) return false;
  statement set(db, "UPDATE schema_version SET version = ?");
  set.bind(1, std::int64_t{to});
  set.step();
  if (set.failed()) f = db.last_failure();
  return !set.failed();
}

bool prepare(connection& db, const std::string& location, bool write, std::string& error) {
  sqlite3_busy_timeout(db.handle(), 30000);  // concurrent index and check runs wait their turn
  // Memory-mapped reads: a check touches a few hundred scattered rows, and one read() each
  // cost more than the query itself (tools/bench-archive).
  failure ignored;
  db.exec("PRAGMA mmap_size = 268435456", ignored);
  int version = read_version(db, location, error);
  if (version < 0) return false;
  if (version > schema_version) {
    error = newer_schema_error(location, version);
    return false;
  }
  if (!write) {
    if (version == schema_version) return true;
    error = version == 0 ? location + " is an empty database, not a forecheck archive yet" +
                               " (create it with 'forecheck index --db " + location + " PATH')"
                         : location + " has archive schema version " + std::to_string(version) +
                               "; run 'forecheck index --db " + location + "' to migrate it";
    return false;
  }
  if (sqlite3_db_readonly(db.handle(), "main") == 1) {
    error = location + " is read-only: cannot index into it (nothing was changed)";
    return false;
  }
  failure f;
  // WAL lets checks read while an index run writes; it is a property of the file, set once.
  // NORMAL is WAL's documented pairing: a crash never corrupts or half-writes, and commits stay
  // cheap; only the last commits before a power cut may be lost.
  // Two runs that open a new file at once both switch it to WAL; SQLite answers the second
  // with "database is locked" at once, without its busy handler, so it waits here instead.
  auto busy = [](const failure& x) {
    return (x.code & 0xFF) == SQLITE_BUSY || (x.code & 0xFF) == SQLITE_LOCKED;
  };
  bool set = false;
  for (int waited_ms = 0; !set; waited_ms += 20) {
    set = db.exec("PRAGMA journal_mode = WAL", f) && db.exec("PRAGMA synchronous = NORMAL", f) &&
          db.exec("PRAGMA foreign_keys = ON", f);
    if (set) break;
    if (!busy(f) || waited_ms >= 30000) {
      error = location + ": " + f.message;
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (version == schema_version) return true;
  // Another index run may be creating or migrating the same file: decide under the write lock.
  if (!db.exec("BEGIN IMMEDIATE", f)) {
    error = location + ": " + f.message;
    return false;
  }
  version = read_version(db, location, error);
  bool ok = version >= 0 && (version == schema_version || migrate(db, version, schema_version, f));
  if (ok && db.exec("COMMIT", f)) return true;
  if (version >= 0) error = location + ": cannot create or migrate the schema: " + f.message;
  db.exec("ROLLBACK", f);
  return false;
}

}  // namespace fc::archive::sqlite
