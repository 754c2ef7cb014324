// Checkstyle XML: a <file> per checked file (clean ones too, so consumers can count them) and
// an <error> per finding, with the rule id as `source` in the dotted form tools expect.
#include <fmt/format.h>

#include "render/render.hpp"
#include "render/xml.hpp"

namespace fc::render {

void checkstyle(const std::vector<file_result>& results, std::ostream& out, const marks& m) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
  for (std::size_t file = 0; file < results.size(); ++file) {
    const auto& r = results[file];
    out << fmt::format("  <file name=\"{}\">\n", xml_escape(r.path));
    for (const auto& e : r.errors)
      out << fmt::format(
          "    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"{}\" "
          "source=\"forecheck.input\"/>\n",
          e.where.line, e.where.column, r.unreadable ? "error" : "warning", xml_escape(e.message));
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
      const auto& f = r.findings[i];
      // Checkstyle has no baseline notion: an accepted finding is reported at info level.
      bool accepted = m.is_baselined(file, i);
      out << fmt::format(
          "    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"{}\" "
          "source=\"forecheck.{}\"/>\n",
          f.where.line, f.where.column, accepted ? "info" : to_string(f.level),
          xml_escape((accepted ? "(baselined) " : "") + f.message), xml_escape(f.rule));
    }
    out << "  </file>\n";
  }
  out << "</checkstyle>\n";
}

}  // namespace fc::render
