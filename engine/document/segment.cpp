// Sentence segmentation for Korean and English prose: terminal punctuation followed by space,
// blank lines, headings and list items; never inside decimals ("1.5") or abbreviations ("U.S.").
#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "document/document.hpp"
#include "support/utf8.hpp"

namespace fc::document {
namespace {

bool abbreviation_before(std::string_view t, std::size_t dot) {
  static const std::array<std::string_view, 18> words = {
      "U.S", "U.K", "Inc", "Corp", "Co",  "Ltd", "Mr",  "Ms",     "Dr",
      "St",  "No",  "vs",  "e.g",  "i.e", "Jan", "Feb", "approx", "est"};
  std::size_t b = dot;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(t[b - 1])) || t[b - 1] == '.')) --b;
  std::string_view w = t.substr(b, dot - b);
  for (auto a : words)
    if (w == a) return true;
  return w.size() == 1 && std::isupper(static_cast<unsigned char>(w[0]));  // initials "J."
}

// "…, according to Acme Corp. The agency expects …": a company's suffix ends the sentence
// when the next word can only open one.
bool sentence_after_company(std::string_view t, std::size_t dot) {
  static const std::array<std::string_view, 4> suffixes = {"Inc", "Corp", "Co", "Ltd"};
  static const std::array<std::string_view, 16> openers = {
      "The", "It",  "Its", "This",      "That", "These", "They",    "He",
      "She", "But", "In",  "According", "A",    "An",    "However", "Meanwhile"};
  std::size_t b = dot;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(t[b - 1]))) --b;
  std::string_view w = t.substr(b, dot - b);
  if (std::find(suffixes.begin(), suffixes.end(), w) == suffixes.end()) return false;
  if (dot + 2 >= t.size() || t[dot + 1] != ' ') return false;
  std::string_view next = t.substr(dot + 2, 12);
  next = next.substr(0, std::min(next.size(), next.find_first_of(" ,")));
  return std::find(openers.begin(), openers.end(), next) != openers.end();
}

bool starts_list_item(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  line.remove_prefix(i);
  if (line.empty()) return false;
  if (line[0] == '#' || line[0] == '>' || line[0] == '|') return true;
  if ((line[0] == '-' || line[0] == '*' || line[0] == '+') && line.size() > 1 && line[1] == ' ')
    return true;
  return line.rfind("\xE2\x96\xB2", 0) == 0 || line.rfind("\xE2\x96\xA0", 0) == 0 ||
         line.rfind("\xE2\x80\xA2", 0) == 0;  // ▲ ■ • bullets
}

// A run-on "sentence" is cut near this many bytes: the claims layer looks at a whole sentence
// for each figure in it, so an unbounded sentence makes checking quadratic in its length.
constexpr std::size_t max_sentence_bytes = 2048;

// Where to cut [b, e) before `max_sentence_bytes`: after the last clause mark (", ; ·")
// in the second half of the window, else after the last space, else at a UTF-8 boundary.
std::size_t run_on_cut(std::string_view t, std::size_t b) {
  std::size_t limit = b + max_sentence_bytes, half = b + max_sentence_bytes / 2;
  std::size_t space = 0;
  for (std::size_t i = limit; i > half; --i) {
    char c = t[i - 1];
    if (c == ',' || c == ';') return i;
    if (!space && c == ' ') space = i;
  }
  if (space) return space;
  while (limit > b + 1 && (static_cast<unsigned char>(t[limit]) & 0xC0) == 0x80) --limit;
  return limit;
}

}  // namespace

void segment(document& doc, markup kind) {
  std::string_view t = doc.text;
  std::size_t begin = 0;
  auto close = [&](std::size_t end) {
    std::size_t b = begin, e = end;
    while (b < e && (t[b] == ' ' || t[b] == '\n' || t[b] == '\t')) ++b;
    while (e > b && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\t')) --e;
    while (e - b > max_sentence_bytes) {
      std::size_t cut = run_on_cut(t, b), chunk_end = cut;
      while (chunk_end > b && t[chunk_end - 1] == ' ') --chunk_end;
      doc.sentences.push_back({b, chunk_end});
      b = cut;
      while (b < e && (t[b] == ' ' || t[b] == '\n' || t[b] == '\t')) ++b;
    }
    if (e > b) doc.sentences.push_back({b, e});
    begin = end;
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c == '\n') {
      std::size_t next = t.find('\n', i + 1);
      std::string_view next_line =
          t.substr(i + 1, next == std::string_view::npos ? t.npos : next - i - 1);
      bool blank_next = next_line.find_first_not_of(" \t") == std::string_view::npos;
      // Plain text puts one paragraph or headline per line; Markdown wraps paragraphs.
      if (kind != markup::markdown || blank_next || starts_list_item(next_line) ||
          starts_list_item(t.substr(begin, i - begin)))
        close(i + 1);
      continue;
    }
    bool terminal = c == '.' || c == '!' || c == '?';
    std::size_t len = 1;
    if (!terminal && c == '\xE3' && t.compare(i, 3, "\xE3\x80\x82") == 0)
      terminal = true, len = 3;  // 。
    if (!terminal) continue;
    std::size_t after = i + len;
    while (after < t.size() && (t[after] == '"' || t[after] == '\'' || t[after] == ')')) ++after;
    if (c == '.') {
      bool digit_before = i > 0 && std::isdigit(static_cast<unsigned char>(t[i - 1]));
      bool digit_after = after < t.size() && std::isdigit(static_cast<unsigned char>(t[after]));
      if (digit_before && digit_after) continue;
      if (abbreviation_before(t, i) && !sentence_after_company(t, i)) continue;
    }
    if (after < t.size() && t[after] != ' ' && t[after] != '\n' && len == 1) continue;
    close(after);
    i = after - 1;
  }
  close(t.size());
}

}  // namespace fc::document
