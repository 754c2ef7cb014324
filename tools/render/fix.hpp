// Turning a finding's expected value into replacement text for the claim it underlines.
#pragma once

#include <optional>
#include <string>

#include "check.hpp"

namespace fc::render {

/// The claim the finding underlines (same span start), or nullptr.
const claim* underlined_claim(const file_result& r, const finding& f);

/// The claim's text with its number rewritten to the middle of the expected interval, in the
/// claim's own unit and wording (`USD 51.8 billion` → `USD 42.1 billion`, `10억달러` → `31억달러`).
/// Nothing when there is no expected value, or the claim's number cannot be located.
std::optional<std::string> replacement_text(const file_result& r, const finding& f);

}  // namespace fc::render
