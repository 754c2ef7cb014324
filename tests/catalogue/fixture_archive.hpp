// The archive a rule's fixtures are checked against: every file under the rule's `archive`
// folder, indexed into a fresh SQLite file. Shared by the catalogue tests.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "archive/store.hpp"
#include "check.hpp"
#include "index.hpp"

namespace fc::test {

/// Opens `db` for writing and indexes every file of `folder` into it with the options `o`.
inline std::unique_ptr<fc::archive::store> fixture_archive(const std::filesystem::path& folder,
                                                           const std::filesystem::path& db,
                                                           const fc::check_options& o) {
  std::string error;
  auto published = fc::archive::open(db.string(), fc::archive::open_mode::write, error);
  REQUIRE_MESSAGE(published, error);
  for (const auto& e : std::filesystem::directory_iterator(folder)) {
    std::ifstream in(e.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto a = fc::index_text(e.path().string(), bytes, o, {});
    REQUIRE(published->put(a.article, a.claims, error));
  }
  return published;
}

}  // namespace fc::test
