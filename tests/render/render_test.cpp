// The CI printers: escaping rules of each format, fix text in the claim's own wording, and
// baseline marks, on results produced by the real engine.
#include "render/render.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

#include "../support.hpp"
#include "findings/fix.hpp"
#include "render/xml.hpp"

namespace {

const char* bad_en =
    "The global market was valued at USD 10.8 billion in 2022 and is expected to reach USD 51.8 "
    "billion by 2028, a CAGR of 34.6%.\n";

std::vector<fc::file_result> bad_results(const std::string& path = "a,b:c%.md") {
  return {fc::test::run(bad_en, path)};
}

template <typename F>
std::string print(F f, const std::vector<fc::file_result>& r, const fc::render::marks& m = {}) {
  std::ostringstream out;
  f(r, out, m);
  return out.str();
}

}  // namespace

TEST_CASE("github commands escape properties and data as the Actions runner reads them") {
  auto s = print(fc::render::github, bad_results());
  CHECK(
      s.starts_with("::error file=a%2Cb%3Ac%25.md,line=1,col=119,endLine=1,endColumn=124,"
                    "title=cagr-mismatch::The figures imply a CAGR of 29.9%25 from 2022"));
  CHECK(s.find("%0AFrom USD 10.8 billion") != std::string::npos);
  CHECK(s.find('\r') == std::string::npos);
  CHECK(std::count(s.begin(), s.end(), '\n') == 1);
}

TEST_CASE("a baselined finding is a notice in github output and counted apart in text") {
  auto results = bad_results("a.md");
  fc::render::marks m;
  m.any_baseline = true;
  m.baselined = {{true}};
  auto gh = print(fc::render::github, results, m);
  CHECK(
      gh.starts_with("::notice file=a.md,line=1,col=119,endLine=1,endColumn=124,"
                     "title=cagr-mismatch (baselined)::"));
  std::ostringstream text;
  fc::render::text(results, text, {}, m);
  CHECK(text.str().find("error[cagr-mismatch] (baselined): ") != std::string::npos);
  CHECK(text.str().ends_with("0 errors, 0 warnings, 0 info, 1 baselined, 3 claims in 1 file\n"));
}

TEST_CASE("xml escaping keeps markup, newlines and bad bytes from breaking the document") {
  CHECK(fc::render::xml_escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&apos;");
  CHECK(fc::render::xml_escape("x\ny") == "x&#10;y");
  CHECK(fc::render::xml_escape(std::string("\x01\xff", 2)) == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(fc::render::xml_escape("시장") == "시장");
}

TEST_CASE("checkstyle and junit name the file and the rule") {
  auto results = bad_results("<a>.md");
  auto cs = print(fc::render::checkstyle, results);
  CHECK(cs.find("<file name=\"&lt;a&gt;.md\">") != std::string::npos);
  CHECK(cs.find("severity=\"error\"") != std::string::npos);
  CHECK(cs.find("source=\"forecheck.cagr-mismatch\"") != std::string::npos);
  auto ju = print(fc::render::junit, results);
  CHECK(ju.find("<testsuites name=\"forecheck\" tests=\"1\" failures=\"1\" errors=\"0\" "
                "skipped=\"0\">") != std::string::npos);
  CHECK(ju.find("<failure message=\"The figures imply") != std::string::npos);
}

TEST_CASE("fix text keeps the claim's wording and lands inside the expected interval") {
  auto r = fc::test::run(bad_en);
  REQUIRE(r.findings.size() == 1);
  auto en = fc::findings::fix_for(r.findings[0], r.claims, r.original);
  REQUIRE(en);
  CHECK(en->after == "29.9%");
  // The demo article's growth-contradiction: 10억달러 should be about 29억~32억달러.
  auto ko = fc::check_file("fixtures/demo/genai-market.md", {});
  int fixes = 0;
  for (const auto& f : ko.findings) {
    if (!f.expected || !f.expected->value) continue;
    auto fix = fc::findings::fix_for(f, ko.claims, ko.original);
    REQUIRE(fix);
    CHECK(fix->after.ends_with("억달러"));
    CHECK(fix->after != fix->before);
    ++fixes;
  }
  CHECK(fixes >= 1);
}

TEST_CASE("sarif lists every catalogue rule and gives regions in code points and bytes") {
  auto s = print(fc::render::sarif, bad_results("dir/a b.md"));
  CHECK(s.find("\"version\": \"2.1.0\"") != std::string::npos);
  CHECK(s.find("\"uri\": \"dir/a%20b.md\"") != std::string::npos);
  CHECK(s.find("\"byteOffset\": 118") != std::string::npos);
  CHECK(s.find("\"insertedContent\": {\n") != std::string::npos);
  CHECK(s.find("\"baselineState\"") == std::string::npos);
  CHECK(s.find("\"id\": \"cagr-mismatch\"") != std::string::npos);
}
