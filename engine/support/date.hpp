// Calendar dates as written in front matter, config and --date (YYYY-MM-DD).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace fc {

struct date {
  int year = 0;
  int month = 1;
  int day = 1;
  std::string iso() const;
};

/// Parses YYYY-MM-DD (also YYYY.MM.DD and YYYY/MM/DD); nullopt when malformed or not a day
/// of the calendar (2023-02-30).
std::optional<date> parse_date(std::string_view text);

/// Why parse_date refuses `text` ("2023-02 has 28 days", "expected YYYY-MM-DD"); empty when
/// it is a date.
std::string date_problem(std::string_view text);

}  // namespace fc
