// Flag parsing by hand: few flags, exact error messages, no dependency.
#include "cli/options.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>

#include "support/shorten.hpp"

namespace fc::cli {
namespace {

constexpr std::string_view formats[] = {"text",       "json",  "sarif", "github",
                                        "checkstyle", "junit", "jsonl"};

bool parse_count(const std::string& s, std::size_t& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size() && !s.empty();
}

// Pairing rule for several outputs: an --output belongs to the closest --format before it;
// one given before any --format belongs to the first (text when none is given). Formats
// without a file share standard output, so only one may be left without.
bool pair_outputs(options& o, const std::optional<std::string>& early_output, std::string& error) {
  if (o.outputs.empty()) o.outputs.push_back({});
  if (early_output) {
    if (o.outputs.front().file) {
      error = "--output given twice for format " + o.outputs.front().format;
      return false;
    }
    o.outputs.front().file = early_output;
  }
  std::size_t to_stdout = 0;
  for (const auto& out : o.outputs) to_stdout += out.file ? 0 : 1;
  if (to_stdout > 1) {
    error = "only one --format may write to standard output; give the others an --output FILE";
    return false;
  }
  return true;
}

// --fix rewrites files in place, so it needs files: standard input has nowhere to be written
// back (the diff of --fix-dry-run is fine).
bool fix_allowed(const options& o, std::string& error) {
  if (!o.fix && !o.fix_dry_run) return true;
  if (o.fix && o.fix_dry_run)
    error = "--fix and --fix-dry-run exclude each other";
  else if (o.command != "check")
    error = std::string(o.fix ? "--fix" : "--fix-dry-run") + " is for check";
  else if (o.fix && std::find(o.paths.begin(), o.paths.end(), "-") != o.paths.end())
    error = "--fix cannot rewrite standard input; use --fix-dry-run to see the changes";
  else
    return true;
  return false;
}

}  // namespace

constexpr std::string_view commands[] = {"check", "extract", "explain", "rules", "version", "help"};

bool known_command(std::string_view c) {
  for (auto k : commands)
    if (k == c) return true;
  return false;
}

std::string usage_hint(int argc, char** argv) {
  if (argc >= 2 && known_command(argv[1]) && std::string_view(argv[1]) != "help")
    return "try 'forecheck " + std::string(argv[1]) + " --help'";
  return "try 'forecheck --help'";
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
  if (!known_command(o.command)) {
    error = "unknown command '" + o.command + "'";
    return std::nullopt;
  }
  std::optional<std::string> early_output;
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
    if (a == "--help" || a == "-h") {
      o.command = "help";
      return o;
    } else if (a == "--format") {
      if (!value(v)) return std::nullopt;
      bool ok = false;
      for (auto f : formats) ok = ok || f == v;
      if (!ok) {
        error = "unknown format '" + v +
                "' (expected text, json, sarif, github, checkstyle or junit; jsonl for extract)";
        return std::nullopt;
      }
      o.outputs.push_back({v, std::nullopt});
    } else if (a == "--output" || a == "-o") {
      if (!value(v)) return std::nullopt;
      auto& slot = o.outputs.empty() ? early_output : o.outputs.back().file;
      if (slot) {
        error = "--output given twice for one --format";
        return std::nullopt;
      }
      slot = v;
    } else if (a == "--lang") {
      if (!value(o.check.lang)) return std::nullopt;
      if (!language_choice(o.check.lang)) {
        error = "unknown language '" + o.check.lang + "' (expected auto, ko, en, zh or ja)";
        return std::nullopt;
      }
    } else if (a == "--message-lang") {
      if (!value(o.check.message_lang)) return std::nullopt;
      if (!language_choice(o.check.message_lang)) {
        error = "unknown message language '" + o.check.message_lang +
                "' (expected auto, ko, en, zh or ja)";
        return std::nullopt;
      }
    } else if (a == "--date") {
      if (!value(v)) return std::nullopt;
      o.check.article_date = parse_date(v);
      if (!o.check.article_date) {
        error = "invalid date '" + shortened(v) + "' (" + date_problem(v) + ")";
        return std::nullopt;
      }
    } else if (a == "--input-format") {
      if (!value(v)) return std::nullopt;
      if (v == "auto")
        o.check.format = input_format::automatic;
      else if (v == "text")
        o.check.format = input_format::text;
      else if (v == "markdown")
        o.check.format = input_format::markdown;
      else if (v == "html")
        o.check.format = input_format::html;
      else {
        error = "unknown input format '" + v + "'";
        return std::nullopt;
      }
    } else if (a == "--config") {
      if (!value(v)) return std::nullopt;
      o.check.config_path = v;
    } else if (a == "--stdin-filename") {
      if (!value(o.stdin_filename)) return std::nullopt;
    } else if (a == "--include" || a == "--exclude") {
      if (!value(v)) return std::nullopt;
      (a == "--include" ? o.include : o.exclude).push_back(v);
    } else if (a == "--ignore-file") {
      if (!value(v)) return std::nullopt;
      o.ignore_file = v;
    } else if (a == "--no-ignore") {
      o.no_ignore = true;
    } else if (a == "--fail-level") {
      if (!value(v)) return std::nullopt;
      if (v == "none")
        o.fail_level.reset();
      else if (auto s = parse_severity(v))
        o.fail_level = s;
      else {
        error = "unknown fail level '" + v + "' (expected error, warning, info or none)";
        return std::nullopt;
      }
    } else if (a == "--max-warnings") {
      std::size_t n = 0;
      if (!value(v)) return std::nullopt;
      if (!parse_count(v, n)) {
        error = "--max-warnings needs a non-negative number, not '" + v + "'";
        return std::nullopt;
      }
      o.max_warnings = n;
    } else if (a == "--baseline") {
      if (!value(v)) return std::nullopt;
      o.baseline = v;
    } else if (a == "--archive") {
      if (!value(v)) return std::nullopt;
      o.archive = v;
    } else if (a == "--changed-only") {
      if (!value(v)) return std::nullopt;
      o.changed_only = v;
    } else if (a == "--jobs" || a == "-j") {
      if (!value(v)) return std::nullopt;
      if (!parse_count(v, o.jobs) || o.jobs == 0 || o.jobs > 1024) {
        error = "--jobs needs a number from 1 to 1024, not '" + v + "'";
        return std::nullopt;
      }
    } else if (a == "--no-progress") {
      o.no_progress = true;
    } else if (a == "--error-on-empty") {
      o.error_on_empty = true;
    } else if (a == "--fix") {
      o.fix = true;
    } else if (a == "--fix-dry-run") {
      o.fix_dry_run = true;
    } else if (a == "--color") {
      o.color = true;
    } else if (a == "--no-color") {
      o.no_color = true;
    } else if (a == "--") {
      for (++i; i < argc; ++i) o.paths.emplace_back(argv[i]);
    } else if (a.size() > 1 && a[0] == '-') {
      error = "unknown option '" + std::string(a) + "'";
      return std::nullopt;
    } else {
      o.paths.emplace_back(a);
    }
  }
  if (!pair_outputs(o, early_output, error)) return std::nullopt;
  if ((o.command == "check" || o.command == "extract") && o.paths.empty() && !o.changed_only) {
    error = "no input: give one or more paths, or '-' for standard input";
    return std::nullopt;
  }
  for (const auto& out : o.outputs)
    if (out.format == "jsonl" && (o.command != "extract" || out.file)) {
      error = o.command != "extract" ? "--format jsonl is for extract (one claim per line)"
                                     : "extract --format jsonl writes to standard output";
      return std::nullopt;
    }
  if (!fix_allowed(o, error)) return std::nullopt;
  if (o.command == "explain" && o.paths.size() != 1) {
    error = "explain needs exactly one rule id";
    return std::nullopt;
  }
  return o;
}

}  // namespace fc::cli
