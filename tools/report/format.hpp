// Human-readable numbers for the report: amounts in 억/조, 亿/万亿, 億/兆 or million/billion,
// rates in %.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "claims/claim.hpp"

namespace fc::report {

/// `v` with at most `digits` significant digits, trailing zeros dropped ("1.35", "17").
std::string short_number(double v, int digits = 4);

/// An amount with its scale word and currency or unit in the UI language `lang`: "14억 달러",
/// "14亿美元", "14億ドル", "USD 1.4 billion".
std::string amount(double v, const std::optional<std::string>& currency,
                   const std::optional<std::string>& unit, std::string_view lang);

/// A fraction as percent: 0.165 → "16.5%".
std::string percent(double fraction);

/// The claim's interval in words: "13.5억~14.5억 달러", "≥ 1억 원", "16.5%~17.5%".
std::string interval_text(const claim& c, std::string_view lang);

/// The year or period a claim is about: "2023", "2023–2028", "" when unknown.
std::string when_text(const claim& c);

}  // namespace fc::report
