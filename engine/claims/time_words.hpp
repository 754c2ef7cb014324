// The time-word readings that both year binding (time.cpp) and period binding (periods.cpp)
// use.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "claims/context.hpp"

namespace fc::claims {

/// True when `pos` lies inside a quotation ('…', ‘…’, “…”, 「…」, 『…』, 《…》): a title.
bool inside_quotes(std::string_view s, std::size_t pos);
/// "5년 뒤", "in five years": the count of years the list `name` finds in `s`.
std::optional<int> years_ahead(std::string_view s, std::string_view name);
/// "fiscal 2023-24", "FY2023/24": a fiscal year named by both calendar years it spans.
bool fiscal_split(const sentence_view& sv, const grammar::mention& y);

}  // namespace fc::claims
