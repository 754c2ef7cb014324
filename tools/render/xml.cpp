// XML escaping: the five markup characters, newlines kept as character references inside
// attributes (so a multi-line message survives attribute normalisation), and every byte
// sequence XML 1.0 cannot carry replaced.
#include "render/xml.hpp"

#include "support/utf8.hpp"

namespace fc::render {

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    std::size_t n = utf8::decode(s, i, cp);
    if (n == 0) {
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
        out += "&apos;";
        break;
      case U'\n':
        out += "&#10;";
        break;
      case U'\r':
        out += "&#13;";
        break;
      case U'\t':
        out += "&#9;";
        break;
      default:
        if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF)
          out += "\xEF\xBF\xBD";
        else
          out.append(s.substr(i, n));
    }
    i += n;
  }
  return out;
}

}  // namespace fc::render
