// The Markdown summary for pull-request comments: counts, a findings table and the arithmetic
// folded under <details>. Capped so a big run still fits a comment (GitHub: 65,536 chars).
#include <fmt/format.h>

#include "report/escape.hpp"
#include "report/page.hpp"

namespace fc::report {
namespace {

constexpr std::size_t max_rows = 200;

}  // namespace

std::string summary_markdown(const std::vector<file_result>& results, const ui_strings& ui) {
  std::size_t claims = 0, n[3] = {0, 0, 0};
  for (const auto& r : results) {
    claims += r.claims.size();
    for (const auto& f : r.findings) ++n[static_cast<std::size_t>(f.level)];
  }
  std::string o = "<!-- forecheck-report v1: written by `forecheck report --format markdown` -->\n";
  o += fmt::format("### forecheck — {} {} · {} {} · {} {} · {} {} · {} {}\n\n", ui.errors, n[2],
                   ui.warnings, n[1], ui.infos, n[0], ui.files, results.size(), ui.claims, claims);
  for (const auto& r : results)
    if (r.unreadable)
      for (const auto& e : r.errors)
        o += fmt::format("- ⚠ {}: {}\n", md_cell(r.path), md_cell(e.message));
  if (n[0] + n[1] + n[2] == 0) return o + ui.no_findings + std::string("\n");
  o += fmt::format("| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n", ui.file, ui.where,
                   ui.severity, ui.rule, ui.message);
  std::size_t rows = 0, details = 0;
  std::string folded;
  for (const auto& r : results)
    for (const auto& f : r.findings) {
      if (rows++ >= max_rows) continue;
      o += fmt::format("| {} | {}:{} | {} | {} | {} |\n", md_cell(r.path), f.where.line,
                       f.where.column, severity_word(ui, f.level), md_cell(f.rule),
                       md_cell(f.message));
      if (f.level != severity::info && !f.explanation.empty() && details++ < max_rows / 4)
        folded += fmt::format("<details><summary>{}:{}:{} {}</summary>\n\n{}\n\n</details>\n",
                              md_cell(r.path), f.where.line, f.where.column, md_cell(f.rule),
                              md_cell(f.explanation));
    }
  if (rows > max_rows) o += fmt::format("\n… +{}\n", rows - max_rows);
  return o + "\n" + folded;
}

}  // namespace fc::report
