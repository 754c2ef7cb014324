// Subjects join through aliases, shipped and configured, including chains of aliases.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "../support.hpp"

TEST_CASE("a configured alias chained to a shipped one joins three names into one subject") {
  namespace fs = std::filesystem;
  auto cfg = fs::temp_directory_path() / "forecheck-subjects.toml";
  std::ofstream(cfg) << "[subjects.aliases]\n\"AI 서비스 시장\" = \"생성형 AI 시장\"\n";
  fc::check_options o;
  o.config_path = cfg.string();
  const char* text =
      "AI 서비스 시장은 2023년 14억달러 규모다. 생성 AI 시장은 2028년 10억달러로 예측된다. "
      "생성형 AI 시장은 연평균 약 17% 성장할 것으로 봤다.";
  auto joined = fc::check_text("a.txt", text, o);
  std::string key;
  for (const auto& c : joined.claims) {
    REQUIRE(c.subject_key);
    if (key.empty()) key = *c.subject_key;
    CHECK(*c.subject_key == key);
  }
  fc::check_options plain;
  plain.discover_config = false;
  auto separate = fc::check_text("a.txt", text, plain);
  CHECK(separate.claims[0].subject_key != separate.claims[1].subject_key);
  fs::remove(cfg);
}
