// Hostile and broken input: each case gets a clear message (or a clean empty result) and the
// check never crashes or reads without bound.
#include <doctest/doctest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "../support.hpp"

namespace fs = std::filesystem;

namespace {
fs::path scratch(const char* name) {
  auto dir = fs::temp_directory_path() / "forecheck-bad-input";
  fs::create_directories(dir);
  return dir / name;
}
}  // namespace

TEST_CASE("an empty file has no claims and no errors") {
  auto p = scratch("empty.md");
  std::ofstream(p).close();
  auto r = fc::check_file(p.string(), {});
  CHECK_FALSE(r.unreadable);
  CHECK(r.claims.empty());
  CHECK(r.errors.empty());
}

TEST_CASE("a file over the size limit is refused without being read") {
  auto p = scratch("huge.txt");
  {
    std::ofstream out(p, std::ios::binary);
    out.seekp((200u << 20) - 1);
    out.put('x');
  }
  auto r = fc::check_file(p.string(), {});
  CHECK(r.unreadable);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message == "file too large: 200.0 MiB (limit 16 MiB); not checked");
  fs::remove(p);
}

TEST_CASE("a symlink loop is reported, not followed forever") {
  auto p = scratch("loop.md");
  fs::remove(p);
  fs::create_symlink(p, p);
  auto r = fc::check_file(p.string(), {});
  CHECK(r.unreadable);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message == "cannot read: Too many levels of symbolic links");
  fs::remove(p);
}

TEST_CASE("an unreadable file is reported with the system's reason") {
  if (geteuid() == 0)
    return;  // root reads everything; the message path is the same as a missing file
  auto p = scratch("secret.md");
  std::ofstream(p) << "14억달러";
  fs::permissions(p, fs::perms::none);
  auto r = fc::check_file(p.string(), {});
  CHECK(r.unreadable);
  CHECK(r.errors[0].message == "cannot read: Permission denied");
  fs::remove(p);
}

TEST_CASE("deeply nested HTML is handled in linear time") {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "국내 시장은 14억달러 규모다.";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  auto r = fc::test::run(html, "deep.html");
  REQUIRE(r.claims.size() == 1);
  CHECK(r.claims[0].text == "14억달러");
}

TEST_CASE("unterminated front matter is reported and the text is still read") {
  auto r = fc::test::run("---\ndate: 2023-04-14\n국내 시장은 14억달러 규모다.\n", "a.md");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message == "front matter is not closed (no second '---')");
  CHECK(r.errors[0].where.line == 1);
  CHECK(r.claims.size() == 1);
}

TEST_CASE("numbers with thousands of digits and absurd scales never crash") {
  std::string digits(10000, '7');
  auto r = fc::test::run("시장 규모는 " + digits + "억 달러, 999999999조원, $" + digits +
                         " billion이다.");
  for (const auto& c : r.claims) CHECK(std::isfinite(c.value->point));
  auto big = fc::test::run("시장 규모는 999999999조원이다.");
  REQUIRE(big.claims.size() == 1);
  CHECK(big.claims[0].value->point == doctest::Approx(9.99999999e20));
}
