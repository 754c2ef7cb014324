// Shared by growth-contradiction and cagr-mismatch: the finding for one growth conflict.
#pragma once

#include "consistency/growth_check.hpp"
#include "rules/rule.hpp"

namespace fc::rules {

/// Builds the finding: message, arithmetic step by step, the claims, and `expected` for the
/// claim the fit finds least plausible.
finding growth_finding(const context& ctx, const rule_info& info,
                       const consistency::growth_conflict& g);

}  // namespace fc::rules
