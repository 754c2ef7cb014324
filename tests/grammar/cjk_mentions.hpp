// Test helper: the mentions of Chinese and Japanese text as the engine sees them (folded by the
// document layer, full-width digits included), with each span's text in the original bytes.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "document/document.hpp"
#include "grammar/mention.hpp"

namespace fc::test {

struct located_mention {
  std::string text;  ///< the original bytes the span covers
  grammar::mention m;
};

inline std::vector<located_mention> scan_original(const std::string& text) {
  auto doc = document::build(text, document::markup::text);
  std::vector<located_mention> out;
  for (const auto& s : doc.sentences) {
    auto sentence = std::string_view(doc.text).substr(s.begin, s.end - s.begin);
    for (const auto& m : grammar::scan(sentence)) {
      auto b = doc.original_start(s.begin + m.begin), e = doc.original_end(s.begin + m.end);
      out.push_back({text.substr(b, e - b), m});
    }
  }
  return out;
}

/// One expected figure: the span's original text, its kind, value, precision half-width,
/// currency or counted unit, and the hedge class read around it ("" for none).
struct cjk_case {
  const char* sentence;
  const char* text;
  grammar::mention_kind kind;
  double value;
  double half;
  const char* currency;
  const char* unit;
  const char* hedge;
};

inline void check_cases(const cjk_case* cases, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    const auto& c = cases[i];
    std::string sentence = c.sentence, text = c.text;
    CAPTURE(sentence);
    CAPTURE(text);
    const located_mention* found = nullptr;
    auto all = scan_original(c.sentence);
    for (const auto& lm : all)
      if (lm.text == c.text) found = &lm;
    REQUIRE(found != nullptr);
    CHECK(found->m.kind == c.kind);
    CHECK(found->m.value == doctest::Approx(c.value));
    CHECK(found->m.half == doctest::Approx(c.half));
    CHECK(found->m.currency == c.currency);
    CHECK(found->m.unit == c.unit);
    CHECK(grammar::name(found->m.hedge) == c.hedge);
  }
}

inline std::size_t count_of(const std::string& text, grammar::mention_kind kind) {
  std::size_t n = 0;
  for (const auto& lm : scan_original(text)) n += lm.m.kind == kind;
  return n;
}

}  // namespace fc::test
