// The PostgreSQL archive backend (pg_store.cpp, libpq); `archive::open` picks it for a
// postgresql:// or postgres:// URI.
#pragma once

#include <memory>
#include <string>

#include "archive/store.hpp"

namespace fc::archive {

/// Connects to the archive at the URI `uri`, creating or migrating its schema in write mode.
std::unique_ptr<store> open_postgresql(const std::string& uri, open_mode mode, std::string& error);

}  // namespace fc::archive
