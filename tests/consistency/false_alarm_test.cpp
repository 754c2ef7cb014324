// The false-alarm corpus: consistent passages written like real press releases and news must
// raise no error and no warning. The rate is printed; anything above zero fails.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <vector>

#include "../support.hpp"

TEST_CASE("consistent passages raise no error or warning") {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator("fixtures/consistent"))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 30);
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
    std::cout << "false-alarm corpus (date " << (*date ? date : "none") << "): " << alarms
              << " alarms in " << files.size() << " passages, rate "
              << static_cast<double>(alarms) / static_cast<double>(files.size()) << "\n";
    CHECK(alarms == 0);
  }
}
