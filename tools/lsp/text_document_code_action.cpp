// textDocument/codeAction: the consistent value as a quick fix, and a suppression comment.
#include "findings/fix.hpp"
#include "lsp/server.hpp"

namespace fc::lsp {
namespace {

json::object text_edit(const line_index& lines, std::size_t b, std::size_t e, std::string text) {
  return json::object{{"range", to_range(lines, b, e)}, {"newText", std::move(text)}};
}

json::object action(std::string title, const std::string& uri, json::object edit,
                    const json::array& diagnostics, bool preferred) {
  json::object changes{{uri, json::array{std::move(edit)}}};
  json::object a{{"title", std::move(title)},
                 {"kind", "quickfix"},
                 {"edit", {{"changes", std::move(changes)}}}};
  if (!diagnostics.empty()) a["diagnostics"] = diagnostics;
  if (preferred) a["isPreferred"] = true;
  return a;
}

// The diagnostics the client sent back that belong to this finding (same code), so editors
// can attach the action to the right squiggle.
json::array matching(const json::object& params, const std::string& rule) {
  json::array out;
  const json::value* ctx = params.if_contains("context");
  if (!ctx || !ctx->is_object()) return out;
  const json::value* ds = ctx->get_object().if_contains("diagnostics");
  if (!ds || !ds->is_array()) return out;
  for (const auto& d : ds->get_array())
    if (d.is_object())
      if (const json::value* code = d.get_object().if_contains("code");
          code && *code == rule.c_str())
        out.push_back(d);
  return out;
}

}  // namespace

json::value server::code_action(const json::object& params) {
  std::string uri(member_string(member_object(params, "textDocument"), "uri"));
  const json::object& range = member_object(params, "range");
  auto a = current(uri);
  std::size_t b = to_offset(a->lines, member_object(range, "start"));
  std::size_t e = to_offset(a->lines, member_object(range, "end"));
  const file_result& r = a->result;
  json::array out;
  for (const auto& f : r.findings) {
    if (f.where.end < b || f.where.start > e) continue;  // touching counts: a cursor at the end
    json::array ds = matching(params, f.rule);
    // The same edit `check --fix` makes: the figure in its own form, only where the fit is
    // unambiguous.
    if (auto fix = findings::fix_for(f, r.claims, a->text)) {
      out.push_back(action("Replace '" + fix->before + "' with '" + fix->after + "'", uri,
                           text_edit(a->lines, fix->start, fix->end, fix->after), ds, true));
    }
    // The comment goes on its own line above the finding's line, indented like it.
    std::size_t line_start = a->lines.line_start(f.where.line);
    std::size_t indent_end = line_start;
    while (indent_end < a->text.size() &&
           (a->text[indent_end] == ' ' || a->text[indent_end] == '\t'))
      ++indent_end;
    std::string comment = a->text.substr(line_start, indent_end - line_start) +
                          "<!-- forecheck-disable-next-line " + f.rule + " -->\n";
    out.push_back(action("Disable " + f.rule + " for this line", uri,
                         text_edit(a->lines, line_start, line_start, comment), ds, false));
  }
  return out;
}

}  // namespace fc::lsp
