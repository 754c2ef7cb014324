// Internal: the measure words a subject is named by (시장, 매출, market, revenue) and where a
// sentence writes them.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace fc::claims {

struct measure {
  std::string_view word;
  bool english;
};

/// Every measure word of a sentence (subjects.measures of each language), by position, found once
/// per sentence: each figure of the sentence asks. Words that name a share, a company's value, an
/// action on a market or a cause
/// ("수요에 힘입어") are left out.
const std::vector<std::pair<std::size_t, measure>>& measure_hits(std::string_view s);

}  // namespace fc::claims
