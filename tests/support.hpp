// Test helpers: run the engine on a string and pick claims/findings out of the result.
#pragma once

#include <string>
#include <string_view>

#include "check.hpp"

namespace fc::test {

inline file_result run(const std::string& text, const std::string& path = "t.txt",
                       const std::string& date = "") {
  check_options o;
  if (!date.empty()) o.article_date = parse_date(date);
  return check_text(path, text, o);
}

inline const claim* find_claim(const file_result& r, const std::string& text) {
  for (const auto& c : r.claims)
    if (c.text == text) return &c;
  return nullptr;
}

/// `text` with its first `mark` replaced by `value`: one passage in its firing and near-miss
/// versions.
inline std::string with_mark(std::string text, std::string_view mark, std::string_view value) {
  if (auto at = text.find(mark); at != std::string::npos) text.replace(at, mark.size(), value);
  return text;
}

inline int count_rule(const file_result& r, const std::string& rule) {
  int n = 0;
  for (const auto& f : r.findings) n += f.rule == rule;
  return n;
}

}  // namespace fc::test
