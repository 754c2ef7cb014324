// A hostile .forecheck.toml (huge, deeply nested, endless dotted keys, giant keys) is refused
// with path:line:col before the TOML parser sees it, so it can never exhaust the stack.
#include <doctest/doctest.h>

#include <string>

#include "config/settings.hpp"

namespace {

std::string parse_error(const std::string& text) {
  std::string error;
  auto s = fc::config::parse(text, "c.toml", error);
  CHECK_FALSE(s);
  return error;
}

std::string repeat(const std::string& part, std::size_t n, const std::string& sep) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += (i ? sep : "") + part;
  return out;
}

}  // namespace

TEST_CASE("a table header of 100,000 dotted parts is an error, not a stack overflow") {
  std::string e = parse_error("[" + repeat("a", 100000, ".") + "]\n");
  CHECK(e.rfind("c.toml:1:2: ", 0) == 0);
  CHECK(e.find("more than 32 dotted parts") != std::string::npos);
  CHECK(e.size() < 200);
  e = parse_error("x = 1\n" + repeat("a", 100000, ".") + " = 1\n");
  CHECK(e.rfind("c.toml:2:1: ", 0) == 0);
  e = parse_error("a = {" + repeat("b", 1000, " . ") + " = 1}\n");
  CHECK(e.rfind("c.toml:1:6: ", 0) == 0);
}

TEST_CASE("deep nesting of arrays and inline tables is an error") {
  std::string e = parse_error("a = " + std::string(100000, '[') + std::string(100000, ']') + "\n");
  CHECK(e.rfind("c.toml:1:", 0) == 0);
  CHECK(e.find("nested more than 32 levels deep") != std::string::npos);
  e = parse_error("a = " + repeat("{b = ", 1000, "") + "1" + std::string(1000, '}') + "\n");
  CHECK(e.find("nested more than 32 levels deep") != std::string::npos);
}

TEST_CASE("a key longer than 1 KiB is an error; the message does not echo it") {
  std::string e = parse_error("[subjects.aliases]\n\"" + std::string(5000, 'k') + "\" = \"x\"\n");
  CHECK(e.rfind("c.toml:2:1: ", 0) == 0);
  CHECK(e.find("longer than 1024 bytes") != std::string::npos);
  CHECK(e.size() < 200);
  e = parse_error(std::string(2000, 'k') + " = 1\n");
  CHECK(e.rfind("c.toml:1:1: ", 0) == 0);
}

TEST_CASE("a configuration over 1 MiB is refused before parsing") {
  std::string big = "# " + std::string(1u << 20, 'x') + "\n";
  std::string e = parse_error(big);
  CHECK(e.rfind("c.toml:1:1: ", 0) == 0);
  CHECK(e.find("limit 1 MiB") != std::string::npos);
}

TEST_CASE("the limits leave ordinary configurations alone") {
  std::string error;
  // Dots inside quoted keys and strings, floats, dates, comments and arrays are not key parts.
  auto s = fc::config::parse(
      "# a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j\n"
      "[rules.implausible-rate]   # [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n"
      "max_cagr = 1.5\n"
      "[article]\ndate = 2023-04-14\n"
      "[subjects.aliases]\n"
      "\"a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j\" = "
      "\"y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y.y\"\n"
      "'lit.eral' = '''multi\n.line.\"\"\".[[[['''\n"
      "[currency.rates]\n\"USD/KRW\" = 1_300.5\n",
      "c.toml", error);
  CHECK_MESSAGE(s, error);
}
