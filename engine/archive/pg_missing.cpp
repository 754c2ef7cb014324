// Builds without libpq: a postgresql:// archive is refused with a message saying why.
#include "archive/pg_store.hpp"

namespace fc::archive {

std::unique_ptr<store> open_postgresql(const std::string&, open_mode, std::string& error) {
  error = "this forecheck was built without PostgreSQL support (install libpq-dev and rebuild)";
  return nullptr;
}

}  // namespace fc::archive
