// The time-word readings that both year binding (time.cpp) and period binding (periods.cpp)
// use.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <utility>

#include "claims/context.hpp"
#include "lang/word_list.hpp"

namespace fc::claims {

/// True when `pos` lies inside a quotation ('…', ‘…’, “…”, 「…」, 『…』, 《…》): a title.
bool inside_quotes(std::string_view s, std::size_t pos);
/// "5년 뒤", "in five years": the count of years the list `name` finds in `s`.
std::optional<int> years_ahead(std::string_view s, std::string_view name);
/// "fiscal 2023-24", "FY2023/24": a fiscal year named by both calendar years it spans.
bool fiscal_split(const sentence_view& sv, const grammar::mention& y);

/// "$644 billion this year": the relative year written right after a figure (`rest` starts
/// right after it), in a language that writes it there; its offset and the length it takes.
std::optional<std::pair<int, std::size_t>> relative_year_after(std::string_view rest);
/// The year a relative word counts from: the article's, or the one before where the word counts
/// fiscal years that have not begun ("今年度" in February 2025 is fiscal 2024).
int relative_base(const sentence_view& sv, const date& article, std::string_view word);
/// The years written around the figure at `index` that date it whatever year its sentence gives
/// before it (time_near_figure.cpp); nullopt without an article date.
std::optional<bound_year> year_around_figure(const sentence_view& sv, std::size_t index,
                                             const std::optional<date>& article);
/// "3분기", "Q3", "last quarter" without a year: the quarter's year as seen from the article
/// date (time_near_figure.cpp).
std::optional<int> quarter_year(std::string_view text, const date& article);
/// "2024年度の約3.5倍", "2024년의 3.5배": true when the year mention `year` names the base of
/// the multiple right after it (time_near_figure.cpp).
bool year_of_multiple_base(const sentence_view& sv, const grammar::mention& year);
/// "재작년" holds "작년": true when the match of `size` bytes at `at` in `text` lies inside the
/// last match of a longer word of `lists` (time_near_figure.cpp).
bool inside_longer_word(std::string_view text, std::size_t at, std::size_t size,
                        std::initializer_list<const lang::word_list*> lists);

}  // namespace fc::claims
