// Escaping for everything that comes from an article: HTML text, HTML attributes, Markdown.
#pragma once

#include <string>
#include <string_view>

namespace fc::report {

/// Escapes & < > " ' so the result is safe both as element text and inside a quoted
/// attribute. Invalid UTF-8 and control characters become U+FFFD, so a hostile byte sequence
/// cannot change how the browser parses what follows.
std::string html(std::string_view s);

/// A Markdown table cell: HTML-escaped, `|` and backticks neutralised, newlines as spaces.
std::string md_cell(std::string_view s);

}  // namespace fc::report
