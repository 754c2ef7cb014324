// One stored claim as the flat row both backends write and read: the same columns, in the same
// order, so the SQLite and PostgreSQL stores cannot drift apart.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "archive/record.hpp"

namespace fc::archive {

struct claim_row {
  std::int64_t ord = 0;  ///< the claim's number in its article ("c3" → 3)
  std::string kind, text;
  std::optional<std::string> subject, subject_key, source;
  std::optional<int> year;
  std::optional<double> point, lo, hi;  ///< the value, or the rate for growth/change/share
  std::optional<std::string> currency, unit;
  std::string rate_of, hedge;
  std::int64_t forecast = 0, comparable = 0;
  std::string sentence;
  std::int64_t span_start = 0, span_end = 0, line = 0, col = 0, end_line = 0, end_col = 0;
};

/// The row for one claim of an article.
claim_row to_row(const published_claim& c);
/// The claim back from its row, with its article's fields.
published_claim from_row(const claim_row& r, const std::string& path, const std::string& title,
                         const std::optional<std::string>& published);

/// "2023-04-14", or nullopt.
std::optional<std::string> date_text(const std::optional<date>& d);

/// The column list of `claims` after `article_id`, shared by both backends' INSERT and SELECT.
inline constexpr const char* claim_columns =
    "ord, kind, text, subject, subject_key, source, year, point, lo, hi, currency, unit, "
    "rate_of, hedge, forecast, comparable, sentence, span_start, span_end, line, col, "
    "end_line, end_col";
inline constexpr int claim_column_count = 23;

}  // namespace fc::archive
