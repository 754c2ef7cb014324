// The SQLite archive backend (sqlite_store.cpp); `archive::open` picks it for a file path.
#pragma once

#include <memory>
#include <string>

#include "archive/store.hpp"

namespace fc::archive {

/// Opens or (in write mode) creates the SQLite archive at `path`.
std::unique_ptr<store> open_sqlite(const std::string& path, open_mode mode, std::string& error);

}  // namespace fc::archive
