// Test helpers: run the engine on a string and pick claims/findings out of the result.
#pragma once

#include <string>

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

inline int count_rule(const file_result& r, const std::string& rule) {
  int n = 0;
  for (const auto& f : r.findings) n += f.rule == rule;
  return n;
}

}  // namespace fc::test
