// Counting findings for summary lines, shared by the printers that end with one.
#include "render/render.hpp"

namespace fc::render {

totals count(const std::vector<file_result>& results, const marks& m) {
  totals t;
  for (std::size_t index = 0; index < results.size(); ++index) {
    const auto& r = results[index];
    t.claims += r.claims.size();
    if (r.unreadable) ++t.unreadable;
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
      if (m.is_baselined(index, i)) {
        ++t.baselined;
        continue;
      }
      auto level = r.findings[i].level;
      (level == severity::error ? t.errors : level == severity::warning ? t.warnings : t.infos)++;
    }
  }
  return t;
}

}  // namespace fc::render
