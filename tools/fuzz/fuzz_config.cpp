// libFuzzer target: the .forecheck.toml parser; every input gives settings or an error message.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "config/settings.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  std::string error;
  auto s = fc::config::parse(text, "fuzz.toml", error);
  if (!s && error.empty()) std::abort();
  return 0;
}
