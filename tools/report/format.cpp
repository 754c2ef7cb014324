// Number formatting for the report. fmt is locale-independent, so the output is the same
// on every machine (the report must be byte-identical for equal input).
#include "report/format.hpp"

#include <fmt/format.h>

#include <cmath>
#include <string_view>

#include "rules/format.hpp"

namespace fc::report {
namespace {

// How Korean, Chinese and Japanese write amounts: scale words by 10^4, the currency word after
// the number (Korean with a space). English is the fallback below.
struct east_asian_scale {
  std::string_view lang;
  const char* trillion;
  const char* hundred_million;
  const char* ten_thousand;
  const char* currency_gap;
};

constexpr east_asian_scale east_asian[] = {
    {"ko", "조", "억", "만", " "},
    {"zh", "万亿", "亿", "万", ""},
    {"ja", "兆", "億", "万", ""},
};

const east_asian_scale* east_asian_for(std::string_view lang) {
  for (const auto& e : east_asian)
    if (e.lang == lang) return &e;
  return nullptr;
}

std::string en_scaled(double v) {
  double a = std::fabs(v);
  if (a >= 1e12) return short_number(v / 1e12) + " trillion";
  if (a >= 1e9) return short_number(v / 1e9) + " billion";
  if (a >= 1e6) return short_number(v / 1e6) + " million";
  return short_number(v);
}

std::string scaled(double v, std::string_view lang) {
  const east_asian_scale* e = east_asian_for(lang);
  if (!e) return en_scaled(v);
  double a = std::fabs(v);
  if (a >= 1e12) return short_number(v / 1e12) + e->trillion;
  if (a >= 1e8) return short_number(v / 1e8) + e->hundred_million;
  if (a >= 1e4) return short_number(v / 1e4) + e->ten_thousand;
  return short_number(v);
}

std::string with_unit(const std::string& number, const std::optional<std::string>& currency,
                      const std::optional<std::string>& unit, std::string_view lang) {
  if (currency) {
    if (const east_asian_scale* e = east_asian_for(lang)) {
      std::string word = rules::currency_word(*currency, std::string(lang));
      // An ISO code with no word of its own keeps a space: "14亿 CHF".
      return number + (word == *currency ? " " : e->currency_gap) + word;
    }
    return *currency + " " + number;
  }
  return unit ? number + " " + *unit : number;
}

}  // namespace

std::string short_number(double v, int digits) {
  if (!std::isfinite(v)) return "?";
  std::string s = fmt::format("{:.{}g}", v, digits);
  if (s.find('e') != std::string::npos) s = fmt::format("{:.0f}", v);
  return s;
}

std::string amount(double v, const std::optional<std::string>& currency,
                   const std::optional<std::string>& unit, std::string_view lang) {
  return with_unit(scaled(v, lang), currency, unit, lang);
}

std::string percent(double fraction) { return short_number(fraction * 100, 4) + "%"; }

std::string interval_text(const claim& c, std::string_view lang) {
  if (c.value) {
    const auto& i = *c.value;
    std::string body;
    if (i.low && i.high && *i.low == *i.high)
      body = scaled(*i.low, lang);
    else if (i.low && i.high)
      body = scaled(*i.low, lang) + "~" + scaled(*i.high, lang);
    else if (i.low)
      body = "≥ " + scaled(*i.low, lang);
    else if (i.high)
      body = "≤ " + scaled(*i.high, lang);
    else
      body = scaled(i.point, lang);
    return with_unit(body, c.currency, c.unit, lang);
  }
  if (c.rate) {
    const auto& i = *c.rate;
    if (c.rate_of == rate_kind::factor) return short_number(i.point) + "×";
    if (i.low && i.high) return percent(*i.low) + "~" + percent(*i.high);
    if (i.low) return "≥ " + percent(*i.low);
    if (i.high) return "≤ " + percent(*i.high);
    return percent(i.point);
  }
  return {};
}

std::string when_text(const claim& c) {
  if (c.year) return std::to_string(*c.year);
  if (c.period_from || c.period_to)
    return (c.period_from ? std::to_string(*c.period_from) : "?") + "–" +
           (c.period_to ? std::to_string(*c.period_to) : "?");
  return {};
}

}  // namespace fc::report
