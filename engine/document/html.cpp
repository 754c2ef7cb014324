// HTML masking: tags vanish (block tags end a sentence), scripts, styles and comments blank.
#include <algorithm>
#include <cctype>
#include <string_view>

#include "document/document.hpp"

namespace fc::document {
namespace {

bool starts_with_ci(const std::string& s, std::size_t at, std::string_view w) {
  if (at + w.size() > s.size()) return false;
  for (std::size_t k = 0; k < w.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(s[at + k])) != w[k]) return false;
  return true;
}

bool is_block_tag(std::string_view name) {
  static const std::string_view blocks[] = {
      "p",      "div",    "br",         "li",    "ul",         "ol", "h1",    "h2",      "h3",
      "h4",     "h5",     "h6",         "tr",    "td",         "th", "table", "section", "article",
      "header", "footer", "blockquote", "title", "figcaption", "dt", "dd",    "hr",      "pre"};
  return std::find(std::begin(blocks), std::end(blocks), name) != std::end(blocks);
}

}  // namespace

std::vector<mask> mask_html(const std::string& s) {
  std::vector<mask> m(s.size(), mask::keep);
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '<') {
      ++i;
      continue;
    }
    if (s.compare(i, 4, "<!--") == 0) {
      std::size_t e = s.find("-->", i + 4);
      e = e == std::string::npos ? s.size() : e + 3;
      for (std::size_t k = i; k < e; ++k) m[k] = s[k] == '\n' ? mask::keep : mask::blank;
      i = e;
      continue;
    }
    std::size_t e = s.find('>', i);
    if (e == std::string::npos) break;  // a stray '<' stays text
    std::size_t n = i + 1 + (i + 1 < s.size() && s[i + 1] == '/');
    std::size_t ne = n;
    while (ne < e && std::isalnum(static_cast<unsigned char>(s[ne]))) ++ne;
    std::string name = s.substr(n, ne - n);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (std::size_t k = i; k <= e; ++k) m[k] = mask::drop;
    if (is_block_tag(name)) m[i] = mask::newline;
    bool opening = s[i + 1] != '/';
    if (opening && (name == "script" || name == "style")) {
      std::string close = "</" + name;
      std::size_t c = e + 1;
      while (c < s.size() && !starts_with_ci(s, c, close)) ++c;
      for (std::size_t k = e + 1; k < c; ++k) m[k] = s[k] == '\n' ? mask::keep : mask::blank;
      i = c;
      continue;
    }
    i = e + 1;
  }
  return m;
}

void mask_addresses(const std::string& s, std::vector<mask>& m) {
  auto is_url_char = [](char c) {
    return c > ' ' && c != '"' && c != '\'' && c != '<' && c != '>' && c != ')' &&
           static_cast<unsigned char>(c) < 0x80;
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c != 'h' && c != 'w' && c != '@') continue;  // the only bytes an address starts at
    std::size_t b = std::string::npos;
    if (s.compare(i, 7, "http://") == 0 || s.compare(i, 8, "https://") == 0 ||
        s.compare(i, 4, "www.") == 0) {
      b = i;
    } else if (s[i] == '@' && i > 0 && is_url_char(s[i - 1]) && i + 1 < s.size() &&
               std::isalnum(static_cast<unsigned char>(s[i + 1]))) {
      b = i;
      while (b > 0 && is_url_char(s[b - 1]) && s[b - 1] != ',' && s[b - 1] != '(') --b;
    }
    if (b == std::string::npos) continue;
    std::size_t e = i;
    while (e < s.size() && is_url_char(s[e])) ++e;
    while (e > b && (s[e - 1] == '.' || s[e - 1] == ',')) --e;
    for (std::size_t k = b; k < e; ++k)
      if (m[k] == mask::keep) m[k] = mask::blank;
    i = e;
  }
}

}  // namespace fc::document
