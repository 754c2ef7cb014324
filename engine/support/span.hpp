// A region of the original file bytes with its line/column form (output-contract Span).
#pragma once

#include <cstddef>

namespace fc {

/// Half-open byte range into the original file plus 1-based line/column (code points).
struct span {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t line = 1;
  std::size_t column = 1;
  std::size_t end_line = 1;
  std::size_t end_column = 1;
};

}  // namespace fc
