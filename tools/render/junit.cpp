// JUnit XML, the format every CI dashboard reads: one <testsuite> per file, one <testcase> per
// finding (a clean file is one passing case), unreadable files as <error>, baselined findings
// as <skipped>. A finding fails its case only at or above the fail level: a dashboard that
// shows failures for a passing run (an info finding, exit 0) is wrong. No timestamps or
// durations, so output is deterministic.
#include <fmt/format.h>

#include <sstream>

#include "render/render.hpp"
#include "render/xml.hpp"

namespace fc::render {

void junit(const std::vector<file_result>& results, std::ostream& out, const marks& m) {
  std::ostringstream body;
  std::size_t all_tests = 0, all_failures = 0, all_errors = 0, all_skipped = 0;
  for (std::size_t file = 0; file < results.size(); ++file) {
    const auto& r = results[file];
    std::string path = xml_escape(r.path);
    std::ostringstream cases;
    std::size_t tests = 0, failures = 0, errors = 0, skipped = 0;
    if (r.unreadable) {
      ++tests, ++errors;
      std::string message = r.errors.empty() ? "cannot read" : r.errors.front().message;
      cases << fmt::format(
          "    <testcase classname=\"{}\" name=\"input\">\n      <error message=\"{}\" "
          "type=\"input\"/>\n    </testcase>\n",
          path, xml_escape(message));
    }
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
      const auto& f = r.findings[i];
      ++tests;
      cases << fmt::format("    <testcase classname=\"{}\" name=\"{}:{}:{} {}\">\n", path, path,
                           f.where.line, f.where.column, xml_escape(f.rule));
      if (m.is_baselined(file, i)) {
        ++skipped;
        cases << fmt::format("      <skipped message=\"baselined: {}\"/>\n", xml_escape(f.message));
      } else if (!m.fail_level || f.level < *m.fail_level) {
        cases << fmt::format("      <system-out>{}: {}</system-out>\n", to_string(f.level),
                             xml_escape(f.message));
      } else {
        ++failures;
        cases << fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n",
                             xml_escape(f.message), to_string(f.level), xml_escape(f.explanation));
      }
      cases << "    </testcase>\n";
    }
    if (tests == 0) {
      ++tests;
      cases << fmt::format("    <testcase classname=\"{}\" name=\"{}\"/>\n", path, path);
    }
    body << fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">\n{}"
        "  </testsuite>\n",
        path, tests, failures, errors, skipped, cases.str());
    all_tests += tests, all_failures += failures, all_errors += errors, all_skipped += skipped;
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << fmt::format(
             "<testsuites name=\"forecheck\" tests=\"{}\" failures=\"{}\" errors=\"{}\" "
             "skipped=\"{}\">\n",
             all_tests, all_failures, all_errors, all_skipped)
      << body.str() << "</testsuites>\n";
}

}  // namespace fc::render
