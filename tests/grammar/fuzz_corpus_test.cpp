// Every fuzzing seed and every crash the fuzzers ever found runs through the whole check in
// the ordinary test suite (and under the sanitizers in CI), so a fixed crash stays fixed.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "check.hpp"
#include "config/settings.hpp"
#include "grammar/mention.hpp"

TEST_CASE("fuzz seeds and regressions run clean") {
  namespace fs = std::filesystem;
  int files = 0;
  for (const auto& dir : fs::directory_iterator("tools/fuzz/corpus")) {
    for (const auto& e : fs::directory_iterator(dir.path())) {
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream buf;
      buf << in.rdbuf();
      std::string bytes = buf.str();
      CAPTURE(e.path().string());
      (void)fc::grammar::scan(bytes);
      fc::check_options o;
      o.discover_config = false;
      for (const char* path : {"a.md", "a.html", "a.txt"}) {
        auto r = fc::check_text(path, bytes, o);
        for (const auto& c : r.claims)
          CHECK(bytes.substr(c.where.start, c.where.end - c.where.start) == c.text);
      }
      std::string error;
      (void)fc::config::parse(bytes, "seed.toml", error);
      ++files;
    }
  }
  CHECK(files >= 10);
}
