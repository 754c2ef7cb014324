// Inline suppression comments: <!-- forecheck-disable-next-line RULE -->,
// <!-- forecheck-disable RULE --> … <!-- forecheck-enable RULE -->. No RULE means every rule.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "findings/finding.hpp"

namespace fc::findings {

/// A suppression comment that names no known rule, at the bytes of the name.
struct suppression_problem {
  std::string message;
  std::size_t start = 0, end = 0;
};

/// Removes the findings that a suppression comment in `original` covers. Returns the names
/// that are no rule: a misspelt name would otherwise silence nothing without a word.
std::vector<suppression_problem> apply_suppressions(std::string_view original,
                                                    std::vector<finding>& findings);

}  // namespace fc::findings
