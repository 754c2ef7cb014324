// `forecheck lsp [--debounce-ms N]` serves stdio; `forecheck lsp --check FILE` runs the same
// server path on one file without an editor (clangd --check) and prints its diagnostics.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string_view>

#include "cli/subcommands.hpp"
#include "lsp/server.hpp"
#include "render/json_pretty.hpp"

namespace fc::lsp {
namespace {

constexpr std::string_view usage =
    "usage: forecheck lsp [--debounce-ms N]     language server on stdin/stdout\n"
    "       forecheck lsp --check FILE [--archive DB]\n"
    "                                           print the diagnostics an editor would get\n";

std::string request(int id, std::string_view method, json::object params) {
  json::object m{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
  if (id) m["id"] = id;
  return json::serialize(m);
}

int check(const std::string& file, const std::string& archive) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "forecheck lsp: cannot read " << file << "\n";
    return 2;
  }
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::error_code ec;
  auto absolute = std::filesystem::absolute(file, ec);
  std::string uri = path_to_uri(ec ? file : absolute.string());
  std::istringstream none;
  std::stringstream wire;
  int errors = 0;
  {
    transport io(none, wire);
    server s(io, {std::chrono::milliseconds(0), false});
    json::object init{{"processId", nullptr}, {"capabilities", json::object{}}};
    if (!archive.empty()) init["initializationOptions"] = json::object{{"archive", archive}};
    s.handle(request(1, "initialize", std::move(init)));
    s.handle(request(0, "initialized", {}));
    s.handle(
        request(0, "textDocument/didOpen",
                {{"textDocument",
                  {{"uri", uri}, {"languageId", "markdown"}, {"version", 1}, {"text", text}}}}));
    s.flush();
  }
  // Read back what the server wrote, through the same framing an editor would parse.
  transport back(wire, std::cout);
  while (auto body = back.read()) {
    json::value m = json::parse(*body);
    if (m.as_object().if_contains("method") &&
        m.at("method") == "textDocument/publishDiagnostics") {
      for (const auto& d : m.at("params").at("diagnostics").as_array())
        if (d.at("severity") == 1) ++errors;
      render::pretty(m.at("params"), std::cout, 0);
      std::cout << "\n";
    }
  }
  return errors ? 1 : 0;
}

}  // namespace

int run(int argc, char** argv) {
  server_options options;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--check" && i + 1 < argc) {
      std::string archive;
      if (i + 3 < argc && std::string_view(argv[i + 2]) == "--archive") archive = argv[i + 3];
      return check(argv[i + 1], archive);
    }
    if ((a == "--check" || a == "--debounce-ms") && i + 1 >= argc) {
      std::cerr << "forecheck lsp: option " << a << " needs a value\ntry 'forecheck lsp --help'\n";
      return 2;
    }
    if (a == "--debounce-ms" && i + 1 < argc) {
      options.debounce = std::chrono::milliseconds(std::strtol(argv[++i], nullptr, 10));
      continue;
    }
    if (a == "--stdio") continue;  // what VS Code's client passes; stdio is the only transport
    if (a == "--help" || a == "-h") {
      std::cout << usage;
      return 0;
    }
    std::cerr << "forecheck lsp: unknown option '" << a << "'\ntry 'forecheck lsp --help'\n";
    return 2;
  }
  std::ios::sync_with_stdio(false);
  // std::cerr is tied to std::cout, so every log line would first flush std::cout from the
  // logging thread, outside the transport's lock, while the diagnostics worker writes a frame:
  // frames came out interleaved ("Content-Length: Content-Length: 3476"). Only the transport
  // writes to std::cout, and it flushes each message itself.
  std::cerr.tie(nullptr);
  transport io(0, std::cout);
  server s(io, options);
  return s.run();
}

}  // namespace fc::lsp
