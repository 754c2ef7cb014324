// Picking the backend from the location, and the shared listing order.
#include <algorithm>
#include <tuple>

#include "archive/pg_store.hpp"
#include "archive/sort.hpp"
#include "archive/sqlite_store.hpp"
#include "archive/store.hpp"

namespace fc::archive {

bool is_postgresql(const std::string& location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::unique_ptr<store> open(const std::string& location, open_mode mode, std::string& error) {
  if (location.empty()) {
    error = "the archive location is empty";
    return nullptr;
  }
  if (is_postgresql(location)) return open_postgresql(location, mode, error);
  return open_sqlite(location, mode, error);
}

void sort_published(std::vector<published_claim>& claims) {
  auto key = [](const published_claim& p) {
    auto d = p.published.value_or(date{9999, 12, 31});
    return std::tuple<bool, int, int, int, const std::string&, std::size_t>(
        !p.published.has_value(), d.year, d.month, d.day, p.path, p.figure.where.start);
  };
  std::stable_sort(
      claims.begin(), claims.end(),
      [&](const published_claim& a, const published_claim& b) { return key(a) < key(b); });
}

std::vector<std::string> unique_keys(const std::vector<std::string>& keys) {
  std::vector<std::string> out = keys;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::optional<int>> query_years(const claim_query& q) {
  std::vector<int> years = q.years;
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  if (years.empty()) return {std::nullopt};
  return {years.begin(), years.end()};
}

}  // namespace fc::archive
