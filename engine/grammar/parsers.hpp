// Internal: the per-family parsers the scanner tries at each candidate position.
#pragma once

#include <optional>
#include <string_view>

#include "grammar/mention.hpp"

namespace fc::grammar {

/// The mention that starts at `pos`, each family tried in turn (scan.cpp); `glue_check`
/// refuses digits glued to a word (GPT-4, S24).
std::optional<mention> parse_mention(std::string_view s, std::size_t pos, bool glue_check);
/// "1000억~1500억원", "$4.5-$5 billion": joins the amount `m` with the one after it into one
/// range. Before the second level of a move ("from $10 to $15 billion", "rose $14.6 billion to
/// $108.3 billion") `m` stays a level of its own and only borrows a missing scale (ranges.cpp).
void join_range(std::string_view s, mention& m);
/// "10~15억 달러", "from 10 to 15 billion dollars": the bare number at `pos`, with the scale,
/// currency and counted noun of the amount after it; nullopt when none follows.
std::optional<mention> parse_scaleless(std::string_view s, std::size_t pos);
/// Korean amounts: 14억달러, 1조 2,660억 원, 10여억원, 3000만 대, $14억, 수십억 달러.
std::optional<mention> parse_ko_amount(std::string_view s, std::size_t pos);
/// Sino-Korean numerals in Hangul before a currency or counter: 일조 이천억 원, 백만 명.
std::optional<mention> parse_hangul_amount(std::string_view s, std::size_t pos);
/// True when the digits at `pos` are followed by a Korean scale word (만 억 조 경 천 백 십),
/// the only case in which a Korean group numeral can start there.
bool ko_scale_follows(std::string_view s, std::size_t pos);
/// Puts the currency or counter that follows a Korean numeral ending at `end` on `m` (and
/// moves `m.end` past it); false when none follows.
bool attach_ko_unit(std::string_view s, std::size_t end, mention& m);
/// English amounts: $1.4bn, USD 10.79 billion, 3.4 trillion won, 50 million units, ranges.
std::optional<mention> parse_en_amount(std::string_view s, std::size_t pos);
/// Percentages, points and basis points: 17%, 17 percent, 5%p, 50 bps, 20~30%.
std::optional<mention> parse_rate(std::string_view s, std::size_t pos);
/// Multiples: 3배, 두 배, 2.5-fold, doubled, tenfold.
std::optional<mention> parse_factor(std::string_view s, std::size_t pos);
/// Vague amounts: 수십억 달러, 수천억 원, billions of dollars.
std::optional<mention> parse_vague(std::string_view s, std::size_t pos);
/// Years and year ranges: 2028년, 2023~2030년, FY2024, '28년, in 2028, 2023-2030.
std::optional<mention> parse_year(std::string_view s, std::size_t pos);

/// True when a Korean word may follow a number or unit here: end, space, punctuation or a
/// particle (이/가/은/는/을/를/에/의/로 ...). `원칙`, `조사`, `만큼` fail this test.
bool ko_boundary(std::string_view s, std::size_t pos);
/// True when no Latin letter or digit continues the token at `pos`.
bool word_boundary(std::string_view s, std::size_t pos);

}  // namespace fc::grammar
