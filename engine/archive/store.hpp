// The archive store: one interface, a SQLite and a PostgreSQL backend behind it. Every method
// reports failure as false/nullopt with a message in `error`; nothing throws past it.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "archive/record.hpp"

namespace fc::archive {

/// The schema version this build writes; older archives are migrated on open for writing.
inline constexpr int schema_version = 3;

/// The refusal for an archive written by a newer forecheck, the same on every backend.
inline std::string newer_schema_error(const std::string& location, int version) {
  return location + " has archive schema version " + std::to_string(version) +
         ", newer than this forecheck understands (" + std::to_string(schema_version) +
         "); use a newer forecheck. The archive was left unchanged";
}

enum class open_mode {
  read,   ///< check, query, stats: never creates or changes the database
  write,  ///< index: creates the database when missing and migrates an older schema
};

class store {
 public:
  virtual ~store() = default;
  store() = default;
  store(const store&) = delete;
  store& operator=(const store&) = delete;

  /// Path → content hash of every stored article.
  virtual std::optional<std::map<std::string, std::string>> hashes(std::string& error) = 0;
  /// Replaces the article at `a.path` and its claims in one transaction: afterwards the
  /// archive holds either the old version or the whole new one.
  bool put(const article& a, const std::vector<published_claim>& claims, std::string& error) {
    return put_all({{&a, &claims}}, error);
  }
  /// Several articles in one transaction (an index run's batch): each is whole or absent,
  /// and a failure leaves every one of them as it was.
  struct entry {
    const article* a;
    const std::vector<published_claim>* claims;
  };
  virtual bool put_all(const std::vector<entry>& batch, std::string& error) = 0;
  /// Drops the article at `path` with its claims (one transaction).
  virtual bool remove(const std::string& path, std::string& error) = 0;
  /// Comparable figures and other claims matching `q`, ordered by date, path and position.
  virtual std::optional<std::vector<published_claim>> find(const claim_query& q, bool figures_only,
                                                           std::string& error) = 0;
  /// Every comparable figure of these subjects as a trend point, in no particular order.
  virtual std::optional<std::vector<trend_point>> trend_points(
      const std::vector<std::string>& subject_keys, std::string& error) = 0;
  virtual std::optional<archive_stats> stats(std::string& error) = 0;
  /// The database's location as given, for messages.
  virtual const std::string& location() const = 0;
};

/// True when `location` names a PostgreSQL server (postgresql://… or postgres://…).
bool is_postgresql(const std::string& location);

/// Opens the archive at `location`: a SQLite file, or a PostgreSQL connection URI. On failure
/// returns nullptr with a message that says what is wrong and what to do.
std::unique_ptr<store> open(const std::string& location, open_mode mode, std::string& error);

}  // namespace fc::archive
