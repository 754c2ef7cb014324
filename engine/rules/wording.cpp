// Picks a wording's language; the languages messages are written in.
#include "rules/wording.hpp"

namespace fc::rules {

std::string message_language(std::string_view lang) {
  if (lang == "ko" || lang == "zh" || lang == "ja") return std::string(lang);
  return "en";
}

std::string_view pick(const wording& w, std::string_view lang) {
  std::string_view s = lang == "ko" ? w.ko : lang == "zh" ? w.zh : lang == "ja" ? w.ja : w.en;
  return s.empty() ? w.en : s;
}

}  // namespace fc::rules
