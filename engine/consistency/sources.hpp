// Source names: whether two attributions name one body ("IDC" and "International Data
// Corporation (IDC)", "진흥원" and "한국콘텐츠진흥원").
#pragma once

#include <optional>
#include <string>

namespace fc::consistency {

/// True when two source names name one body: equal, or one a short form of the other
/// ("진흥원" for "한국콘텐츠진흥원", "Gartner" for "Gartner Inc.", "IDC" for "International Data
/// Corporation").
bool same_source(const std::optional<std::string>& a, const std::optional<std::string>& b);

}  // namespace fc::consistency
