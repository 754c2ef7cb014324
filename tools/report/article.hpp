// One article's section: highlighted text, findings, charts and the claims table.
#pragma once

#include <string>

#include "findings/finding.hpp"
#include "report/strings.hpp"

namespace fc::report {

/// Anchor prefix of the n-th article (1-based): claims are "<prefix>-c3", findings "<prefix>-f1".
std::string article_prefix(std::size_t n);

/// The <section> for one checked file.
std::string article_html(const file_result& r, std::size_t n, const ui_strings& ui);

}  // namespace fc::report
