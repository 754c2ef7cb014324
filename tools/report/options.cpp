// Option parsing for `forecheck report`; the report owns its options so the main command
// line stays independent of it.
#include "report/options.hpp"

#include <string_view>

#include "support/shorten.hpp"

namespace fc::report {

const char* usage() {
  return "usage: forecheck report [options] PATH...\n"
         "  -o, --output FILE       write the report to FILE (default: standard output)\n"
         "  --format html|markdown  a self-contained HTML page, or a Markdown summary for PR "
         "comments\n"
         "  --ui-lang auto|ko|en|zh|ja\n"
         "                          language of the report's own words (default: the articles')\n"
         "  --lang auto|ko|en|zh|ja language of the articles\n"
         "  --date YYYY-MM-DD       publication date of the articles\n"
         "  --force                 overwrite FILE even if it is not a forecheck report\n"
         "  --archive FILE|URI      check against the published archive and chart its figures\n"
         "                          as hollow dots labelled with their article's date\n"
         "Directories are searched recursively for .md .markdown .txt .html .htm files.\n";
}

std::optional<options> parse_options(int argc, char** argv, std::string& error) {
  options o;
  auto value = [&](int& i, std::string_view name) -> std::optional<std::string> {
    if (i + 1 >= argc) {
      error = std::string(name) + " needs a value";
      return std::nullopt;
    }
    return std::string(argv[++i]);
  };
  bool only_paths = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (only_paths || a.empty() || a[0] != '-' || a == "-") {
      o.paths.emplace_back(a);
    } else if (a == "--") {
      only_paths = true;
    } else if (a == "-h" || a == "--help") {
      o.help = true;
    } else if (a == "--force") {
      o.force = true;
    } else if (a == "-o" || a == "--output" || a == "--format" || a == "--ui-lang" ||
               a == "--lang" || a == "--date" || a == "--archive") {
      auto v = value(i, a);
      if (!v) return std::nullopt;
      if (a == "-o" || a == "--output") {
        o.output = *v;
      } else if (a == "--format") {
        if (*v != "html" && *v != "markdown")
          return error = "--format must be html or markdown", std::nullopt;
        o.format = *v;
      } else if (a == "--archive") {
        o.archive = *v;
      } else if (a == "--ui-lang") {
        if (!language_choice(*v))
          return error = "--ui-lang must be auto, ko, en, zh or ja", std::nullopt;
        o.ui_lang = *v;
      } else if (a == "--lang") {
        if (!language_choice(*v))
          return error = "--lang must be auto, ko, en, zh or ja", std::nullopt;
        o.check.lang = *v;
      } else {
        o.check.article_date = parse_date(*v);
        if (!o.check.article_date)
          return error = "invalid date '" + shortened(*v) + "' (" + date_problem(*v) + ")",
                 std::nullopt;
      }
    } else {
      error = "unknown option '" + std::string(a) + "'";
      return std::nullopt;
    }
  }
  if (!o.help && o.paths.empty()) {
    error = "no input: give at least one file or directory";
    return std::nullopt;
  }
  for (const auto& p : o.paths)
    if (p == "-")
      return error = "report reads files and directories, not standard input", std::nullopt;
  return o;
}

}  // namespace fc::report
