// The SQLite file as input: migration from the previous schema, and refusals that leave a
// file byte for byte as it was (not a database, another program's database, a newer schema).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "archive/sqlite_db.hpp"
#include "archive/sqlite_schema.hpp"
#include "archive/store.hpp"
#include "locations.hpp"

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void run(fc::archive::sqlite::connection& db, const char* sql) {
  fc::archive::sqlite::failure f;
  REQUIRE_MESSAGE(db.exec(sql, f), f.message);
}

}  // namespace

TEST_CASE("a version 1 archive is migrated on open for writing and keeps its claims") {
  auto path = fc::test::fresh_sqlite_path();
  {
    fc::archive::sqlite::connection db(path, true, false);
    fc::archive::sqlite::failure f;
    REQUIRE(fc::archive::sqlite::migrate(db, 0, 1, f));
    run(db,
        "INSERT INTO articles (id, path, hash, title, published) VALUES"
        " (1, 'old.md', 'sha256:00', 'Old', '2022-03-04');"
        "INSERT INTO claims (article_id, ord, kind, text, subject, subject_key, source, year,"
        " point, lo, hi, currency, unit, comparable, sentence, span_start, span_end, line, col)"
        " VALUES (1, 1, 'size', '$2 billion', 'drone market', 'drone market', 'IDC', 2025,"
        " 2e9, 1.5e9, 2.5e9, 'USD', NULL, 1, 'IDC expects $2 billion.', 12, 22, 1, 13)");
  }
  std::string error;
  CHECK_FALSE(fc::archive::open(path, fc::archive::open_mode::read, error));
  CHECK(error.find("schema version 1") != std::string::npos);
  auto s = fc::archive::open(path, fc::archive::open_mode::write, error);
  REQUIRE_MESSAGE(s, error);
  CHECK(s->stats(error)->schema_version == fc::archive::schema_version);
  fc::archive::claim_query q;
  q.subject_keys = {"drone market"};
  auto figures = s->find(q, true, error);
  REQUIRE(figures);
  REQUIRE(figures->size() == 1);
  CHECK(figures->front().figure.text == "$2 billion");
  CHECK(figures->front().figure.value_hedge == "exact");
  CHECK(figures->front().title == "Old");
}

TEST_CASE("what is not a forecheck archive is refused and left unchanged") {
  namespace fs = std::filesystem;
  std::string error;
  SUBCASE("random bytes") {
    auto path = fc::test::fresh_sqlite_path();
    std::ofstream(path, std::ios::binary) << std::string(8192, '\x5a') << "not sqlite";
    std::string before = slurp(path);
    for (auto mode : {fc::archive::open_mode::read, fc::archive::open_mode::write}) {
      CHECK_FALSE(fc::archive::open(path, mode, error));
      CHECK(error.find("is not a forecheck archive (file is not a database)") != std::string::npos);
    }
    CHECK(slurp(path) == before);
  }
  SUBCASE("another program's database") {
    auto path = fc::test::fresh_sqlite_path();
    {
      fc::archive::sqlite::connection db(path, true, false);
      run(db, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')");
    }
    std::string before = slurp(path);
    CHECK_FALSE(fc::archive::open(path, fc::archive::open_mode::write, error));
    CHECK(error.find("not a forecheck archive (no schema_version table)") != std::string::npos);
    CHECK(slurp(path) == before);
  }
  SUBCASE("a newer schema") {
    auto path = fc::test::fresh_sqlite_path();
    {
      std::string e;
      REQUIRE(fc::archive::open(path, fc::archive::open_mode::write, e));
      fc::archive::sqlite::connection db(path, false, false);
      run(db, "UPDATE schema_version SET version = 99; PRAGMA journal_mode = DELETE");
    }
    std::string before = slurp(path);
    for (auto mode : {fc::archive::open_mode::read, fc::archive::open_mode::write}) {
      CHECK_FALSE(fc::archive::open(path, mode, error));
      CHECK(error.find("schema version 99, newer than this forecheck understands (3)") !=
            std::string::npos);
    }
    CHECK(slurp(path) == before);
  }
  SUBCASE("a missing file is not created by a read") {
    auto path = fc::test::fresh_sqlite_path();
    CHECK_FALSE(fc::archive::open(path, fc::archive::open_mode::read, error));
    CHECK(error.find("no archive at") != std::string::npos);
    CHECK_FALSE(fs::exists(path));
  }
}

#if FC_HAVE_POSTGRESQL
#include "archive/pg_conn.hpp"
#include "archive/pg_schema.hpp"

TEST_CASE("a version 1 archive on PostgreSQL is migrated on open for writing") {
  for (const auto& loc : fc::test::fresh_locations()) {
    if (loc.backend != "postgresql") continue;
    {
      fc::archive::pg::connection db(loc.uri);
      REQUIRE_MESSAGE(db.connected(), db.error());
      std::string error;
      REQUIRE_MESSAGE(fc::archive::pg::migrate(db, 0, 1, error), error);
      auto r = db.exec_script(
          "INSERT INTO articles (id, path, hash, title, published) VALUES"
          " (1, 'old.md', 'sha256:00', 'Old', '2022-03-04');"
          "INSERT INTO claims (article_id, ord, kind, text, subject, subject_key, source, year,"
          " point, lo, hi, currency, unit, comparable, sentence, span_start, span_end, line, col)"
          " VALUES (1, 1, 'size', '$2 billion', 'drone market', 'drone market', 'IDC', 2025,"
          " 2e9, 1.5e9, 2.5e9, 'USD', NULL, 1, 'IDC expects $2 billion.', 12, 22, 1, 13)");
      REQUIRE_MESSAGE(r.ok(), r.error());
    }
    std::string error;
    CHECK_FALSE(fc::archive::open(loc.uri, fc::archive::open_mode::read, error));
    CHECK(error.find("schema version 1") != std::string::npos);
    auto s = fc::archive::open(loc.uri, fc::archive::open_mode::write, error);
    REQUIRE_MESSAGE(s, error);
    CHECK(s->stats(error)->schema_version == fc::archive::schema_version);
    fc::archive::claim_query q;
    q.subject_keys = {"drone market"};
    auto figures = s->find(q, true, error);
    REQUIRE(figures);
    REQUIRE(figures->size() == 1);
    CHECK(figures->front().figure.text == "$2 billion");
    CHECK(*figures->front().figure.value->high == doctest::Approx(2.5e9));
  }
}
#endif
