// Flag parsing by hand: few flags, exact error messages, no dependency.
#include "cli/options.hpp"

#include <string_view>

namespace fc::cli {

const char* usage() {
  return "usage: forecheck <command> [options]\n"
         "\n"
         "commands:\n"
         "  check [options] PATH...|-   check articles and report conflicting figures\n"
         "  extract [options] PATH...|- print the claims found (JSON)\n"
         "  explain RULE                print a rule's documentation\n"
         "  rules                       list the rules\n"
         "  version                     print the version\n"
         "\n"
         "options:\n"
         "  --format text|json          output format (default: text)\n"
         "  --lang auto|ko|en           article language (default: auto)\n"
         "  --date YYYY-MM-DD           article date (overrides front matter)\n"
         "  --input-format auto|text|markdown|html\n"
         "  --stdin-filename NAME       name used for '-' in the output\n"
         "  --color, --no-color         colour in text output (default: on a terminal)\n"
         "\n"
         "exit codes: 0 no errors, 1 at least one error finding, 2 usage error or unreadable input\n";
}

std::optional<options> parse(int argc, char** argv, std::string& error) {
  options o;
  if (argc < 2) {
    error = "missing command";
    return std::nullopt;
  }
  o.command = argv[1];
  if (o.command == "--help" || o.command == "-h") o.command = "help";
  if (o.command == "--version") o.command = "version";
  static const std::string_view commands[] = {"check", "extract", "explain", "rules", "version", "help"};
  bool known = false;
  for (auto c : commands) known = known || c == o.command;
  if (!known) {
    error = "unknown command '" + o.command + "'";
    return std::nullopt;
  }
  for (int i = 2; i < argc; ++i) {
    std::string_view a = argv[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= argc) {
        error = "option " + std::string(a) + " needs a value";
        return false;
      }
      out = argv[++i];
      return true;
    };
    std::string v;
    if (a == "--format") {
      if (!value(o.format)) return std::nullopt;
      if (o.format != "text" && o.format != "json") {
        error = "unknown format '" + o.format + "' (expected text or json)";
        return std::nullopt;
      }
    } else if (a == "--lang") {
      if (!value(o.check.lang)) return std::nullopt;
      if (o.check.lang != "auto" && o.check.lang != "ko" && o.check.lang != "en") {
        error = "unknown language '" + o.check.lang + "' (expected auto, ko or en)";
        return std::nullopt;
      }
    } else if (a == "--date") {
      if (!value(v)) return std::nullopt;
      o.check.article_date = parse_date(v);
      if (!o.check.article_date) {
        error = "invalid date '" + v + "' (expected YYYY-MM-DD)";
        return std::nullopt;
      }
    } else if (a == "--input-format") {
      if (!value(v)) return std::nullopt;
      if (v == "auto") o.check.format = input_format::automatic;
      else if (v == "text") o.check.format = input_format::text;
      else if (v == "markdown") o.check.format = input_format::markdown;
      else if (v == "html") o.check.format = input_format::html;
      else {
        error = "unknown input format '" + v + "'";
        return std::nullopt;
      }
    } else if (a == "--stdin-filename") {
      if (!value(o.stdin_filename)) return std::nullopt;
    } else if (a == "--color") {
      o.color = true;
    } else if (a == "--no-color") {
      o.no_color = true;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      error = "unknown option '" + std::string(a) + "'";
      return std::nullopt;
    } else {
      o.paths.emplace_back(a);
    }
  }
  if ((o.command == "check" || o.command == "extract") && o.paths.empty()) {
    error = "no input: give one or more paths, or '-' for standard input";
    return std::nullopt;
  }
  if (o.command == "explain" && o.paths.size() != 1) {
    error = "explain needs exactly one rule id";
    return std::nullopt;
  }
  return o;
}

}  // namespace fc::cli
