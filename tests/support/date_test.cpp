// Dates are calendar dates: 2023-02-30 is not a date, and the message says why.
#include "support/date.hpp"

#include <doctest/doctest.h>

TEST_CASE("days past the end of their month are refused") {
  CHECK_FALSE(fc::parse_date("2023-02-30"));
  CHECK_FALSE(fc::parse_date("2023-02-29"));
  CHECK_FALSE(fc::parse_date("2023-04-31"));
  CHECK_FALSE(fc::parse_date("1900-02-29"));
  CHECK(fc::parse_date("2024-02-29"));
  CHECK(fc::parse_date("2000-02-29"));
  CHECK(fc::parse_date("2023-12-31"));
  CHECK(fc::parse_date("2023-01-31"));
}

TEST_CASE("the reason a date is refused") {
  CHECK(fc::date_problem("2023-02-30") == "2023-02 has 28 days");
  CHECK(fc::date_problem("2024-02-30") == "2024-02 has 29 days");
  CHECK(fc::date_problem("2023-04-31") == "2023-04 has 30 days");
  CHECK(fc::date_problem("2023-13-01") == "there is no month 13");
  CHECK(fc::date_problem("2023-1-1") == "expected YYYY-MM-DD");
  CHECK(fc::date_problem("1066-10-14") == "expected a year from 1900 to 2200");
  CHECK(fc::date_problem("2023-02-28").empty());
}
