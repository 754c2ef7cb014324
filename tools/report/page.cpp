// The HTML document around the articles: CSP, styles, the index with the findings table.
#include "report/page.hpp"

#include <fmt/format.h>

#include <array>
#include <map>

#include "report/article.hpp"
#include "report/assets.hpp"
#include "report/escape.hpp"
#include "report/sha256.hpp"

namespace fc::report {
namespace {

using counts = std::array<std::size_t, 3>;  // indexed by severity: info, warning, error

counts count(const file_result& r) {
  counts c{};
  for (const auto& f : r.findings) ++c[static_cast<std::size_t>(f.level)];
  return c;
}

void stats(std::string& o, const std::vector<file_result>& results, const ui_strings& ui) {
  counts total{};
  std::size_t claims = 0;
  for (const auto& r : results) {
    claims += r.claims.size();
    auto c = count(r);
    for (std::size_t i = 0; i < 3; ++i) total[i] += c[i];
  }
  o += fmt::format(R"(<ul class="stats"><li><b>{}</b>{}</li><li><b>{}</b>{}</li>)"
                   R"(<li><b>{}</b>{}</li><li><b>{}</b>{}</li><li><b>{}</b>{}</li></ul>)",
                   results.size(), ui.files, claims, ui.claims, total[2], ui.errors, total[1],
                   ui.warnings, total[0], ui.infos);
}

void by_rule(std::string& o, const std::vector<file_result>& results, const ui_strings& ui) {
  std::map<std::string, counts> rules;
  for (const auto& r : results)
    for (const auto& f : r.findings) ++rules[f.rule][static_cast<std::size_t>(f.level)];
  o += fmt::format("<h2>{}</h2>\n", ui.by_rule);
  if (rules.empty()) {
    o += fmt::format(R"(<p class="empty">{}</p>)", ui.no_findings);
    return;
  }
  o += fmt::format(R"(<table class="by-rule"><thead><tr><th>{}</th><th class="num">{}</th>)"
                   R"(<th class="num">{}</th><th class="num">{}</th></tr></thead><tbody>)",
                   ui.rule, ui.errors, ui.warnings, ui.infos);
  for (const auto& [rule, c] : rules)
    o += fmt::format(R"(<tr><td><code>{}</code></td><td class="num">{}</td><td class="num">{}</td>)"
                     R"(<td class="num">{}</td></tr>)",
                     html(rule), c[2], c[1], c[0]);
  o += "</tbody></table>\n";
}

void files_table(std::string& o, const std::vector<file_result>& results, const ui_strings& ui) {
  o += fmt::format(R"(<h2>{}</h2><table class="files"><thead><tr><th>{}</th><th>{}</th>)"
                   R"(<th class="num">{}</th><th class="num">{}</th><th class="num">{}</th>)"
                   R"(<th class="num">{}</th></tr></thead><tbody>)",
                   ui.files, ui.file, ui.language, ui.claims, ui.errors, ui.warnings, ui.infos);
  for (std::size_t i = 0; i < results.size(); ++i) {
    const auto& r = results[i];
    auto c = count(r);
    o +=
        fmt::format(R"(<tr><td><a href="#{}">{}</a>{}</td><td>{}</td><td class="num">{}</td>)"
                    R"(<td class="num">{}</td><td class="num">{}</td><td class="num">{}</td></tr>)",
                    article_prefix(i + 1), html(r.path), r.unreadable ? " ⚠" : "", html(r.lang),
                    r.claims.size(), c[2], c[1], c[0]);
  }
  o += "</tbody></table>\n";
}

void findings_table(std::string& o, const std::vector<file_result>& results, const ui_strings& ui) {
  o += fmt::format("<h2>{}</h2>\n", ui.findings);
  o += fmt::format(R"(<table id="findings-table" data-filter="{}" data-label-all="{}" )"
                   R"(data-label-error="{}" data-label-warning="{}" data-label-info="{}">)",
                   html(ui.filter), html(ui.all), severity_word(ui, severity::error),
                   severity_word(ui, severity::warning), severity_word(ui, severity::info));
  o += fmt::format(
      R"(<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>)",
      ui.file, ui.where, ui.severity, ui.rule, ui.message);
  for (std::size_t i = 0; i < results.size(); ++i)
    for (const auto& f : results[i].findings) {
      std::string prefix = article_prefix(i + 1);
      o += fmt::format(
          R"(<tr data-severity="{0}"><td><a href="#{1}">{2}</a></td><td data-sort="{3}">)"
          R"(<a href="#{1}-{4}">{5}:{6}</a></td><td data-sort="{7}"><span class="badge sev-{0}">{8}</span></td>)"
          R"(<td><code>{9}</code></td><td>{10}</td></tr>)",
          to_string(f.level), prefix, html(results[i].path), f.where.line * 100000 + f.where.column,
          html(f.id), f.where.line, f.where.column, 2 - static_cast<int>(f.level),
          severity_word(ui, f.level), html(f.rule), html(f.message));
    }
  o += "</tbody></table>\n";
}

}  // namespace

std::string page_html(const std::vector<file_result>& results, const ui_strings& ui) {
  std::string style = stylesheet, script = table_script;
  std::string o = "<!doctype html>\n<!-- forecheck-report v1: written by `forecheck report` -->\n";
  o += fmt::format(R"(<html lang="{}"><head><meta charset="utf-8">)", ui.lang);
  // Only this page's own style and script may run, even if markup slipped past escaping.
  o += fmt::format(
      R"(<meta http-equiv="Content-Security-Policy" content="default-src 'none'; )"
      R"(style-src 'sha256-{}'; script-src 'sha256-{}'; img-src data:; base-uri 'none'; )"
      R"(form-action 'none'">)",
      sha256_base64(style), sha256_base64(script));
  o +=
      R"(<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="forecheck">)";
  o += fmt::format("<title>{}</title><style>{}</style></head>\n<body>\n", ui.title, style);
  o += fmt::format(R"(<header id="top"><h1>{}</h1>)", ui.title);
  stats(o, results, ui);
  o += "</header>\n";
  by_rule(o, results, ui);
  findings_table(o, results, ui);
  files_table(o, results, ui);
  for (std::size_t i = 0; i < results.size(); ++i) o += article_html(results[i], i + 1, ui);
  o += fmt::format("<script>{}</script>\n</body></html>\n", script);
  return o;
}

}  // namespace fc::report
