// Number formatting for messages and explanations; deterministic (no locale).
#include "rules/format.hpp"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <optional>
#include <string_view>

#include "support/utf8.hpp"

namespace fc::rules {
namespace {

std::string trimmed(double v, int digits) {
  if (v == 0) return "0";
  int magnitude = static_cast<int>(std::floor(std::log10(std::abs(v))));
  int decimals = std::max(0, digits - 1 - magnitude);
  std::string s = fmt::format("{:.{}f}", v, decimals);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

std::string korean_amount(double v, int digits) {
  if (std::abs(v) >= 1e12) return trimmed(v / 1e12, digits) + "조";
  if (std::abs(v) >= 1e8) return trimmed(v / 1e8, digits) + "억";
  if (std::abs(v) >= 1e4) return trimmed(v / 1e4, digits) + "만";
  return trimmed(v, digits);
}

std::pair<double, const char*> english_scale(double v) {
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
  return (cur.empty() ? "" : cur + " ") + trimmed(value / scale, digits) + word;
}

std::string money_range(double low, double high, const std::optional<std::string>& currency,
                        const std::string& lang) {
  std::string cur = currency.value_or("");
  if (lang == "ko")
    return korean_amount(low, 4) + "~" + korean_amount(high, 4) +
           (cur.empty() ? "" : " " + korean_currency(cur));
  auto [scale, word] = english_scale(high);
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

namespace {

// Whether a Korean reading of the value's last character ends in a consonant (받침), and
// whether that consonant is ㄹ: 원 → yes, 달러 → no, 7 (칠) → ㄹ. Unknown for other scripts.
std::optional<std::pair<bool, bool>> final_consonant(std::string_view v) {
  if (v.empty()) return std::nullopt;
  std::size_t i = v.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(v[i]) & 0xC0) == 0x80) --i;
  char32_t cp = utf8::at(v, i);
  if (cp >= 0xAC00 && cp <= 0xD7A3) {
    int jong = static_cast<int>((cp - 0xAC00) % 28);
    return std::pair{jong != 0, jong == 8};
  }
  if (cp >= U'0' && cp <= U'9') {
    static const bool has[] = {true, true, false, true, false, false, true, true, true, false};
    static const bool rieul[] = {false, true, false, false, false, false, false, true, true, false};
    return std::pair{has[cp - U'0'], rieul[cp - U'0']};
  }
  if (cp == U'%') return std::pair{false, false};  // 퍼센트
  return std::nullopt;
}

// The particle after a filled value, chosen by the value's last sound (을/를, 은/는, 이/가,
// 과/와, 으로/로); `rest` starts right after the placeholder.
std::size_t particle(std::string_view value, std::string_view rest, std::string& out) {
  auto fc = final_consonant(value);
  if (!fc) return 0;
  static const std::array<std::pair<std::string_view, std::string_view>, 4> pairs = {
      {{"을", "를"}, {"은", "는"}, {"이", "가"}, {"과", "와"}}};
  if (rest.rfind("으로", 0) == 0 || rest.rfind("로", 0) == 0) {
    std::size_t len = rest.rfind("으로", 0) == 0 ? 6 : 3;
    out += fc->first && !fc->second ? "으로" : "로";
    return len;
  }
  for (auto [with, without] : pairs)
    for (auto written : {with, without})
      if (rest.rfind(written, 0) == 0) {
        out += fc->first ? with : without;
        return written.size();
      }
  return 0;
}

}  // namespace

std::string fill(const std::string& tmpl, const std::map<std::string, std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '{') {
      auto close = tmpl.find('}', i);
      if (close != std::string::npos) {
        auto it = values.find(tmpl.substr(i + 1, close - i - 1));
        if (it != values.end()) {
          out += it->second;
          i = close + particle(it->second, std::string_view(tmpl).substr(close + 1), out);
          continue;
        }
      }
    }
    out += tmpl[i];
  }
  return out;
}

}  // namespace fc::rules
