// The whole HTML report: head, index, one section per article.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "findings/finding.hpp"
#include "report/strings.hpp"

namespace fc::report {

/// Every report forecheck writes starts with this comment (HTML and Markdown alike); an
/// existing output file without it is not overwritten unless --force.
inline constexpr std::string_view report_marker = "<!-- forecheck-report";

/// The self-contained HTML document.
std::string page_html(const std::vector<file_result>& results, const ui_strings& ui);

/// The Markdown summary for pull-request comments.
std::string summary_markdown(const std::vector<file_result>& results, const ui_strings& ui);

}  // namespace fc::report
