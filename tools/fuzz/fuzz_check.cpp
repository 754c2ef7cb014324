// libFuzzer target: the whole check (document layer, claims, rules) on Markdown, HTML and text.
// It also asserts the span invariant: every claim's text is the original bytes at its span.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  fc::check_options o;
  o.discover_config = false;
  for (const char* path : {"a.md", "a.html", "a.txt"}) {
    auto r = fc::check_text(path, bytes, o);
    for (const auto& c : r.claims)
      if (c.where.end > bytes.size() ||
          bytes.substr(c.where.start, c.where.end - c.where.start) != c.text)
        std::abort();
  }
  return 0;
}
