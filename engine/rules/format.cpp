// Number formatting for messages and explanations; deterministic (no locale).
#include "rules/format.hpp"

#include <fmt/format.h>

#include <cmath>
#include <optional>
#include <string_view>

namespace fc::rules {
namespace {

// Beyond this many units of the largest scale word (9,999조, 9,999 trillion) no market is
// meant: "104515417310155952조" is written as 1.05×10^29 instead.
constexpr double absurd_in_largest_unit = 1e4;
// A bare number this large is written in powers of ten too.
constexpr double absurd_number = 1e15;

std::string trimmed(double v, int digits);

std::string scientific(double v, int digits) {
  // An absurd rate (222222222222222205% a year) compounds to infinity: say so, never cast it.
  if (!std::isfinite(v)) return v > 0 ? "∞" : v < 0 ? "-∞" : "nan";
  if (v == 0) return "0";
  int exponent = static_cast<int>(std::floor(std::log10(std::abs(v))));
  std::string mantissa = trimmed(v / std::pow(10.0, exponent), digits);
  if (mantissa == "10" || mantissa == "-10") {  // 9.999 rounded up
    ++exponent;
    mantissa = trimmed(v / std::pow(10.0, exponent), digits);
  }
  return mantissa + "×10^" + std::to_string(exponent);
}

std::string trimmed(double v, int digits) {
  if (v == 0) return "0";
  if (!std::isfinite(v)) return v > 0 ? "∞" : v < 0 ? "-∞" : "nan";
  if (std::abs(v) >= absurd_number) return scientific(v, digits);
  int magnitude = static_cast<int>(std::floor(std::log10(std::abs(v))));
  int decimals = std::max(0, digits - 1 - magnitude);
  std::string s = fmt::format("{:.{}f}", v, decimals);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

bool absurd(double v) { return std::abs(v) >= 1e12 * absurd_in_largest_unit; }

std::string korean_amount(double v, int digits) {
  if (absurd(v)) return scientific(v, digits);
  if (std::abs(v) >= 1e12) return trimmed(v / 1e12, digits) + "조";
  if (std::abs(v) >= 1e8) return trimmed(v / 1e8, digits) + "억";
  if (std::abs(v) >= 1e4) return trimmed(v / 1e4, digits) + "만";
  return trimmed(v, digits);
}

std::pair<double, const char*> english_scale(double v) {
  if (absurd(v)) return {1, ""};
  if (std::abs(v) >= 1e12) return {1e12, " trillion"};
  if (std::abs(v) >= 1e9) return {1e9, " billion"};
  if (std::abs(v) >= 1e6) return {1e6, " million"};
  return {1, ""};
}

}  // namespace

std::string korean_currency(const std::string& iso) {
  if (iso == "USD") return "달러";
  if (iso == "KRW") return "원";
  if (iso == "EUR") return "유로";
  if (iso == "JPY") return "엔";
  if (iso == "CNY") return "위안";
  if (iso == "GBP") return "파운드";
  return iso;
}

std::string money(double value, const std::optional<std::string>& currency, const std::string& lang,
                  int digits) {
  std::string cur = currency.value_or("");
  if (lang == "ko")
    return korean_amount(value, digits) + (cur.empty() ? "" : " " + korean_currency(cur));
  auto [scale, word] = english_scale(value);
  if (absurd(value)) return (cur.empty() ? "" : cur + " ") + scientific(value, digits);
  return (cur.empty() ? "" : cur + " ") + trimmed(value / scale, digits) + word;
}

std::string money_range(double low, double high, const std::optional<std::string>& currency,
                        const std::string& lang) {
  std::string cur = currency.value_or("");
  if (lang == "ko")
    return korean_amount(low, 4) + "~" + korean_amount(high, 4) +
           (cur.empty() ? "" : " " + korean_currency(cur));
  auto [scale, word] = english_scale(high);
  if (absurd(high))
    return (cur.empty() ? "" : cur + " ") + scientific(low, 4) + "–" + scientific(high, 4);
  return (cur.empty() ? "" : cur + " ") + trimmed(low / scale, 4) + "–" + trimmed(high / scale, 4) +
         word;
}

std::string interval_text(const interval& i, const std::optional<std::string>& currency,
                          const std::string& lang) {
  if (i.low && i.high) return money_range(*i.low, *i.high, currency, lang);
  if (i.low)
    return lang == "ko" ? money(*i.low, currency, lang) + " 이상"
                        : "at least " + money(*i.low, currency, lang);
  if (i.high)
    return lang == "ko" ? money(*i.high, currency, lang) + " 이하"
                        : "at most " + money(*i.high, currency, lang);
  return money(i.point, currency, lang);
}

std::string percent(double rate) { return trimmed(rate * 100, 3) + "%"; }

std::string fmt_points(double diff) { return trimmed(diff * 100, 3); }

}  // namespace fc::rules
