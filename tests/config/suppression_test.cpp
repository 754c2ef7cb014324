// Inline suppression comments silence exactly the findings they name, where they say.
#include <doctest/doctest.h>

#include "../support.hpp"

namespace {
const char* kLine =
    "The global market was valued at USD 10.8 billion in 2022 and is expected to reach USD 51.8 "
    "billion by 2028, a CAGR of 34.6%.\n";
}

TEST_CASE("disable-next-line silences the named rule on the next line only") {
  std::string text =
      std::string("<!-- forecheck-disable-next-line cagr-mismatch -->\n") + kLine + "\n" + kLine;
  auto r = fc::test::run(text, "a.md");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].where.line == 4);
}

TEST_CASE("a comment naming another rule silences nothing") {
  std::string text = std::string("<!-- forecheck-disable-next-line stale-forecast -->\n") + kLine;
  CHECK(fc::test::run(text, "a.md").findings.size() == 1);
}

TEST_CASE("disable and enable bracket a region") {
  std::string text = std::string("<!-- forecheck-disable cagr-mismatch -->\n") + kLine + "\n" +
                     "<!-- forecheck-enable cagr-mismatch -->\n" + kLine;
  auto r = fc::test::run(text, "a.md");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].where.line == 5);
  std::string all = std::string("<!-- forecheck-disable -->\n") + kLine;
  CHECK(fc::test::run(all, "a.md").findings.empty());
}

TEST_CASE("a comment naming an unknown rule is reported where the name is written") {
  std::string text =
      std::string("<!-- forecheck-disable-next-line cagr-mismatc, stale-forecast -->\n") + kLine +
      "<!-- forecheck-enable no-such-rule -->\n";
  auto r = fc::test::run(text, "a.md");
  CHECK(r.findings.size() == 1);  // nothing was silenced
  CHECK_FALSE(r.unreadable);
  REQUIRE(r.errors.size() == 2);
  CHECK(r.errors[0].message ==
        "unknown rule 'cagr-mismatc' in a suppression comment (see 'forecheck rules')");
  CHECK(r.errors[0].where.line == 1);
  CHECK(r.errors[0].where.column == 34);
  CHECK(r.errors[0].where.end - r.errors[0].where.start == 12);
  CHECK(r.errors[1].where.line == 3);
  CHECK(r.errors[1].message.find("'no-such-rule'") != std::string::npos);
  CHECK(fc::test::run(std::string("<!-- forecheck-disable -->\n") + kLine, "a.md").errors.empty());
}
