// The one order every archive listing uses: by date (undated last), path, then position.
#pragma once

#include <vector>

#include "archive/record.hpp"

namespace fc::archive {

/// Sorts published claims by article date (undated last), path and span start.
void sort_published(std::vector<published_claim>& claims);

}  // namespace fc::archive
