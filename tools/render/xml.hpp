// XML text escaping shared by the checkstyle and JUnit printers.
#pragma once

#include <string>
#include <string_view>

namespace fc::render {

/// Escapes markup characters for attribute or text content; characters XML 1.0 forbids
/// (control characters, invalid UTF-8) become U+FFFD so the document always parses.
std::string xml_escape(std::string_view s);

}  // namespace fc::render
