// Every rule speaks Chinese and Japanese: each rule's firing fixtures, read as a zh and as a ja
// article, give findings whose message, explanation and suggestion are filled in (no {field}
// left, no formatting error) and written in that language's script (issue 16).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>

#include "archive/store.hpp"
#include "check.hpp"
#include "fixture_archive.hpp"
#include "index.hpp"
#include "rules/rule.hpp"

namespace {

// A Han ideograph, kana or a full-width punctuation mark: UTF-8 lead bytes E3–E9 cover
// U+3000–U+9FFF.
bool has_cjk(const std::string& s) {
  for (unsigned char c : s)
    if (c >= 0xE3 && c <= 0xE9) return true;
  return false;
}

// A wording field left unfilled ("{later_year}").
bool unfilled(const std::string& s) {
  static const std::regex field(R"(\{[a-z_]+(:[^}]*)?\})");
  return std::regex_search(s, field);
}

}  // namespace

TEST_CASE("every rule's findings are worded in Chinese and in Japanese") {
  namespace fs = std::filesystem;
  auto config = fs::temp_directory_path() / "forecheck-rule-wording.toml";
  for (const auto& rule : fc::rules::registry()) {
    std::string id = rule.id;
    CAPTURE(id);
    fs::path dir = fs::path("fixtures/rules") / rule.id;
    REQUIRE(fs::is_directory(dir));
    std::ofstream(config) << "[rules." << rule.id << "]\nenabled = true\n";
    auto db = fs::temp_directory_path() / ("forecheck-rule-wording-" + id + ".db");
    fs::remove(db);
    std::unique_ptr<fc::archive::store> published;
    for (std::string lang : {"zh", "ja"}) {
      CAPTURE(lang);
      fc::check_options o;
      o.config_path = config.string();
      o.lang = lang;
      if (fs::is_directory(dir / "archive")) {
        if (!published) published = fc::test::fixture_archive(dir / "archive", db, o);
        o.archive = published.get();
      }
      int fired = 0;
      for (const auto& e : fs::directory_iterator(dir)) {
        std::string name = e.path().filename().string();
        if (name.rfind("fires", 0) != 0) continue;
        CAPTURE(name);
        auto r = fc::check_file(e.path().string(), o);
        CHECK(r.lang == lang);
        for (const auto& f : r.findings) {
          if (f.rule != rule.id) continue;
          ++fired;
          CAPTURE(f.message);
          CAPTURE(f.explanation);
          CHECK(has_cjk(f.message));
          CHECK_FALSE(unfilled(f.message));
          // Rules whose message says it all (unattributed-forecast) explain nothing more.
          if (!f.explanation.empty()) CHECK(has_cjk(f.explanation));
          CHECK_FALSE(unfilled(f.explanation));
          if (f.suggestion) {
            CHECK(has_cjk(*f.suggestion));
            CHECK_FALSE(unfilled(*f.suggestion));
          }
        }
      }
      CHECK(fired >= 1);
    }
    published.reset();
    for (const char* tail : {"", "-wal", "-shm"}) fs::remove(db.string() + tail);
  }
  fs::remove(config);
}
