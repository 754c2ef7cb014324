// Line/column arithmetic: columns count code points; invalid bytes count one each.
#include "support/line_index.hpp"

#include <algorithm>

#include "support/utf8.hpp"

namespace fc {

line_index::line_index(std::string_view text) : text_(text) {
  starts_.push_back(text.starts_with("\xEF\xBB\xBF") ? 3 : 0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts_.push_back(i + 1);
}

std::size_t line_index::line_start(std::size_t line1) const {
  if (line1 == 0) return 0;
  return line1 - 1 < starts_.size() ? starts_[line1 - 1] : text_.size();
}

std::string_view line_index::line_text(std::size_t line1) const {
  std::size_t b = line_start(line1);
  std::size_t e = line1 < starts_.size() ? starts_[line1] : text_.size();
  while (e > b && (text_[e - 1] == '\n' || text_[e - 1] == '\r')) --e;
  return text_.substr(b, e - b);
}

line_col line_index::at(std::size_t byte) const {
  byte = std::max(std::min(byte, text_.size()), starts_[0]);
  auto it = std::upper_bound(starts_.begin(), starts_.end(), byte);
  std::size_t line = static_cast<std::size_t>(it - starts_.begin());
  std::size_t col = 1;
  std::size_t i = starts_[line - 1];
  if (last_.line == line && last_byte_ >= i && last_byte_ <= byte)
    i = last_byte_, col = last_.column;
  while (i < byte) {
    char32_t cp = 0;
    std::size_t n = utf8::decode(text_, i, cp);
    i += n ? n : 1;
    ++col;
  }
  last_byte_ = i;
  last_ = {line, col};
  return {line, col};
}

std::size_t line_index::utf16_column(std::size_t byte) const {
  byte = std::max(std::min(byte, text_.size()), starts_[0]);
  auto it = std::upper_bound(starts_.begin(), starts_.end(), byte);
  std::size_t units = 0;
  for (std::size_t i = *(it - 1); i < byte;) {
    char32_t cp = 0;
    std::size_t n = utf8::decode(text_, i, cp);
    units += (n && cp >= 0x10000) ? 2 : 1;
    i += n ? n : 1;
  }
  return units;
}

std::size_t line_index::from_utf16(std::size_t line0, std::size_t utf16_col) const {
  if (line0 >= starts_.size()) return text_.size();
  std::size_t i = starts_[line0];
  std::size_t units = 0;
  while (i < text_.size() && text_[i] != '\n' && units < utf16_col) {
    char32_t cp = 0;
    std::size_t n = utf8::decode(text_, i, cp);
    units += (n && cp >= 0x10000) ? 2 : 1;
    i += n ? n : 1;
  }
  return i;
}

}  // namespace fc
