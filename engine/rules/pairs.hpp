// Helpers shared by the rules that link claims within one sentence.
#pragma once

#include <optional>
#include <vector>

#include "claims/claim.hpp"
#include "consistency/sources.hpp"

namespace fc::rules {

/// Claim indices per sentence, in text order, one per span (distributed copies dropped).
/// One pass over the claims: rules walk these groups instead of scanning per sentence.
std::vector<std::vector<std::size_t>> sentence_groups(const std::vector<claim>& claims);

/// The claims of the sentences from `back` before to `ahead` after claim `k`'s, as an index range
/// [first, last). Claims are in text order, so the window is walked from `k` and costs its own
/// claims, not the document's.
std::pair<std::size_t, std::size_t> sentence_window(const std::vector<claim>& claims, std::size_t k,
                                                    std::size_t back, std::size_t ahead);

/// [low, high] of a/b for positive intervals; nullopt when a side is open or not positive.
std::optional<std::pair<double, double>> ratio(const interval& a, const interval& b);

using consistency::same_source;

/// consistency::comparable_figures, with a conversion ("3조1000억원(약 23억 달러)") compared as a
/// figure of its own in its currency.
bool comparable_with_conversions(const claim& a, const claim& b);

/// Comparable figures grouped by subject, measure and year (a quarter and an "이 중 …" part
/// apart from the whole), in text order; groups in key order.
std::vector<std::vector<std::size_t>> figure_groups(const std::vector<claim>& claims);

/// True when [lo, hi] and the interval overlap.
bool overlaps(const interval& i, double lo, double hi);

}  // namespace fc::rules
