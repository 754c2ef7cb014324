// Markdown masking: front matter (read for date/lang), fenced and inline code, HTML comments
// and link targets carry no prose claims, so they are blanked before the grammar runs.
#include <string_view>

#include "document/document.hpp"

namespace fc::document {
namespace {

void blank(std::vector<mask>& m, const std::string& s, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e && i < s.size(); ++i)
    m[i] = s[i] == '\n' ? mask::keep : mask::blank;
}

std::string_view trim(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
    v.remove_suffix(1);
  return v;
}

// Reads `date:` and `lang:` from YAML (---) or TOML (+++) front matter; returns its end. The
// fence may follow a UTF-8 byte-order mark, which editors do not show.
std::size_t read_front_matter(const std::string& s, document& doc) {
  std::size_t base = s.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  auto at = [&](std::string_view f) { return s.compare(base, f.size(), f) == 0; };
  std::string_view fence = at("---\n") || at("---\r\n") ? "---" : at("+++\n") ? "+++" : "";
  if (fence.empty()) return 0;
  std::size_t pos = s.find('\n', base) + 1;
  while (pos < s.size()) {
    std::size_t eol = s.find('\n', pos);
    if (eol == std::string::npos) eol = s.size();
    std::string_view line = trim(std::string_view(s).substr(pos, eol - pos));
    if (line == fence) return eol;
    auto sep = line.find(fence == "---" ? ':' : '=');
    if (sep != std::string_view::npos) {
      std::string_view key = trim(line.substr(0, sep));
      std::string_view value = trim(line.substr(sep + 1));
      if (key == "date") {
        doc.front_matter_date = parse_date(value);
      } else if (key == "lang" || key == "language") {
        std::string v(value);
        std::erase(v, '"');
        std::erase(v, '\'');
        doc.front_matter_lang = v.substr(0, 2);
      }
    }
    pos = eol + 1;
  }
  doc.problems.push_back(
      {"front matter is not closed (no second '" + std::string(fence) + "')", base, base + 3});
  return base + 3;  // treat only the opening fence as markup; the rest stays prose
}

}  // namespace

std::vector<mask> mask_markdown(const std::string& s, document& doc) {
  std::vector<mask> m(s.size(), mask::keep);
  std::size_t fm_end = read_front_matter(s, doc);
  blank(m, s, 0, fm_end);
  std::size_t pos = fm_end;
  bool in_fence = false;
  std::string fence;
  while (pos < s.size()) {
    std::size_t eol = s.find('\n', pos);
    if (eol == std::string::npos) eol = s.size();
    std::string_view line = std::string_view(s).substr(pos, eol - pos);
    std::string_view t = trim(line);
    if (in_fence) {
      blank(m, s, pos, eol);
      if (t.rfind(fence, 0) == 0) in_fence = false;
    } else if (t.rfind("```", 0) == 0 || t.rfind("~~~", 0) == 0) {
      in_fence = true;
      fence = std::string(t.substr(0, 3));
      blank(m, s, pos, eol);
    } else if (line.rfind("    ", 0) == 0 || (!line.empty() && line[0] == '\t')) {
      blank(m, s, pos, eol);  // indented code block
    }
    pos = eol + 1;
  }
  // Inline code, HTML comments, link targets and inline tags.
  for (std::size_t i = fm_end; i < s.size(); ++i) {
    if (m[i] != mask::keep) continue;
    if (s[i] == '`') {
      std::size_t e = s.find('`', i + 1);
      std::size_t nl = s.find("\n\n", i + 1);
      if (e != std::string::npos && e < nl) {
        blank(m, s, i, e + 1);
        i = e;
      }
    } else if (s.compare(i, 4, "<!--") == 0) {
      std::size_t e = s.find("-->", i + 4);
      e = e == std::string::npos ? s.size() : e + 3;
      blank(m, s, i, e);
      i = e - 1;
    } else if (s.compare(i, 2, "](") == 0) {
      std::size_t e = s.find(')', i + 2);
      if (e != std::string::npos) {
        blank(m, s, i + 1, e + 1);
        i = e;
      }
    } else if (s[i] == '<' && i + 1 < s.size() &&
               (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/')) {
      std::size_t e = s.find('>', i);
      if (e != std::string::npos && s.find('\n', i) > e) {
        for (std::size_t k = i; k <= e; ++k) m[k] = mask::drop;
        i = e;
      }
    }
  }
  return m;
}

}  // namespace fc::document
