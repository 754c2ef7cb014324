// Bare numbers (`3,120`, `15.8`) for table cells and lists under a unit declaration
// (claim-language §11.3). Prose never calls this: a bare number there is no amount.
#include <cctype>
#include <string>

#include "grammar/mention.hpp"
#include "grammar/numeral.hpp"
#include "grammar/x3_common.hpp"
#include "support/utf8.hpp"

namespace fc::grammar {
namespace {

bool inside(const std::vector<mention>& taken, std::size_t pos) {
  for (const auto& m : taken)
    if (pos >= m.begin && pos < m.end) return true;
  return false;
}

// A cell value ends at punctuation or a space, or at an estimate marker (`3,540(전망)`).
bool ends_cell(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return true;
  char32_t c = utf8::at(s, pos);
  if (c < 0x80) return !std::isalnum(static_cast<int>(c)) && c != '%' && c != '.' && c != '_';
  return c == U'·' || c == U'│' || c == U'（';
}

bool starts_cell(std::string_view s, std::size_t pos) {
  char32_t prev = utf8::before(s, pos);
  return prev == 0 || prev == U' ' || prev == U'|' || prev == U'/' || prev == U'(' ||
         prev == U':' || prev == U'\t' || prev == U'·' || prev == U'│';
}

}  // namespace

std::vector<mention> scan_plain_numbers(std::string_view s, const std::vector<mention>& taken) {
  std::vector<mention> out;
  for (std::size_t pos = 0; pos < s.size(); ++pos) {
    if (!std::isdigit(static_cast<unsigned char>(s[pos]))) continue;
    std::size_t end = pos;
    std::string digits;
    bool ok = starts_cell(s, pos) && !inside(taken, pos) &&
              x3p::parse_at(s, pos, x3p::number, digits, end) && ends_cell(s, end);
    if (!ok) {
      while (pos + 1 < s.size() && (std::isalnum(static_cast<unsigned char>(s[pos + 1])) ||
                                    s[pos + 1] == ',' || s[pos + 1] == '.'))
        ++pos;
      continue;
    }
    bool year_like = digits.size() == 4 && digits.find_first_of(",.") == std::string::npos &&
                     digits >= "1900" && digits <= "2100";
    numeral_builder num;
    if (!year_like && num.add(digits, 0)) {
      if (auto value = num.value()) {
        mention m;
        m.begin = pos;
        m.end = end;
        m.value = *value;
        m.half = num.half_width();
        out.push_back(m);
      }
    }
    pos = end - 1;
  }
  return out;
}

}  // namespace fc::grammar
