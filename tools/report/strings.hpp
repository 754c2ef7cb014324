// The report's own words in Korean, English, Chinese and Japanese; article text is never
// translated.
#pragma once

#include <string>
#include <vector>

#include "findings/finding.hpp"

namespace fc::report {

struct ui_strings {
  const char* lang;  ///< "ko", "en", "zh" or "ja", for <html lang>
  const char* title;
  const char* summary;
  const char* files;
  const char* claims;
  const char* findings;
  const char* errors;
  const char* warnings;
  const char* infos;
  const char* by_rule;
  const char* rule;
  const char* severity;
  const char* file;
  const char* where;
  const char* message;
  const char* language;
  const char* filter;
  const char* all;
  const char* no_findings;
  const char* no_claims;
  const char* article_text;
  const char* charts;
  const char* claim_id;
  const char* kind;
  const char* text;
  const char* value;
  const char* currency;
  const char* year;
  const char* source;
  const char* subject;
  const char* forecast;
  const char* involved;
  const char* expected;
  const char* unreadable;
  const char* chart_note;
  const char* fit;
  const char* band;
  const char* back_to_index;
  const char* undated;     ///< an archive article with no date
  const char* error_word;  ///< severities in table cells
  const char* warning_word;
  const char* info_word;
};

const ui_strings& strings_for(const std::string& lang);

/// The UI language: `forced` if given (ko, en, zh, ja), else the language most articles are
/// written in (a tie goes to Korean, then English, Chinese, Japanese: forecheck's seed
/// audience reads Korean).
std::string pick_ui_lang(const std::vector<file_result>& results, const std::string& forced);

/// "오류"/"error"/"错误"/"エラー" and friends, for table cells.
const char* severity_word(const ui_strings& s, severity level);

}  // namespace fc::report
