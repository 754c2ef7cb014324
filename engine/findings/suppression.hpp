// Inline suppression comments: <!-- forecheck-disable-next-line RULE -->,
// <!-- forecheck-disable RULE --> … <!-- forecheck-enable RULE -->. No RULE means every rule.
#pragma once

#include <string_view>
#include <vector>

#include "findings/finding.hpp"

namespace fc::findings {

/// Removes the findings that a suppression comment in `original` covers.
void apply_suppressions(std::string_view original, std::vector<finding>& findings);

}  // namespace fc::findings
