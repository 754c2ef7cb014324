// HTML and Markdown escaping; the only path article text takes into a report.
#include "report/escape.hpp"

#include "support/utf8.hpp"

namespace fc::report {

std::string html(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    std::size_t n = utf8::decode(s, i, cp);
    if (n == 0) {  // a stray byte: replace it rather than let the browser guess
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    switch (cp) {
      case U'&':
        out += "&amp;";
        break;
      case U'<':
        out += "&lt;";
        break;
      case U'>':
        out += "&gt;";
        break;
      case U'"':
        out += "&quot;";
        break;
      case U'\'':
        out += "&#39;";
        break;
      case U'\n':
      case U'\t':
        out += static_cast<char>(cp);
        break;
      case U'\r':
        break;  // CRLF articles render like LF ones
      default:
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
          out += "\xEF\xBF\xBD";
        else
          out.append(s.substr(i, n));
    }
    i += n;
  }
  return out;
}

std::string md_cell(std::string_view s) {
  std::string escaped = html(s);
  std::string out;
  out.reserve(escaped.size());
  for (char c : escaped) {
    if (c == '|')
      out += "\\|";
    else if (c == '`')
      out += "&#96;";
    else if (c == '\n' || c == '\t')
      out += ' ';
    else if (c == '[' || c == ']' || c == '*' || c == '_' || c == '~') {
      out += '\\';
      out += c;
    } else
      out += c;
  }
  return out;
}

}  // namespace fc::report
