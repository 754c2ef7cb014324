// The per-article section. The original bytes are shown as they are (escaped), with each
// claim's byte span wrapped in a <mark>, so what the reader sees is what was checked.
#include "report/article.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "report/chart.hpp"
#include "report/escape.hpp"
#include "report/format.hpp"
#include "report/series.hpp"

namespace fc::report {
namespace {

std::string mark_title(const claim& c, const file_result& r, std::string_view lang) {
  std::string t = c.id + " · " + to_string(c.kind) + " · " + interval_text(c, lang);
  if (!when_text(c).empty()) t += " · " + when_text(c);
  if (c.source) t += " · " + *c.source;
  for (const auto& f : r.findings)
    if (std::find(f.claims.begin(), f.claims.end(), c.id) != f.claims.end())
      t += "\n\n[" + f.id + " " + f.rule + "] " + f.message + "\n" + f.explanation;
  return t;
}

void highlighted_text(std::string& o, const file_result& r, const std::string& prefix,
                      std::string_view lang) {
  auto sev = claim_severity(r);
  std::vector<const claim*> order;
  for (const auto& c : r.claims) order.push_back(&c);
  std::stable_sort(order.begin(), order.end(),
                   [](const claim* a, const claim* b) { return a->where.start < b->where.start; });
  const std::string& text = r.original;
  std::size_t pos = 0;
  o += R"(<pre class="article-text">)";
  for (const claim* c : order) {
    // A span that overlaps the previous one (one "17%" read for two sources) or leaves the
    // file is not highlighted again; it still gets an anchor so links to it land nearby.
    if (c->where.start < pos || c->where.end > text.size() || c->where.end <= c->where.start) {
      o += fmt::format(R"(<span id="{}-{}"></span>)", prefix, html(c->id));
      continue;
    }
    o += html(std::string_view(text).substr(pos, c->where.start - pos));
    auto it = sev.find(c->id);
    std::string cls = std::string("k-") + to_string(c->kind);
    if (it != sev.end())
      cls += it->second == severity::error     ? " conflict"
             : it->second == severity::warning ? " warn"
                                               : " note";
    o += fmt::format(
        R"(<mark id="{}-{}" class="{}" title="{}">{}</mark>)", prefix, html(c->id), cls,
        html(mark_title(*c, r, lang)),
        html(std::string_view(text).substr(c->where.start, c->where.end - c->where.start)));
    for (const auto& f : r.findings)
      if (f.where.start == c->where.start && f.where.end == c->where.end)
        o += fmt::format(R"(<sup class="ref sev-{}"><a href="#{}-{}">{}</a></sup>)",
                         to_string(f.level), prefix, html(f.id), html(f.id));
    pos = c->where.end;
  }
  o += html(std::string_view(text).substr(std::min(pos, text.size()))) + "</pre>\n";
}

// The claim a finding underlines: the one at the finding's span, else its first claim.
std::string target_claim(const finding& f, const file_result& r) {
  for (const auto& c : r.claims)
    if (c.where.start == f.where.start && c.where.end == f.where.end) return c.id;
  return f.claims.empty() ? std::string() : f.claims.front();
}

void findings_list(std::string& o, const file_result& r, const std::string& prefix,
                   const ui_strings& ui, std::string_view lang) {
  o += fmt::format("<h3>{}</h3>\n", ui.findings);
  if (r.findings.empty()) {
    o += fmt::format(R"(<p class="empty">{}</p>)", ui.no_findings);
    return;
  }
  o += R"(<ol class="findings">)";
  for (const auto& f : r.findings) {
    std::string target = target_claim(f, r);
    o += fmt::format(R"(<li id="{}-{}" class="sev-{}"><a class="where" href="#{}-{}">{}:{}</a> )",
                     prefix, html(f.id), to_string(f.level), prefix, html(target), f.where.line,
                     f.where.column);
    o += fmt::format(R"(<span class="badge sev-{}">{}</span> <code>{}</code> {})",
                     to_string(f.level), severity_word(ui, f.level), html(f.rule), html(f.message));
    o += fmt::format(R"(<div class="arith">{}</div>)", html(f.explanation));
    if (f.expected && f.expected->value) {
      claim shown;  // interval_text speaks claims; the expected value is shown as one
      shown.value = f.expected->value;
      shown.currency = f.expected->currency;
      o += fmt::format(R"(<div class="expected">{}: {}</div>)", ui.expected,
                       html(interval_text(shown, lang)));
    }
    o += fmt::format(R"(<div class="involved">{}:)", ui.involved);
    for (const auto& id : f.claims)
      o += fmt::format(R"( <a href="#{0}-{1}">{1}</a>)", prefix, html(id));
    o += "</div></li>\n";
  }
  o += "</ol>\n";
}

void claims_table(std::string& o, const file_result& r, const std::string& prefix,
                  const ui_strings& ui, std::string_view lang) {
  o += fmt::format("<h3>{}</h3>\n", ui.claims);
  if (r.claims.empty()) {
    o += fmt::format(R"(<p class="empty">{}</p>)", ui.no_claims);
    return;
  }
  o +=
      fmt::format(R"(<table class="claims"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th>)"
                  R"(<th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>)",
                  ui.claim_id, ui.kind, ui.text, ui.value, ui.currency, ui.year, ui.source,
                  ui.subject, ui.forecast);
  for (const auto& c : r.claims)
    o += fmt::format(
        R"(<tr><td><a href="#{0}-{1}">{1}</a></td><td class="k-{2}">{2}</td><td>{3}</td>)"
        R"(<td>{4}</td><td>{5}</td><td>{6}</td><td>{7}</td><td>{8}</td><td>{9}</td></tr>)",
        prefix, html(c.id), to_string(c.kind), html(c.text), html(interval_text(c, lang)),
        html(c.currency.value_or(c.unit.value_or(""))), html(when_text(c)),
        html(c.source.value_or("")), html(c.subject.value_or("")), c.forecast ? "✓" : "");
  o += "</tbody></table>\n";
}

}  // namespace

std::string article_prefix(std::size_t n) { return fmt::format("a{}", n); }

std::string article_html(const file_result& r, std::size_t n, const ui_strings& ui) {
  std::string_view lang = ui.lang;
  std::string prefix = article_prefix(n);
  std::string o = fmt::format(R"(<section class="article" id="{}" lang="{}"><h2>{}</h2>)", prefix,
                              html(r.lang), html(r.path));
  o += fmt::format(R"(<p class="meta">{} {} · {} {} · <a href="#top">{}</a></p>)", r.claims.size(),
                   ui.claims, r.findings.size(), ui.findings, ui.back_to_index);
  for (const auto& e : r.errors)
    o += fmt::format(R"(<p class="input-error">{}:{}: {}</p>)", e.where.line, e.where.column,
                     html(e.message));
  if (r.unreadable)
    return o + fmt::format(R"(<p class="input-error">{}</p></section>)", ui.unreadable);
  findings_list(o, r, prefix, ui, lang);
  auto all = subject_series(r);
  if (!all.empty()) {
    o += fmt::format(R"(<h3>{}</h3><p class="chart-note">{}</p>)", ui.charts, ui.chart_note);
    auto sev = claim_severity(r);
    for (std::size_t i = 0; i < all.size(); ++i) {
      std::string unit = all[i].currency.value_or(all[i].unit.value_or(""));
      o += fmt::format(R"(<figure class="chart-box"><figcaption>{}{}{}</figcaption>)",
                       html(all[i].label), unit.empty() ? "" : " · ", html(unit));
      o += chart_svg(all[i], sev, ui, prefix, i + 1) + "</figure>\n";
    }
  }
  o += fmt::format("<h3>{}</h3>\n", ui.article_text);
  highlighted_text(o, r, prefix, lang);
  claims_table(o, r, prefix, ui, lang);
  return o + "</section>\n";
}

}  // namespace fc::report
