// Frame: measures listed inside one bracket, each with its figure. "지난해 추정치(매출
// 25조2000억원, 영업이익 1조4000억원) 대비 각각 11%, 57% 증가", "last year's results (revenue $3.1
// billion, operating profit $420 million)": each figure is the measure written right before it, not
// the subject the sentence carries. Two different measures make such a list; the measure words are
// language data (subjects.measures).
#include "claims/frames.hpp"
#include "claims/measures.hpp"
#include "claims/words.hpp"

namespace fc::claims {
namespace {

// The words between the bracket or comma that opens an item and its figure, when the item sits
// inside a bracket that is still open.
std::string_view item_label(std::string_view text, std::size_t begin) {
  std::string_view lead = before(text, begin, 48);
  std::size_t open = lead.rfind('(');
  if (open == std::string_view::npos || lead.find(')', open) != std::string_view::npos) return {};
  std::string_view item = lead.substr(open + 1);
  if (std::size_t comma = item.rfind(','); comma != std::string_view::npos)
    item.remove_prefix(comma + 1);
  while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
  while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
  return item;
}

}  // namespace

void frame_bracket_measures(const sentence_claims& s) {
  std::vector<std::pair<std::size_t, std::string_view>> items;  // figure begin, measure word
  for (const auto& m : s.sv.mentions) {
    if (m.kind != grammar::mention_kind::amount) continue;
    std::string_view label = item_label(s.sv.text, m.begin);
    if (label.empty()) continue;
    // The label is one measure word and nothing else ("매출", "operating profit").
    const auto& hits = measure_hits(label);
    if (hits.size() != 1 || hits.front().first != 0 ||
        hits.front().second.word.size() != label.size())
      continue;
    items.emplace_back(m.begin, label);
  }
  if (items.size() < 2 || items.front().second == items.back().second) return;
  for (auto [begin, label] : items)
    for (auto i : s.of_mention(begin)) {
      claim& c = s.out[i];
      if (!is_stated_level(c)) continue;
      // The subject an earlier sentence named with this measure ("매출액" for "매출").
      std::string key = subject_key(label);
      std::string display(label);
      for (std::size_t k = s.first; k-- > 0;)
        if (s.out[k].subject_key && s.out[k].subject_key->starts_with(key) && s.out[k].subject &&
            s.out[k].subject_key->find_first_of("#/") == std::string::npos) {
          key = *s.out[k].subject_key, display = *s.out[k].subject;
          break;
        }
      c.subject = display;
      c.subject_key = key;
    }
}

}  // namespace fc::claims
