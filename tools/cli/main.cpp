// forecheck: the command-line front end over the engine facade.
#include <unistd.h>

#include <iostream>
#include <iterator>
#include <string_view>

#include "check.hpp"
#include "cli/options.hpp"
#include "cli/subcommands.hpp"
#include "render/render.hpp"
#include "rules/catalogue.hpp"

namespace {

int run_check(const fc::cli::options& o) {
  std::vector<fc::file_result> results;
  for (const auto& p : o.paths) {
    if (p == "-") {
      std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
      results.push_back(fc::check_text(o.stdin_filename, std::move(bytes), o.check));
    } else {
      results.push_back(fc::check_file(p, o.check));
    }
  }
  if (o.command == "extract") {
    fc::render::json_claims(results, std::cout);
  } else if (o.format == "json") {
    fc::render::json(results, std::cout);
  } else {
    bool color = o.color || (!o.no_color && isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"));
    fc::render::text(results, std::cout, {color});
  }
  bool unreadable = false, failed = false;
  for (const auto& r : results) {
    unreadable = unreadable || r.unreadable;
    for (const auto& f : r.findings) failed = failed || f.level == fc::severity::error;
  }
  for (const auto& r : results)
    if (r.unreadable)
      for (const auto& e : r.errors) std::cerr << "forecheck: " << r.path << ": " << e.message << "\n";
  return unreadable ? 2 : failed ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2) {
    std::string_view sub = argv[1];
#if FC_HAVE_LSP
    if (sub == "lsp") return fc::lsp::run(argc - 1, argv + 1);
#endif
#if FC_HAVE_HTTP
    if (sub == "serve") return fc::http::run(argc - 1, argv + 1);
#endif
#if FC_HAVE_REPORT
    if (sub == "report") return fc::report::run(argc - 1, argv + 1);
#endif
    (void)sub;
  }
  std::string error;
  auto o = fc::cli::parse(argc, argv, error);
  if (!o) {
    std::cerr << "forecheck: " << error << "\n\n" << fc::cli::usage();
    return 2;
  }
  if (o->command == "help") {
    std::cout << fc::cli::usage();
    return 0;
  }
  if (o->command == "version") {
    std::cout << "forecheck 0.1.0\n";
    return 0;
  }
  if (o->command == "rules") {
    for (const auto& r : fc::rules::catalogue())
      std::cout << r.id << " (" << fc::to_string(r.default_severity) << "): " << r.summary << "\n";
    return 0;
  }
  if (o->command == "explain") {
    const auto* r = fc::rules::find_rule(o->paths[0]);
    if (!r) {
      std::cerr << "forecheck: unknown rule '" << o->paths[0] << "' (see 'forecheck rules')\n";
      return 2;
    }
    std::cout << (r->doc.empty() ? r->summary + "\n" : r->doc);
    return 0;
  }
  return run_check(*o);
}
