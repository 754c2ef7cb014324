// Frame: shares of two dimensions in one sentence. "North America generated 47% of last year's
// revenue, and consumer subscriptions accounted for 58%", "hydroponic systems generated 53% …
// and North America accounted for 35%": shares that no enumeration lists, some led by a region
// and some by a segment, divide the whole by region and by segment; each dimension adds up on
// its own. Shares an enumeration lists keep its partition. An enumeration that names its
// dimension ("Italian dishes remained the biggest cuisine with a 24% share, just ahead of Indian
// at 21%") is not the list of an unlisted share before it ("own-label ranges accounted for 72%").
#include <algorithm>
#include <cctype>
#include <string>

#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"
#include "support/utf8.hpp"

namespace fc::claims {

namespace {

// Above the sentences' own partitions: a sentence's region dimension.
std::size_t region_partition(const claim& c) { return 2 * first_sentence_partition + c.sentence; }

}  // namespace

void frame_share_dimensions(const sentence_claims& s, const std::vector<std::string>& regions) {
  std::string lowered = utf8::ascii_lowered(s.sv.text);
  std::vector<std::pair<std::size_t, bool>> shares;  // claim, led by a region
  std::size_t prev_end = 0;
  bool named_dimension = false;  // an enumeration after the unlisted shares names its dimension
  for (const auto& m : s.sv.mentions) {
    if (m.kind == grammar::mention_kind::year) continue;
    std::string_view lead = std::string_view(lowered).substr(prev_end, m.begin - prev_end);
    prev_end = m.end;
    for (auto i : s.of_mention(m.begin)) {
      const claim& c = s.out[i];
      if (c.kind == claim_kind::share && c.partition && c.partition < first_sentence_partition &&
          !shares.empty() && lang::words(language_of(s.sv), "shares.dimension_heads").in(lead))
        named_dimension = true;
      if (c.kind != claim_kind::share || c.partition || c.continues || c.remainder) continue;
      // "국내 배달앱 시장 점유율은 배달의민족이 58.7%": the topic names the whole, not the item.
      std::string_view own = lead;
      for (std::string_view topic : {"은 ", "는 "})
        if (std::size_t at = own.rfind(topic); at != std::string_view::npos)
          own.remove_prefix(at + topic.size());
      shares.emplace_back(i, !last_region(own, regions).empty());
    }
  }
  if (named_dimension) {
    for (auto [i, region] : shares) s.out[i].partition = sentence_partition(s.out[i]);
    return;
  }
  auto by_region = [](const auto& p) { return p.second; };
  if (shares.size() < 2 || std::all_of(shares.begin(), shares.end(), by_region) ||
      std::none_of(shares.begin(), shares.end(), by_region))
    return;
  for (auto [i, region] : shares)
    s.out[i].partition = region ? region_partition(s.out[i]) : sentence_partition(s.out[i]);
}

}  // namespace fc::claims
