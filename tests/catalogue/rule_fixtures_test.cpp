// Each rule's own fixtures: every fires* file raises that rule, every near-miss* file does not,
// and every registered rule has both in Korean and English (off-by-default rules are switched on).
// A rule folder with an archive/ folder is checked against an archive of those articles.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "archive/store.hpp"
#include "check.hpp"
#include "fixture_archive.hpp"
#include "index.hpp"
#include "rules/format.hpp"
#include "rules/rule.hpp"

TEST_CASE("every rule fires on its fixtures and stays quiet on its near misses") {
  namespace fs = std::filesystem;
  auto config = fs::temp_directory_path() / "forecheck-rule-fixtures.toml";
  for (const auto& rule : fc::rules::registry()) {
    std::string id = rule.id;
    CAPTURE(id);
    fs::path dir = fs::path("fixtures/rules") / rule.id;
    REQUIRE(fs::is_directory(dir));
    std::ofstream(config) << "[rules." << rule.id << "]\nenabled = true\n";
    fc::check_options o;
    o.config_path = config.string();
    auto db = fs::temp_directory_path() / ("forecheck-rule-fixtures-" + id + ".db");
    fs::remove(db);
    std::unique_ptr<fc::archive::store> published;
    if (fs::is_directory(dir / "archive")) {
      published = fc::test::fixture_archive(dir / "archive", db, o);
      o.archive = published.get();
    }
    int fires = 0, near_misses = 0;
    std::set<std::string> kinds;  // fires-ko, fires-en, near-miss-ko, near-miss-en
    for (const auto& e : fs::directory_iterator(dir)) {
      std::string name = e.path().filename().string();
      bool firing = name.rfind("fires", 0) == 0;
      if (!firing && name.rfind("near-miss", 0) != 0) continue;
      (firing ? fires : near_misses)++;
      kinds.insert(name.substr(0, name.find('.')));
      auto r = fc::check_file(e.path().string(), o);
      int count = 0;
      for (const auto& f : r.findings) count += f.rule == rule.id;
      CAPTURE(name);
      CHECK(r.errors.empty());
      if (firing)
        CHECK(count >= 1);
      else
        CHECK(count == 0);
    }
    CHECK(fires >= 1);
    CHECK(near_misses >= 1);
    for (const char* kind : {"fires-ko", "fires-en", "near-miss-ko", "near-miss-en"}) {
      CAPTURE(kind);
      CHECK(kinds.count(kind) == 1);
    }
    published.reset();
    for (const char* tail : {"", "-wal", "-shm"}) fs::remove(db.string() + tail);
  }
  fs::remove(config);
}

TEST_CASE("Korean particles in messages follow the filled value's last sound") {
  using fc::rules::fill;
  CHECK(fill("{a}를 환산", {{"a", "7조원"}}) == "7조원을 환산");
  CHECK(fill("{a}를 환산", {{"a", "52억 달러"}}) == "52억 달러를 환산");
  CHECK(fill("{a}는 높다", {{"a", "17%"}}) == "17%는 높다");
  CHECK(fill("{a}로 적혀", {{"a", "3조원"}}) == "3조원으로 적혀");
  CHECK(fill("{a}로 적혀", {{"a", "2027"}}) == "2027로 적혀");  // 칠: ㄹ takes 로
  CHECK(fill("{a}인데", {{"a", "3조원"}}) == "3조원인데");      // a copula is not a particle
  CHECK(fill("{a} and", {{"a", "USD 1"}}) == "USD 1 and");
}
