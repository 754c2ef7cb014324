// forecheck: the command-line front end over the engine facade.
#include <iostream>
#include <string_view>

#include "cli/archive_cmd.hpp"
#include "cli/options.hpp"
#include "cli/run_check.hpp"
#include "cli/subcommands.hpp"
#include "lang/lang.hpp"
#include "rules/catalogue.hpp"

int main(int argc, char** argv) {
  // Language data that does not load stops the program here, not inside a worker thread.
  fc::lang::load_shipped();
  if (argc >= 2) {
    std::string_view sub = argv[1];
    if (sub == "index") return fc::cli::run_index(argc - 1, argv + 1);
    if (sub == "archive") return fc::cli::run_archive(argc - 1, argv + 1);
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
    // One line and a hint: the help text would push the message off the screen.
    std::cerr << "forecheck: " << error << "\n";
    if (argc < 2)
      std::cerr << "\n" << fc::cli::usage();
    else
      std::cerr << fc::cli::usage_hint(argc, argv) << "\n";
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
    // A rule that ships disabled is "off": its severity applies only once it is enabled.
    for (const auto& r : fc::rules::catalogue())
      std::cout << r.id << " (" << (r.enabled ? fc::to_string(r.default_severity) : "off")
                << "): " << r.summary << "\n";
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
  return fc::cli::run_check(*o);
}
