// Human-readable numbers for messages: money in the article's idiom (14억 달러, 14亿美元, 14億ドル,
// USD 1.4 billion).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "support/interval.hpp"

namespace fc::rules {

/// "14억 달러" (ko), "14亿美元" (zh), "14億ドル" (ja) or "USD 1.4 billion" (en), to `digits`
/// significant digits.
std::string money(double value, const std::optional<std::string>& currency, const std::string& lang,
                  int digits = 3);
/// The Korean word for a currency ("달러" for USD); the ISO code when there is none.
std::string korean_currency(const std::string& iso);
/// The word for a currency in `lang` ("美元", "ドル" for USD); the ISO code for English or
/// when there is none.
std::string currency_word(const std::string& iso, const std::string& lang);
/// "16.5%" from 0.165.
std::string percent(double rate);
/// "5" from 0.05: a difference of percentages, in points.
std::string fmt_points(double diff);
/// "13.5억~14.5억 달러" / "13.5亿–14.5亿美元" / "13.5億～14.5億ドル" / "USD 1.35–1.45 billion" for
/// a closed interval.
std::string money_range(double low, double high, const std::optional<std::string>& currency,
                        const std::string& lang);
/// An interval in words: a closed range, "X 이상"/"至少X"/"X以上"/"at least X", or the upper
/// bound alike.
std::string interval_text(const interval& i, const std::optional<std::string>& currency,
                          const std::string& lang);
/// Replaces {name} in `tmpl` with values; unknown names stay as written. A Korean particle or
/// copula right after a placeholder takes the form the value's final sound needs.
std::string fill(const std::string& tmpl, const std::map<std::string, std::string>& values);
/// `value` followed by the form of the particle or copula `written` (either form of 을/를,
/// 은/는, 이/가, 과/와, 으로/로, 이어야/여야) that its final sound takes: "3조 원" + "여야" →
/// "3조 원이어야". `written` as given when the sound or the particle is unknown.
std::string josa(const std::string& value, std::string_view written);

}  // namespace fc::rules
