// Glob matching and ignore rules, checked against gitignore(5)'s own examples.
#include "cli/glob.hpp"

#include <doctest/doctest.h>

#include <string>

using fc::cli::glob_match;
using fc::cli::ignore_rules;

TEST_CASE("* and ? stay within a segment, ** spans segments") {
  CHECK(glob_match("*.md", "a.md"));
  CHECK_FALSE(glob_match("*.md", "dir/a.md"));
  CHECK(glob_match("**/*.md", "a.md"));
  CHECK(glob_match("**/*.md", "x/y/a.md"));
  CHECK(glob_match("a/**/b", "a/b"));
  CHECK(glob_match("a/**/b", "a/x/y/b"));
  CHECK(glob_match("a/**", "a/x/y"));
  CHECK(glob_match("?.md", "a.md"));
  CHECK_FALSE(glob_match("?", "/"));
  CHECK(glob_match("[a-c]x", "bx"));
  CHECK_FALSE(glob_match("[!a-c]x", "bx"));
  CHECK(glob_match("\\*", "*"));
  CHECK_FALSE(glob_match("\\*", "a"));
  CHECK(glob_match("[", "["));  // unterminated class: a literal
}

TEST_CASE("hostile patterns finish quickly") {
  std::string path(200, 'a');
  CHECK_FALSE(glob_match("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", path));
  CHECK_FALSE(glob_match("**a**a**a**a**a**a**a**a**b", path + "/" + path));
}

TEST_CASE("ignore rules follow gitignore") {
  ignore_rules r;
  for (const char* line : {"# comment", "", "drafts/", "*.tmp.md", "!keep.tmp.md", "/top.md",
                           "doc/frotz/", "trailing.md   "})
    r.add(line);
  CHECK(r.ignored("drafts", true));
  CHECK_FALSE(r.ignored("drafts", false));  // a file named drafts: dir-only rule
  CHECK(r.ignored("drafts/a.md", false));
  CHECK(r.ignored("x/drafts/a.md", false));  // no inner slash: any depth
  CHECK(r.ignored("a/b.tmp.md", false));
  CHECK_FALSE(r.ignored("a/keep.tmp.md", false));  // re-included
  CHECK(r.ignored("top.md", false));
  CHECK_FALSE(r.ignored("sub/top.md", false));  // leading slash anchors
  CHECK(r.ignored("doc/frotz/x.md", false));
  CHECK_FALSE(r.ignored("a/doc/frotz/x.md", false));  // inner slash anchors
  CHECK(r.ignored("trailing.md", false));
  CHECK_FALSE(r.ignored("# comment", false));
}

TEST_CASE("nothing inside an ignored directory can be re-included") {
  ignore_rules r;
  r.add("build/");
  r.add("!build/keep.md");
  CHECK(r.ignored("build/keep.md", false));
}
