// libFuzzer target: the language server through its real transport — framing, JSON-RPC and
// every handler — on arbitrary bytes; the server must answer or skip, never crash.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "lsp/server.hpp"
#include "lsp/transport.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::ostringstream out;
  fc::lsp::transport io(in, out);
  fc::lsp::server_options options;
  options.background = false;  // checks run in flush(): deterministic and thread-free
  fc::lsp::server s(io, options);
  while (auto body = io.read()) s.handle(*body);
  s.flush();
  return 0;
}
