// The document layer: spans point at the original bytes through Markdown, HTML, entities and
// full-width forms; bad bytes are reported and the rest is still checked.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../support.hpp"

using fc::test::run;

TEST_CASE("every claim's span holds exactly its text in the original bytes") {
  const std::pair<const char*, const char*> inputs[] = {
      {"a.md",
       "---\ndate: 2024-01-02\n---\n# 제목\n\n국내 시장은 `10억달러` 아니라 **14억 달러**다.\n"},
      {"a.html",
       "<p>국내 시장은 <b>14억</b>달러&nbsp;규모다.</p><script>var x = '10억달러';</script>"},
      {"a.txt", "The market hit $1.4bn in 2023 and ＄2bn later.\n"},
  };
  for (auto [path, text] : inputs) {
    CAPTURE(path);
    auto r = run(text, path);
    REQUIRE_FALSE(r.claims.empty());
    for (const auto& c : r.claims) {
      std::string original(text);
      CHECK(original.substr(c.where.start, c.where.end - c.where.start) == c.text);
      CHECK(c.text.find("10억") == std::string::npos);  // code and scripts are skipped
    }
  }
}

TEST_CASE("front matter gives the article date") {
  auto r = run("---\ndate: 2023-04-14\nlang: ko\n---\n본문이다.\n", "x.md");
  REQUIRE(r.article_date);
  CHECK(r.article_date->iso() == "2023-04-14");
  CHECK(r.lang == "ko");
}

TEST_CASE("invalid UTF-8 is reported with its byte offset and the rest is still checked") {
  std::string text = "시장 규모는 14억달러다. \xFF\xFE 그리고 The market hit $2bn.";
  auto r = run(text);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message.find("invalid UTF-8 at byte") != std::string::npos);
  CHECK(r.errors[0].where.start == text.find('\xFF'));
  CHECK(r.claims.size() == 2);
}

TEST_CASE("columns count code points and line numbers are 1-based") {
  auto r = run("첫 줄\n국내 시장은 14억달러다.\n");
  REQUIRE(r.claims.size() == 1);
  CHECK(r.claims[0].where.line == 2);
  CHECK(r.claims[0].where.column == 8);
}

TEST_CASE("property: over every fixture, each claim's span holds exactly its text") {
  namespace fs = std::filesystem;
  int files = 0, claims = 0;
  for (const auto& e : fs::recursive_directory_iterator("fixtures")) {
    auto ext = e.path().extension();
    if (ext != ".md" && ext != ".txt" && ext != ".html") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    std::string bytes = buf.str();
    auto r = fc::check_text(e.path().string(), bytes, {});
    for (const auto& c : r.claims) {
      CAPTURE(e.path().string());
      REQUIRE(c.where.end <= bytes.size());
      CHECK(bytes.substr(c.where.start, c.where.end - c.where.start) == c.text);
      ++claims;
    }
    ++files;
  }
  MESSAGE("span property held for " << claims << " claims in " << files << " files");
  CHECK(files >= 40);
}
