// Names of claim kinds and the contract's derived `qualifier`.
#include "claims/claim.hpp"

#include <cstdlib>

namespace fc {

std::optional<std::size_t> index_of_claim(const std::vector<claim>& claims, const std::string& id) {
  if (id.size() < 2 || id[0] != 'c') return std::nullopt;
  std::size_t n = std::strtoul(id.c_str() + 1, nullptr, 10);
  if (n < 1 || n > claims.size() || claims[n - 1].id != id) return std::nullopt;
  return n - 1;
}

const char* to_string(claim_kind k) {
  switch (k) {
    case claim_kind::size:
      return "size";
    case claim_kind::quantity:
      return "quantity";
    case claim_kind::growth:
      return "growth";
    case claim_kind::change:
      return "change";
    case claim_kind::share:
      return "share";
  }
  return "size";
}

const char* to_string(rate_kind k) {
  switch (k) {
    case rate_kind::none:
      return "none";
    case rate_kind::cagr:
      return "cagr";
    case rate_kind::yoy:
      return "yoy";
    case rate_kind::total:
      return "total";
    case rate_kind::other:
      return "other";
    case rate_kind::percent:
      return "percent";
    case rate_kind::points:
      return "points";
    case rate_kind::factor:
      return "factor";
    case rate_kind::difference:
      return "difference";
  }
  return "none";
}

std::string claim::qualifier() const {
  if (value_hedge != "exact") return value_hedge;
  if (year_relation != "in" && year) return year_relation;
  return "exact";
}

}  // namespace fc
