// The check pipeline: options → file list → parallel checks collected by index → baseline
// marks → every requested rendering → exit code. Problems with the run itself (bad baseline,
// git failure, unwritable output) print `forecheck: …` and exit 2.
#include "cli/run_check.hpp"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <thread>

#include "archive/opening.hpp"
#include "cli/baseline.hpp"
#include "cli/extract_jsonl.hpp"
#include "cli/fix_files.hpp"
#include "cli/git_changed.hpp"
#include "cli/inputs.hpp"
#include "cli/load.hpp"
#include "cli/output_guard.hpp"
#include "cli/parallel.hpp"
#include "cli/progress.hpp"
#include "cli/report_marker.hpp"
#include "render/render.hpp"
#include "support/shorten.hpp"

namespace fc::cli {

std::optional<selection> make_selection(const options& o, std::string& error) {
  selection sel;
  sel.include = o.include;
  for (const auto& g : o.exclude) sel.exclude.add(g);
  if (!o.no_ignore && !read_ignore_file(sel, o.ignore_file, error)) return std::nullopt;
  if (o.changed_only) {
    auto changed = changed_since(*o.changed_only, error);
    if (!changed) return std::nullopt;
    sel.only = std::move(*changed);
  }
  return sel;
}

namespace {

void render_to(const output_spec& spec, const std::vector<file_result>& results,
               const render::marks& m, std::ostream& out, bool color) {
  if (spec.format == "json")
    render::json(results, out, m);
  else if (spec.format == "sarif")
    render::sarif(results, out, m);
  else if (spec.format == "github")
    render::github(results, out, m);
  else if (spec.format == "checkstyle")
    render::checkstyle(results, out, m);
  else if (spec.format == "junit")
    render::junit(results, out, m);
  else
    render::text(results, out, {color}, m);
}

// A glob, an ignore file or --changed-only can leave nothing to check; a green run that
// checked nothing must not pass for a clean one without a word.
std::string nothing_to_check(const options& o) {
  std::string where;
  for (const auto& p : o.paths.empty() ? std::vector<std::string>{"."} : o.paths)
    where += (where.empty() ? "'" : ", '") + shortened(p) + "'";
  return "no files to check in " + where +
         (o.changed_only ? " changed since " + shortened(*o.changed_only) : std::string()) +
         " (see --include, --exclude and the ignore file)";
}

int exit_code(const options& o, const std::vector<file_result>& results, const render::marks& m) {
  bool unreadable = false, failed = false;
  std::size_t warnings = 0;
  for (std::size_t file = 0; file < results.size(); ++file) {
    unreadable = unreadable || results[file].unreadable;
    for (std::size_t i = 0; i < results[file].findings.size(); ++i) {
      if (m.is_baselined(file, i)) continue;
      auto level = results[file].findings[i].level;
      if (level == severity::warning) ++warnings;
      failed = failed || (o.fail_level && level >= *o.fail_level);
    }
  }
  if (o.max_warnings && warnings > *o.max_warnings) failed = true;
  return unreadable ? 2 : failed ? 1 : 0;
}

}  // namespace

int run_check(const options& o) {
  if (o.command == "extract" && o.outputs.front().format == "jsonl") return run_extract_jsonl(o);
  // The archive is opened once, read-only, and shared by the checking threads. It opens in the
  // background, first thing, while the files are found, read and extracted: a PostgreSQL login
  // takes longer than the extraction of a draft. A failure is reported before any output.
  std::unique_ptr<archive::opening_store> published;
  if (o.archive)
    published = std::make_unique<archive::opening_store>(*o.archive, archive::open_mode::read);
  std::string error;
  auto sel = make_selection(o, error);
  std::optional<baseline> accepted;
  if (sel && o.baseline) accepted = baseline::load(*o.baseline, error);
  if (!sel || (o.baseline && !accepted)) {
    std::cerr << "forecheck: " << error << "\n";
    return 2;
  }
  check_options check = o.check;
  check.archive = published.get();
  auto inputs = expand(o.paths.empty() ? std::vector<std::string>{"."} : o.paths, *sel);
  if (auto clash = o.command == "check" ? output_conflict(o.outputs, inputs) : std::nullopt) {
    std::cerr << "forecheck: " << *clash << "\n";
    return 2;
  }
  std::string stdin_bytes;
  for (const auto& in : inputs)
    if (in.is_stdin)
      stdin_bytes.assign(std::istreambuf_iterator<char>(std::cin),
                         std::istreambuf_iterator<char>());

  std::vector<file_result> results(inputs.size());
  // Earlier output of `forecheck report` found in a walk is no article (as `report` decides);
  // the test reads 512 bytes, so it runs in the pool with the checks.
  std::vector<char> is_report(inputs.size(), 0);
  std::size_t jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  progress_bar bar(inputs.size(), !o.no_progress && want_progress(inputs.size()));
  parallel_for(
      inputs.size(), jobs,
      [&](std::size_t i) {
        if (inputs[i].walked && is_forecheck_report(inputs[i].path))
          is_report[i] = 1;
        else
          results[i] = load_and_check(inputs[i], stdin_bytes, o.stdin_filename, check);
      },
      [&](std::size_t done) { bar.update(done); });
  bar.update(inputs.size());
  if (published && !published->wait(error)) {
    std::cerr << "forecheck: " << error << "\n";
    return 2;
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (is_report[i]) continue;
    if (kept != i) results[kept] = std::move(results[i]);
    ++kept;
  }
  results.resize(kept);
  if (results.empty()) {
    std::cerr << "forecheck: " << (o.error_on_empty ? "" : "warning: ") << nothing_to_check(o)
              << "\n";
    if (o.error_on_empty) return 2;
  }

  render::marks m = accepted ? accepted->apply(results) : render::marks{};
  m.fail_level = o.fail_level;
  if (o.command == "extract") render::json_claims(results, std::cout);
  for (const auto& spec : o.command == "extract" ? std::vector<output_spec>{} : o.outputs) {
    if (!spec.file) {
      if (o.fix_dry_run) continue;  // standard output carries the diff alone, for `patch`
      bool tty = ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
      render_to(spec, results, m, std::cout, o.color || (!o.no_color && tty));
      continue;
    }
    std::ofstream out(*spec.file, std::ios::binary | std::ios::trunc);
    if (out) render_to(spec, results, m, out, o.color);
    if (!out.flush()) {
      std::cerr << "forecheck: cannot write " << *spec.file << "\n";
      return 2;
    }
  }
  // Fixing comes after the report, and the exit code describes the files as checked.
  bool fix_failed = false;
  if (o.fix || o.fix_dry_run)
    fix_failed = fix_files(results, check, o.fix, std::cout, std::cerr).failed;
  std::cout.flush();
  for (const auto& r : results)
    if (r.unreadable)
      for (const auto& e : r.errors)
        std::cerr << "forecheck: " << r.path << ": " << e.message << "\n";
  return fix_failed ? 2 : exit_code(o, results, m);
}

}  // namespace fc::cli
