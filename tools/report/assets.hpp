// The report's stylesheet and its one script, embedded so the file needs nothing else.
#pragma once

namespace fc::report {

/// Screen and print styles; claim colours by kind, conflicts in red.
extern const char* const stylesheet;
/// Sorting and filtering of the findings table; the table is complete without it.
extern const char* const table_script;

}  // namespace fc::report
