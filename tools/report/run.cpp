// `forecheck report`: expand inputs, check every file, render, write the output safely.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/subcommands.hpp"
#include "report/options.hpp"
#include "report/page.hpp"

namespace fc::report {
namespace {

namespace fs = std::filesystem;

bool has_article_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return ext == ".md" || ext == ".markdown" || ext == ".txt" || ext == ".html" || ext == ".htm";
}

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  return fs::equivalent(a, b, ec) && !ec;
}

// Directories expand to their article files in sorted order (output-contract.md), leaving
// out the report being written and earlier reports, which are not articles.
std::vector<std::string> expand(const options& o) {
  std::vector<std::string> out;
  for (const auto& p : o.paths) {
    std::error_code ec;
    if (!fs::is_directory(p, ec)) {
      out.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    auto opts = fs::directory_options::skip_permission_denied;
    for (fs::recursive_directory_iterator it(p, opts, ec), end; !ec && it != end;
         it.increment(ec)) {
      std::error_code fec;
      if (!it->is_regular_file(fec) || !has_article_extension(it->path())) continue;
      if (o.output != "-" && same_file(it->path(), o.output)) continue;
      if (is_forecheck_report(it->path().string())) continue;
      found.push_back(it->path().generic_string());
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

// Refuses to replace anything that is not an earlier forecheck report: a mistyped -o must
// not destroy an article or a source file.
bool may_write(const options& o, std::string& error) {
  if (o.output == "-") return true;
  std::error_code ec;
  auto status = fs::status(o.output, ec);
  if (!fs::exists(status)) return true;
  if (fs::is_directory(status)) {
    error = "'" + o.output + "' is a directory; give a file name with -o";
    return false;
  }
  if (o.force || is_forecheck_report(o.output)) return true;
  error = "refusing to overwrite '" + o.output +
          "': it is not a forecheck report (use --force to overwrite it anyway)";
  return false;
}

// Writes beside the target and renames, so a failed run never leaves half a report.
bool write_output(const std::string& path, const std::string& text, std::string& error) {
  if (path == "-") {
    std::cout << text;
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  std::string tmp = path + ".forecheck-tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) {
      error = "cannot write '" + tmp + "'";
      return false;
    }
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    error = "cannot write '" + path + "'";
    return false;
  }
  return true;
}

}  // namespace

int run(int argc, char** argv) {
  std::string error;
  auto o = parse_options(argc, argv, error);
  if (!o) {
    std::cerr << "forecheck report: " << error << "\ntry 'forecheck report --help'\n";
    return 2;
  }
  if (o->help) {
    std::cout << usage();
    return 0;
  }
  if (!may_write(*o, error)) {
    std::cerr << "forecheck report: " << error << "\n";
    return 2;
  }
  std::unique_ptr<archive::store> published;
  if (o->archive) {
    published = archive::open(*o->archive, archive::open_mode::read, error);
    if (!published) {
      std::cerr << "forecheck report: " << error << "\n";
      return 2;
    }
    o->check.archive = published.get();
  }
  std::vector<file_result> results;
  for (const auto& p : expand(*o)) results.push_back(check_file(p, o->check));
  const ui_strings& ui = strings_for(pick_ui_lang(results, o->ui_lang));
  std::string text =
      o->format == "markdown" ? summary_markdown(results, ui) : page_html(results, ui);
  if (!write_output(o->output, text, error)) {
    std::cerr << "forecheck report: " << error << "\n";
    return 2;
  }
  bool unreadable = false;
  for (const auto& r : results)
    if (r.unreadable) {
      unreadable = true;
      for (const auto& e : r.errors)
        std::cerr << "forecheck: " << r.path << ": " << e.message << "\n";
    }
  return unreadable ? 2 : 0;
}

}  // namespace fc::report
