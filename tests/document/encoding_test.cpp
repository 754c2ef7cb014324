// Byte-order marks: a UTF-8 BOM is invisible in an editor, so columns, LSP positions and front
// matter ignore it while spans still count its bytes; UTF-16 and UTF-32 are named, not called
// binary.
#include "support/encoding.hpp"

#include <doctest/doctest.h>

#include <string>

#include "../support.hpp"
#include "support/line_index.hpp"

namespace {

const std::string kBom = "\xEF\xBB\xBF";
const std::string kBad =
    "The global market was valued at USD 10.8 billion in 2022 and is expected to reach USD 51.8 "
    "billion by 2028, a CAGR of 34.6%.\n";

std::string utf16le(const std::string& ascii) {
  std::string out;
  for (char c : ascii) out += std::string{c, '\0'};
  return out;
}

}  // namespace

TEST_CASE("a UTF-8 BOM is not a column; spans still point at the original bytes") {
  auto plain = fc::test::run(kBad);
  auto bom = fc::test::run(kBom + kBad);
  REQUIRE(plain.findings.size() == 1);
  REQUIRE(bom.findings.size() == 1);
  CHECK(bom.findings[0].where.column == plain.findings[0].where.column);
  CHECK(bom.findings[0].where.start == plain.findings[0].where.start + 3);
  REQUIRE(bom.claims.size() == plain.claims.size());
  for (std::size_t i = 0; i < bom.claims.size(); ++i) {
    CHECK(bom.claims[i].where.column == plain.claims[i].where.column);
    CHECK(bom.claims[i].text == plain.claims[i].text);
  }
  // A year right after the BOM is read as it would be without one.
  auto first = fc::test::run(kBom + "2023년 국내 시장은 5조원이었다.\n");
  REQUIRE(first.claims.size() == 1);
  CHECK(first.claims[0].where.column == 14);
  CHECK(first.claims[0].year == 2023);
}

TEST_CASE("line and UTF-16 positions skip the BOM") {
  std::string text = kBom + "ab\ncd";
  fc::line_index lines(text);
  CHECK(lines.at(3).column == 1);
  CHECK(lines.at(5).column == 3);
  CHECK(lines.at(0).line == 1);
  CHECK(lines.at(0).column == 1);
  CHECK(lines.utf16_column(3) == 0);
  CHECK(lines.utf16_column(4) == 1);
  CHECK(lines.from_utf16(0, 0) == 3);
  CHECK(lines.from_utf16(0, 1) == 4);
  CHECK(lines.from_utf16(1, 1) == 7);
  CHECK(lines.line_text(1) == "ab");
  CHECK(lines.line_start(1) == 3);
}

TEST_CASE("front matter after a BOM is read") {
  auto r = fc::test::run(
      kBom + "---\ndate: 2024-05-01\n---\nThe market will reach $5 billion in 2022.\n", "a.md");
  REQUIRE(r.article_date);
  CHECK(r.article_date->iso() == "2024-05-01");
  CHECK(fc::test::count_rule(r, "stale-forecast") == 1);
  CHECK(r.errors.empty());
}

TEST_CASE("UTF-16 and UTF-32 are recognised with or without a BOM") {
  std::string text = "The market was valued at USD 4.3 billion in 2023.\n";
  CHECK(fc::foreign_encoding("\xFF\xFE" + utf16le(text)).value_or("") == "UTF-16LE");
  CHECK(fc::foreign_encoding(utf16le(text)).value_or("") == "UTF-16LE");
  std::string be;
  for (char c : text) be += std::string{'\0', c};
  CHECK(fc::foreign_encoding("\xFE\xFF" + be).value_or("") == "UTF-16BE");
  CHECK(fc::foreign_encoding(be).value_or("") == "UTF-16BE");
  std::string le32;
  for (char c : text) le32 += std::string{c, '\0', '\0', '\0'};
  CHECK(fc::foreign_encoding(std::string("\xFF\xFE\0\0", 4) + le32).value_or("") == "UTF-32LE");
  CHECK(fc::foreign_encoding(le32).value_or("") == "UTF-32LE");
  CHECK(fc::foreign_encoding(std::string("\0\0\xFE\xFF", 4)).value_or("") == "UTF-32BE");
  // Korean UTF-16 (시장 2023): a space and digits carry the NUL bytes.
  CHECK(fc::foreign_encoding(std::string("\xDC\xC2\xA5\xC7\x20\0\x32\0\x30\0", 10)).value_or("") ==
        "UTF-16LE");
  // Not UTF-16: UTF-8 text, binary with control bytes, an odd length.
  CHECK_FALSE(fc::foreign_encoding(text));
  CHECK_FALSE(fc::foreign_encoding(std::string("abc\0\0\xff\xfe binary", 14)));
  CHECK_FALSE(fc::foreign_encoding(std::string("\x01\0\x02\0\x7f\x45\x4c\x46", 8)));
  CHECK_FALSE(fc::foreign_encoding(utf16le(text) + "x"));
  // A BOM followed by what is not text in its encoding is invalid UTF-8, not UTF-16.
  CHECK_FALSE(fc::foreign_encoding(std::string("\xFF\xFE\x01\0ab", 6)));
  CHECK_FALSE(
      fc::foreign_encoding("\xFF\xFE"
                           "odd"));
}

TEST_CASE("a UTF-16 file is refused with a message that says so") {
  auto r = fc::test::run("\xFF\xFE" + utf16le(kBad));
  CHECK(r.unreadable);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message ==
        "UTF-16LE is not supported; convert to UTF-8 (iconv -f UTF-16LE -t UTF-8)");
}
