// Number formatting for messages and explanations in each message language; deterministic
// (no locale).
#include "rules/format.hpp"

#include <fmt/format.h>

#include <cmath>
#include <optional>
#include <string_view>

#include "rules/wording.hpp"

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

// How an East Asian language writes amounts: scale words by powers of 10^4, the currency word
// after the number (with or without a space) and the dash of a range. A language here is data.
struct east_asian_numerals {
  std::string_view lang;
  const char* trillion;         // 10^12
  const char* hundred_million;  // 10^8
  const char* ten_thousand;     // 10^4
  const char* currency_gap;     // between the amount and the currency word
  const char* range_dash;
  struct currency_name {
    const char* iso;
    const char* word;
  };
  currency_name currencies[6];
};

constexpr east_asian_numerals east_asian[] = {
    {"ko",
     "조",
     "억",
     "만",
     " ",
     "~",
     {{"USD", "달러"},
      {"KRW", "원"},
      {"EUR", "유로"},
      {"JPY", "엔"},
      {"CNY", "위안"},
      {"GBP", "파운드"}}},
    // 万亿 is the Mainland form for 10^12 (兆 is ambiguous there); claim-language.md §13.
    {"zh",
     "万亿",
     "亿",
     "万",
     "",
     "–",
     {{"USD", "美元"},
      {"KRW", "韩元"},
      {"EUR", "欧元"},
      {"JPY", "日元"},
      {"CNY", "元"},
      {"GBP", "英镑"}}},
    {"ja",
     "兆",
     "億",
     "万",
     "",
     "～",
     {{"USD", "ドル"},
      {"KRW", "ウォン"},
      {"EUR", "ユーロ"},
      {"JPY", "円"},
      {"CNY", "人民元"},
      {"GBP", "ポンド"}}},
};

const east_asian_numerals* east_asian_for(std::string_view lang) {
  for (const auto& n : east_asian)
    if (n.lang == lang) return &n;
  return nullptr;
}

std::string east_asian_amount(const east_asian_numerals& n, double v, int digits) {
  if (absurd(v)) return scientific(v, digits);
  if (std::abs(v) >= 1e12) return trimmed(v / 1e12, digits) + n.trillion;
  if (std::abs(v) >= 1e8) return trimmed(v / 1e8, digits) + n.hundred_million;
  if (std::abs(v) >= 1e4) return trimmed(v / 1e4, digits) + n.ten_thousand;
  return trimmed(v, digits);
}

const char* currency_name(const east_asian_numerals& n, const std::string& iso) {
  for (const auto& c : n.currencies)
    if (iso == c.iso) return c.word;
  return nullptr;
}

// " 달러" / "美元" / "" (no currency); an ISO code the table lacks keeps a space.
std::string currency_suffix(const east_asian_numerals& n, const std::optional<std::string>& cur) {
  if (!cur || cur->empty()) return "";
  if (const char* word = currency_name(n, *cur)) return n.currency_gap + std::string(word);
  return " " + *cur;
}

std::pair<double, const char*> english_scale(double v) {
  if (absurd(v)) return {1, ""};
  if (std::abs(v) >= 1e12) return {1e12, " trillion"};
  if (std::abs(v) >= 1e9) return {1e9, " billion"};
  if (std::abs(v) >= 1e6) return {1e6, " million"};
  return {1, ""};
}

}  // namespace

std::string currency_word(const std::string& iso, const std::string& lang) {
  const auto* n = east_asian_for(lang);
  const char* word = n ? currency_name(*n, iso) : nullptr;
  return word ? word : iso;
}

std::string korean_currency(const std::string& iso) { return currency_word(iso, "ko"); }

std::string money(double value, const std::optional<std::string>& currency, const std::string& lang,
                  int digits) {
  if (const auto* n = east_asian_for(lang))
    return east_asian_amount(*n, value, digits) + currency_suffix(*n, currency);
  std::string cur = currency.value_or("");
  auto [scale, word] = english_scale(value);
  if (absurd(value)) return (cur.empty() ? "" : cur + " ") + scientific(value, digits);
  return (cur.empty() ? "" : cur + " ") + trimmed(value / scale, digits) + word;
}

std::string money_range(double low, double high, const std::optional<std::string>& currency,
                        const std::string& lang) {
  if (const auto* n = east_asian_for(lang))
    return east_asian_amount(*n, low, 4) + n->range_dash + east_asian_amount(*n, high, 4) +
           currency_suffix(*n, currency);
  std::string cur = currency.value_or("");
  auto [scale, word] = english_scale(high);
  if (absurd(high))
    return (cur.empty() ? "" : cur + " ") + scientific(low, 4) + "–" + scientific(high, 4);
  return (cur.empty() ? "" : cur + " ") + trimmed(low / scale, 4) + "–" + trimmed(high / scale, 4) +
         word;
}

std::string interval_text(const interval& i, const std::optional<std::string>& currency,
                          const std::string& lang) {
  if (i.low && i.high) return money_range(*i.low, *i.high, currency, lang);
  static constexpr wording at_least{
      .en = "at least {x}", .ko = "{x} 이상", .zh = "至少{x}", .ja = "{x}以上"};
  static constexpr wording at_most{
      .en = "at most {x}", .ko = "{x} 이하", .zh = "至多{x}", .ja = "{x}以下"};
  if (i.low) return say(at_least, lang, fmt::arg("x", money(*i.low, currency, lang)));
  if (i.high) return say(at_most, lang, fmt::arg("x", money(*i.high, currency, lang)));
  return money(i.point, currency, lang);
}

std::string percent(double rate) { return trimmed(rate * 100, 3) + "%"; }

std::string fmt_points(double diff) { return trimmed(diff * 100, 3); }

}  // namespace fc::rules
