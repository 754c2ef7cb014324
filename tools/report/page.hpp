// The whole HTML report: head, index, one section per article.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cli/report_marker.hpp"
#include "findings/finding.hpp"
#include "report/strings.hpp"

namespace fc::report {

/// The self-contained HTML document.
std::string page_html(const std::vector<file_result>& results, const ui_strings& ui);

/// The Markdown summary for pull-request comments.
std::string summary_markdown(const std::vector<file_result>& results, const ui_strings& ui);

}  // namespace fc::report
