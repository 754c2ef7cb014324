// Frame: a region leads the sentence. "Asia Pacific led the industry, with the regional market
// worth USD 2.3 billion in 2024", "북미가 12억 달러로 가장 큰 비중을 차지했다": the figures of
// a sentence whose subject is a region belong to that region, a part of the global figure
// stated just before. Only a whole named as global or worldwide is taken as its whole: a
// region after another region ("the U.S. … China, meanwhile, …") is a rival, not a part.
#include <algorithm>

#include "claims/frames.hpp"

namespace fc::claims {

void frame_region_lead(const sentence_claims& s, const std::vector<std::string>& wholes,
                       const std::vector<std::string>& regions) {
  std::string_view region = opening_word(s.sv.text, regions);
  if (region.empty()) return;
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    claim& c = s.out[i];
    if (c.part || !is_stated_level(c)) continue;
    // A subject that names a region of its own ("China's market") keeps it; a global one is
    // the region's only when carried over from the whole's sentence.
    if (c.subject && !opening_word(*c.subject, regions).empty()) continue;
    bool global_subject = c.subject && !opening_word(*c.subject, wholes).empty();
    // The global figure of the same measure (and year, when the part states one), in this
    // sentence before it or the one before. An undated part needs a single year among them.
    std::vector<std::size_t> found;
    for (std::size_t w = i; w-- > 0 && s.out[w].sentence + 1 >= c.sentence;) {
      const claim& whole = s.out[w];
      if (!whole.part && is_stated_level(whole) && whole.year &&
          (!c.year || whole.year == c.year) && measured_alike(whole, c) && whole.subject &&
          !opening_word(*whole.subject, wholes).empty())
        found.push_back(w);
    }
    if (!found.empty() && global_subject && s.out[found.front()].subject_key != c.subject_key)
      continue;
    if (found.empty() || std::any_of(found.begin(), found.end(), [&](std::size_t w) {
          return s.out[w].year != s.out[found.front()].year;
        }))
      continue;
    const claim& whole = s.out[found.front()];
    c.part = true;
    bind_to_whole(c, whole);
    c.subject =
        std::string(region) + " " + (global_subject ? std::string() : c.subject.value_or(""));
    while (!c.subject->empty() && c.subject->back() == ' ') c.subject->pop_back();
    c.subject_key = whole.subject_key.value_or("") + "/" + subject_key(region);
  }
}

}  // namespace fc::claims
