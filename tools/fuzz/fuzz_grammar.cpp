// libFuzzer target: the mention grammar on arbitrary bytes (after the document layer folds them).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document/document.hpp"
#include "grammar/mention.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  (void)fc::grammar::scan(raw);
  auto doc = fc::document::build(std::string(raw), fc::document::markup::text);
  for (const auto& s : doc.sentences)
    (void)fc::grammar::scan(std::string_view(doc.text).substr(s.begin, s.end - s.begin));
  return 0;
}
