// Where the store tests run: a fresh SQLite file always, and a fresh schema on the PostgreSQL
// server named by FC_TEST_POSTGRESQL (tests/archive/pg_server.sh starts one) when it is set.
#pragma once

#include <string>
#include <vector>

namespace fc::test {

/// A new, empty archive location per call for each backend under test ("sqlite", "postgresql").
struct location {
  std::string backend;
  std::string uri;
};
std::vector<location> fresh_locations();

/// A fresh SQLite path in the temporary directory (no file yet).
std::string fresh_sqlite_path();

}  // namespace fc::test
