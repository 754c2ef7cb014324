// Fresh archive locations for the store tests (see locations.hpp).
#include "locations.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>

#if FC_HAVE_POSTGRESQL
#include <libpq-fe.h>
#endif

namespace fc::test {

std::string fresh_sqlite_path() {
  static std::atomic<int> n{0};
  auto p = std::filesystem::temp_directory_path() /
           ("forecheck-store-" + std::to_string(::getpid()) + "-" + std::to_string(++n) + ".db");
  for (const char* tail : {"", "-wal", "-shm"}) std::filesystem::remove(p.string() + tail);
  return p.string();
}

#if FC_HAVE_POSTGRESQL
namespace {

// A new schema on the test server; the URI selects it through the search path.
std::string fresh_pg_schema(const std::string& server) {
  static std::atomic<int> n{0};
  std::string schema = "t" + std::to_string(::getpid()) + "_" + std::to_string(++n);
  PGconn* c = PQconnectdb(server.c_str());
  std::string sql = "SET client_min_messages = warning; DROP SCHEMA IF EXISTS " + schema +
                    " CASCADE; CREATE SCHEMA " + schema;
  PGresult* r = PQexec(c, sql.c_str());
  PQclear(r);
  PQfinish(c);
  return server + (server.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" +
         schema;
}

}  // namespace
#endif

std::vector<location> fresh_locations() {
  std::vector<location> out{{"sqlite", fresh_sqlite_path()}};
#if FC_HAVE_POSTGRESQL
  if (const char* server = std::getenv("FC_TEST_POSTGRESQL"); server && *server)
    out.push_back({"postgresql", fresh_pg_schema(server)});
#endif
  return out;
}

}  // namespace fc::test
