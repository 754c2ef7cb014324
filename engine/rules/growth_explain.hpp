// Shared by growth-contradiction and cagr-mismatch: the finding for one growth conflict.
#pragma once

#include "consistency/growth_check.hpp"
#include "rules/rule.hpp"

namespace fc::rules {

/// The stated rate in a message: "약 17%", "15–20%" as written, "최소 30%"/"at least 30%" for
/// an open-ended one.
std::string stated_rate_text(const claim& rate, const std::string& lang);

/// Builds the finding: message, arithmetic step by step, the claims, and `expected` for the
/// claim the fit finds least plausible.
finding growth_finding(const context& ctx, const rule_info& info,
                       const consistency::growth_conflict& g);

}  // namespace fc::rules
