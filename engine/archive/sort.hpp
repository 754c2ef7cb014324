// The one order every archive listing uses (by date, undated last, path, then position), and
// the query keys each backend looks up once.
#pragma once

#include <vector>

#include "archive/record.hpp"

namespace fc::archive {

/// Sorts published claims by article date (undated last), path and span start.
void sort_published(std::vector<published_claim>& claims);

/// Sorted, each once.
std::vector<std::string> unique_keys(const std::vector<std::string>& keys);
/// The query's years, sorted, each once; one empty optional (every year) when it names none.
std::vector<std::optional<int>> query_years(const claim_query& q);

}  // namespace fc::archive
