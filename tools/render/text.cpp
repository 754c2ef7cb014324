// Compiler-style text: `path:line:col: error[rule]: message`, the source line, a caret line
// that lines up under Korean wide characters, then the arithmetic as notes.
#include <fmt/format.h>

#include <cstdlib>

#include "render/render.hpp"
#include "render/text_words.hpp"
#include "support/line_index.hpp"
#include "support/utf8.hpp"

namespace fc::render {
namespace {

int width(std::string_view s) {
  int w = 0;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    std::size_t n = utf8::decode(s, i, cp);
    w += n ? (cp == U'\t' ? 1 : utf8::display_width(cp)) : 1;
    i += n ? n : 1;
  }
  return w;
}

const char* color_of(severity s) {
  return s == severity::error ? "\x1b[1;31m" : s == severity::warning ? "\x1b[1;33m" : "\x1b[1;36m";
}

// Moves `i` back (or forward) over up to `n` code points of `s`.
std::size_t step_back(std::string_view s, std::size_t i, std::size_t n) {
  while (n-- > 0 && i > 0) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  }
  return i;
}
std::size_t step_forward(std::string_view s, std::size_t i, std::size_t n) {
  while (n-- > 0 && i < s.size()) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

// A long line is quoted as a window around the span, so the output stays proportional to the
// number of findings whatever the line length (a one-line 400 KB file must not print GBs).
constexpr std::size_t max_quoted_code_points = 240, window_context = 80;

void show_source(const line_index& lines, const span& where, std::ostream& out,
                 const text_style& style) {
  std::string_view line = lines.line_text(where.line);
  std::size_t line_start = lines.line_start(where.line);
  std::size_t b = where.start - line_start;
  std::size_t e = where.end_line == where.line ? where.end - line_start : line.size();
  std::string prefix, suffix;
  if (step_forward(line, 0, max_quoted_code_points) < line.size()) {
    std::size_t from = step_back(line, b, window_context);
    std::size_t to =
        step_forward(line, std::min(e, step_forward(line, b, window_context)), window_context);
    if (from > 0) prefix = "\u2026";
    if (to < line.size()) suffix = "\u2026";
    line = line.substr(from, to - from);
    e = std::min(e - from, line.size());
    b -= from;
  }
  std::string gutter = fmt::format("{:>5} | ", where.line);
  std::string tabless(line);
  for (auto& c : tabless)
    if (c == '\t') c = ' ';
  out << gutter << prefix << tabless << suffix << "\n";
  int lead = width(prefix) + width(line.substr(0, b));
  int mark = std::max(1, width(line.substr(b, e - b)));
  out << std::string(gutter.size() - 2, ' ') << "| "
      << std::string(static_cast<std::size_t>(lead), ' ') << (style.color ? "\x1b[1;32m" : "")
      << '^' << std::string(static_cast<std::size_t>(mark - 1), '~')
      << (style.color ? "\x1b[0m" : "") << "\n";
}

}  // namespace

void text(const std::vector<file_result>& results, std::ostream& out, const text_style& style,
          const marks& m) {
  for (std::size_t index = 0; index < results.size(); ++index) {
    const auto& r = results[index];
    line_index lines(r.original);
    const text_words& words = text_words_for(r.message_lang);
    for (const auto& e : r.errors) {
      // Input problems are written in English, so their label is too.
      out << fmt::format("{}:{}:{}: {}input{}: {}\n", r.path, e.where.line, e.where.column,
                         style.color ? "\x1b[1;35m" : "", style.color ? "\x1b[0m" : "", e.message);
    }
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
      const auto& f = r.findings[i];
      bool accepted = m.is_baselined(index, i);
      out << fmt::format("{}:{}:{}: {}{}[{}]{}{}{}: {}\n", r.path, f.where.line, f.where.column,
                         style.color ? color_of(f.level) : "", to_string(f.level), f.rule,
                         style.color ? "\x1b[0m" : "", accepted ? " " : "",
                         accepted ? words.baselined : "", f.message);
      show_source(lines, f.where, out, style);
      for (const auto& id : f.claims) {
        // Claim ids are "c<n>" in order, so the id gives the index without a search.
        std::size_t n = id.size() > 1 ? std::strtoul(id.c_str() + 1, nullptr, 10) : 0;
        if (n == 0 || n > r.claims.size() || r.claims[n - 1].id != id) continue;
        const claim& c = r.claims[n - 1];
        if (c.where.start != f.where.start)
          out << "      = "
              << fmt::format(fmt::runtime(words.claim_at), c.id, c.where.line, c.where.column)
              << ": " << c.text << "\n";
      }
      if (!f.explanation.empty()) out << "      = " << words.note << ": " << f.explanation << "\n";
      if (f.suggestion) out << "      = " << words.help << ": " << *f.suggestion << "\n";
    }
  }
  out << summary_line(count(results, m), results.size(), text_words_for(summary_language(results)))
      << "\n";
}

}  // namespace fc::render
