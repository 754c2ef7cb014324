// Internal: the measure words a subject is named by (시장, 매출, market, revenue) and where a
// sentence writes them.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace fc::lang {
class word_list;
}

namespace fc::claims {

struct measure {
  std::string_view word;
  bool english;
};

/// Every measure word of a sentence (subjects.measures of each language), by position, found once
/// per sentence: each figure of the sentence asks. Words that name a share, a company's value, an
/// action on a market or a cause
/// ("수요에 힘입어") are left out.
const std::vector<std::pair<std::size_t, measure>>& measure_hits(std::string_view s);

/// The subject names a profit or a loss (subjects.profit_measures of any language): a level of
/// another measure is never its whole, nor it theirs.
bool names_profit(std::string_view subject);

/// One of `words` ends `b`, past up to two modifiers of the measure word after it ("driven by
/// strong demand", "2.4 trillion won in net ticket revenue"). With `articles_end`, an article ends
/// the modifiers ("$5 billion in the US market" places a figure in a market).
bool ends_past_modifiers(std::string_view b, const lang::word_list& words, bool articles_end);

}  // namespace fc::claims
