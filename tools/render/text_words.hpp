// The words of the text format around the findings (labels and the summary line), in each
// message language. Severity labels and rule ids stay as they are in every language: editors'
// error formats and CI problem matchers read `path:line:col: error[rule]`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "check.hpp"
#include "render/render.hpp"

namespace fc::render {

struct text_words {
  std::string_view lang;
  std::string_view note, help, claim_at, baselined, unreadable;
  /// The summary line's counts, each a fmt pattern taking the number.
  std::string_view errors_one, errors_many, warnings_one, warnings_many, infos, baselined_count,
      claims_one, claims_many, files_one, files_many;
  std::string_view separator;  ///< between the counts
};

/// The words for a message language; English for one without its own.
const text_words& text_words_for(std::string_view lang);

/// The language the summary line is written in: the files' message language when they share
/// one, English when they differ (or there is no file).
std::string_view summary_language(const std::vector<file_result>& results);

/// "1 error, 0 warnings, 0 info, 3 claims in 1 file" in `w`'s language.
std::string summary_line(const totals& t, std::size_t files, const text_words& w);

}  // namespace fc::render
