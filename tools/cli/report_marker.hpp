// How a file written by `forecheck report` is recognised, so that directory walks (of `check`
// and of `report` itself) skip earlier reports instead of reading them as articles.
#pragma once

#include <algorithm>
#include <fstream>
#include <string>
#include <string_view>

namespace fc {

/// Every report forecheck writes starts with this comment (HTML and Markdown alike); an
/// existing output file without it is not overwritten unless --force.
inline constexpr std::string_view report_marker = "<!-- forecheck-report";

/// True when the file holds the marker in its first 512 bytes.
inline bool is_forecheck_report(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(512, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  return head.find(report_marker) != std::string::npos;
}

}  // namespace fc
