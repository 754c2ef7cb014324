// GitHub Actions workflow commands: `::error file=…,line=…,col=…,endColumn=…,title=…::text`.
// The runner splits on ',' and '::' and reads %XX escapes, so values are escaped as
// actions/toolkit's command.ts does: %, CR and LF everywhere, plus ':' and ',' in properties.
#include <fmt/format.h>

#include "render/render.hpp"

namespace fc::render {
namespace {

std::string escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

const char* command_of(severity s) {
  return s == severity::error ? "error" : s == severity::warning ? "warning" : "notice";
}

}  // namespace

void github(const std::vector<file_result>& results, std::ostream& out, const marks& m) {
  for (std::size_t file = 0; file < results.size(); ++file) {
    const auto& r = results[file];
    std::string path = escape_property(r.path);
    for (const auto& e : r.errors)
      out << fmt::format("::{} file={},line={},col={},title={}::{}\n",
                         r.unreadable ? "error" : "warning", path, e.where.line, e.where.column,
                         escape_property("forecheck input"), escape_data(e.message));
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
      const auto& f = r.findings[i];
      // A baselined finding stays visible but as a notice, so it does not read as a new failure.
      bool accepted = m.is_baselined(file, i);
      std::string title = f.rule + (accepted ? " (baselined)" : "");
      std::string text = f.message;
      if (!f.explanation.empty()) text += "\n" + f.explanation;
      out << fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                         accepted ? "notice" : command_of(f.level), path, f.where.line,
                         f.where.column, f.where.end_line, f.where.end_column,
                         escape_property(title), escape_data(text));
    }
  }
}

}  // namespace fc::render
