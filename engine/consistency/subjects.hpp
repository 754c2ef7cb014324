// Subjects as a graph: subject keys joined by alias links; each connected component is one
// subject, named by its smallest key so grouping is deterministic.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "claims/claim.hpp"

namespace fc::consistency {

/// Rewrites each claim's subject key to its component's representative, given alias pairs of
/// already-normalized keys.
void unify_subjects(std::vector<claim>& claims,
                    const std::vector<std::pair<std::string, std::string>>& alias_pairs);

}  // namespace fc::consistency
