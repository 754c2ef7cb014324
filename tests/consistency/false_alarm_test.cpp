// The false-alarm corpus: consistent passages written like real press releases and news must
// raise no error and no warning. The rate is printed; anything above zero fails.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <vector>

#include "../support.hpp"

namespace {

// Checks every .txt passage in `dir`, without an article date and with one; returns the number
// of errors and warnings, each reported.
int alarms_in(const char* dir, std::size_t at_least) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= at_least);
  int total = 0;
  for (const char* date : {"", "2024-06-01"}) {
    int alarms = 0;
    for (const auto& f : files) {
      fc::check_options o;
      if (*date) o.article_date = fc::parse_date(date);
      auto r = fc::check_file(f.string(), o);
      for (const auto& finding : r.findings) {
        if (finding.level == fc::severity::info) continue;
        ++alarms;
        MESSAGE(f.string() << ": " << finding.rule << ": " << finding.message);
      }
    }
    std::cout << "false-alarm corpus " << dir << " (date " << (*date ? date : "none")
              << "): " << alarms << " alarms in " << files.size() << " passages, rate "
              << static_cast<double>(alarms) / static_cast<double>(files.size()) << "\n";
    total += alarms;
  }
  return total;
}

}  // namespace

TEST_CASE("consistent passages raise no error or warning") {
  CHECK(alarms_in("fixtures/consistent", 30) == 0);
}

// Sentences that look like conflicts and are not: one share in two years, a level after
// "fell to", a prior-period figure behind a short clause, a revised earlier forecast.
TEST_CASE("series, prior-period figures and revised forecasts raise no error or warning") {
  CHECK(alarms_in("fixtures/quiet", 8) == 0);
}
