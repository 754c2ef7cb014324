// Number formatting for the report. fmt is locale-independent, so the output is the same
// on every machine (the report must be byte-identical for equal input).
#include "report/format.hpp"

#include <fmt/format.h>

#include <cmath>

namespace fc::report {
namespace {

const char* ko_currency(const std::string& c) {
  if (c == "USD") return "달러";
  if (c == "KRW") return "원";
  if (c == "EUR") return "유로";
  if (c == "JPY") return "엔";
  if (c == "CNY") return "위안";
  if (c == "GBP") return "파운드";
  return nullptr;
}

std::string ko_scaled(double v) {
  double a = std::fabs(v);
  if (a >= 1e12) return short_number(v / 1e12) + "조";
  if (a >= 1e8) return short_number(v / 1e8) + "억";
  if (a >= 1e4) return short_number(v / 1e4) + "만";
  return short_number(v);
}

std::string en_scaled(double v) {
  double a = std::fabs(v);
  if (a >= 1e12) return short_number(v / 1e12) + " trillion";
  if (a >= 1e9) return short_number(v / 1e9) + " billion";
  if (a >= 1e6) return short_number(v / 1e6) + " million";
  return short_number(v);
}

std::string with_unit(const std::string& number, const std::optional<std::string>& currency,
                      const std::optional<std::string>& unit, bool ko) {
  if (currency) {
    if (ko) {
      const char* word = ko_currency(*currency);
      return number + " " + (word ? word : currency->c_str());
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
                   const std::optional<std::string>& unit, bool ko) {
  return with_unit(ko ? ko_scaled(v) : en_scaled(v), currency, unit, ko);
}

std::string percent(double fraction) { return short_number(fraction * 100, 4) + "%"; }

std::string interval_text(const claim& c, bool ko) {
  if (c.value) {
    auto scaled = [&](double v) { return ko ? ko_scaled(v) : en_scaled(v); };
    const auto& i = *c.value;
    std::string body;
    if (i.low && i.high && *i.low == *i.high)
      body = scaled(*i.low);
    else if (i.low && i.high)
      body = scaled(*i.low) + "~" + scaled(*i.high);
    else if (i.low)
      body = "≥ " + scaled(*i.low);
    else if (i.high)
      body = "≤ " + scaled(*i.high);
    else
      body = scaled(i.point);
    return with_unit(body, c.currency, c.unit, ko);
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
