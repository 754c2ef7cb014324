// Byte offset <-> line/column conversion over the original file bytes.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace fc {

/// A position in a file: 1-based line, 1-based column in code points.
struct line_col {
  std::size_t line = 1;
  std::size_t column = 1;
};

/// Indexes line starts once so positions convert in O(log n). A UTF-8 byte-order mark is not
/// part of the first line: editors do not show it, so columns and UTF-16 positions skip it.
class line_index {
 public:
  explicit line_index(std::string_view text);
  line_col at(std::size_t byte) const;
  /// Zero-based UTF-16 code-unit column of `byte` within its line (for LSP).
  std::size_t utf16_column(std::size_t byte) const;
  /// Byte offset of a zero-based line and UTF-16 column (clamped to the line).
  std::size_t from_utf16(std::size_t line0, std::size_t utf16_col) const;
  std::size_t line_start(std::size_t line1) const;
  std::string_view line_text(std::size_t line1) const;
  std::size_t line_count() const { return starts_.size(); }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
  // Queries come in text order, so the last answer is a checkpoint for the next one; long
  // lines (a paragraph per line) would otherwise be decoded from their start every time.
  mutable std::size_t last_byte_ = 0;
  mutable line_col last_{1, 1};
};

}  // namespace fc
