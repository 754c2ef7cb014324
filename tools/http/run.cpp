// `forecheck serve [--host 127.0.0.1] [--port N] [--max-body BYTES] [--timeout S]
// [--max-connections N] [--max-per-client N]`: the HTTP hook for web editors.
#include <algorithm>
#include <charconv>
#include <iostream>
#include <string_view>

#include "cli/subcommands.hpp"
#include "http/http.hpp"

namespace fc::http {
namespace {

constexpr std::string_view usage =
    "usage: forecheck serve [--host 127.0.0.1] [--port 8080] [--max-body BYTES]\n"
    "                       [--timeout SECONDS] [--max-connections N] [--max-per-client N]\n"
    "                       [--budget-ms MS] [--archive FILE|URI]\n";

bool number(std::string_view s, std::size_t& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

int run(int argc, char** argv) {
  std::string host = "127.0.0.1";  // local only unless asked: the endpoint has no auth
  std::size_t port = 8080;
  limits l;
  std::string archive_location;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--help" || a == "-h") {
      std::cout << usage;
      return 0;
    }
    static constexpr std::string_view known[] = {"--host",      "--port",
                                                 "--max-body",  "--timeout",
                                                 "--budget-ms", "--max-connections",
                                                 "--archive",   "--max-per-client"};
    constexpr std::string_view hint = "\ntry 'forecheck serve --help'\n";
    if (std::find(std::begin(known), std::end(known), a) == std::end(known)) {
      std::cerr << "forecheck serve: unknown option '" << a << "'" << hint;
      return 2;
    }
    if (i + 1 >= argc) {
      std::cerr << "forecheck serve: option " << a << " needs a value" << hint;
      return 2;
    }
    std::string_view v = argv[++i];
    std::size_t n = 0;
    bool ok = true;
    if (a == "--host")
      host = v;
    else if (a == "--archive")
      archive_location = v;
    else if (a == "--port")
      ok = number(v, n) && n <= 65535, port = n;
    else if (a == "--max-body")
      ok = number(v, n) && n > 0, l.max_body = n;
    else if (a == "--timeout")
      ok = number(v, n) && n > 0, l.timeout = std::chrono::seconds(n);
    else if (a == "--budget-ms")
      ok = number(v, n) && n > 0, l.budget = std::chrono::milliseconds(n);
    else if (a == "--max-connections")
      ok = number(v, n) && n > 0, l.max_connections = n;
    else if (a == "--max-per-client")
      ok = number(v, n) && n > 0, l.max_per_client = n;
    else
      ok = false;
    if (!ok) {
      std::cerr << "forecheck serve: bad value '" << v << "' for " << a << hint;
      return 2;
    }
  }
  std::unique_ptr<archive::store> published;
  if (!archive_location.empty()) {
    std::string error;
    published = archive::open(archive_location, archive::open_mode::read, error);
    if (!published) {
      std::cerr << "forecheck serve: " << error << "\n";
      return 2;
    }
    l.archive = published.get();
  }
  return serve(host, static_cast<unsigned short>(port), l);
}

}  // namespace fc::http
