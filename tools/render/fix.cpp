// Replacement text for SARIF `fixes`. The engine gives an interval in base units; the claim's
// text shows how the writer scaled and worded the figure, so the fix keeps that wording and
// only swaps the number, using as few decimals as keep it inside the expected interval.
#include "render/fix.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstdlib>

namespace fc::render {
namespace {

struct number_at {
  std::size_t begin = 0, end = 0;
  double value = 0;
  int decimals = 0;
};

// The first ASCII number in the text (digits, thousands commas, one decimal point).
std::optional<number_at> first_number(const std::string& s) {
  std::size_t b = 0;
  while (b < s.size() && !(s[b] >= '0' && s[b] <= '9')) ++b;
  if (b == s.size()) return std::nullopt;
  number_at n{b, b, 0, 0};
  std::string digits;
  bool point = false;
  std::size_t e = b;
  for (; e < s.size(); ++e) {
    char c = s[e];
    bool next_digit = e + 1 < s.size() && s[e + 1] >= '0' && s[e + 1] <= '9';
    if (c >= '0' && c <= '9') {
      digits += c;
      if (point) ++n.decimals;
    } else if (c == ',' && !point && next_digit) {
      continue;
    } else if (c == '.' && !point && next_digit) {
      point = true;
      digits += c;
    } else {
      break;
    }
  }
  n.end = e;
  n.value = std::strtod(digits.c_str(), nullptr);
  if (n.value <= 0 || !std::isfinite(n.value)) return std::nullopt;
  return n;
}

bool inside(double v, const interval& i) {
  return (!i.low || v >= *i.low - 1e-12 * std::fabs(*i.low)) &&
         (!i.high || v <= *i.high + 1e-12 * std::fabs(*i.high));
}

}  // namespace

const claim* underlined_claim(const file_result& r, const finding& f) {
  for (const auto& id : f.claims)
    for (const auto& c : r.claims)
      if (c.id == id && c.where.start == f.where.start) return &c;
  return nullptr;
}

std::optional<std::string> replacement_text(const file_result& r, const finding& f) {
  if (!f.expected) return std::nullopt;
  const claim* c = underlined_claim(r, f);
  if (!c) return std::nullopt;
  std::optional<interval> stated, wanted;
  if (f.expected->value && c->value)
    stated = c->value, wanted = f.expected->value;
  else if (f.expected->rate && c->rate)
    stated = c->rate, wanted = f.expected->rate;
  if (!stated || !wanted || stated->point <= 0) return std::nullopt;
  auto n = first_number(c->text);
  if (!n) return std::nullopt;
  double scale = stated->point / n->value;  // e.g. 1e9 for "billion", 0.01 for "%"
  double mid = wanted->low && wanted->high ? (*wanted->low + *wanted->high) / 2 : wanted->point;
  double target = mid / scale;
  if (!std::isfinite(target) || target <= 0) return std::nullopt;
  for (int decimals = n->decimals; decimals <= n->decimals + 3; ++decimals) {
    std::string number = fmt::format("{:.{}f}", target, decimals);
    if (!inside(std::strtod(number.c_str(), nullptr) * scale, *wanted)) continue;
    return c->text.substr(0, n->begin) + number + c->text.substr(n->end);
  }
  return std::nullopt;
}

}  // namespace fc::render
