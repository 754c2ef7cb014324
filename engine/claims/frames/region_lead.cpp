// Frame: a region leads the sentence. "Asia Pacific led the industry, with the regional market
// worth USD 2.3 billion in 2024", "북미가 12억 달러로 가장 큰 비중을 차지했다": the figures of
// a sentence whose subject is a region belong to that region, a part of the global figure
// stated just before. Only a whole named as global or worldwide is taken as its whole: a
// region after another region ("the U.S. … China, meanwhile, …") is a rival, not a part.
#include <algorithm>
#include <cctype>

#include "claims/frames.hpp"
#include "lang/lang.hpp"
#include "support/utf8.hpp"

namespace fc::claims {

namespace {

// Binds the figure at `i`, written for `region`, to the global figure stated before it.
void bind_region_part(const sentence_claims& s, std::size_t i, std::string_view region,
                      const std::vector<std::string>& wholes,
                      const std::vector<std::string>& regions) {
  claim& c = s.out[i];
  if (c.part || !is_stated_level(c)) return;
  // A subject that names a region of its own ("China's market") keeps it; a global one is
  // the region's only when carried over from the whole's sentence.
  if (c.subject && !opening_word(*c.subject, regions).empty()) return;
  bool global_subject = c.subject && !opening_word(*c.subject, wholes).empty();
  // The global figure of the same measure (and year, when the part states one), in this
  // sentence before it or the one before. An undated part needs a single year among them.
  std::vector<std::size_t> found;
  for (std::size_t w = i; w-- > 0 && s.out[w].sentence + 1 >= c.sentence;) {
    const claim& whole = s.out[w];
    if (!whole.part && is_stated_level(whole) && whole.year && (!c.year || whole.year == c.year) &&
        measured_alike(whole, c) && whole.subject && !opening_word(*whole.subject, wholes).empty())
      found.push_back(w);
  }
  if (!found.empty() && global_subject && s.out[found.front()].subject_key != c.subject_key) return;
  if (found.empty() || std::any_of(found.begin(), found.end(), [&](std::size_t w) {
        return s.out[w].year != s.out[found.front()].year;
      }))
    return;
  const claim& whole = s.out[found.front()];
  c.part = true;
  bind_to_whole(c, whole);
  c.subject = std::string(region) + " " + (global_subject ? std::string() : c.subject.value_or(""));
  while (!c.subject->empty() && c.subject->back() == ' ') c.subject->pop_back();
  c.subject_key = whole.subject_key.value_or("") + "/" + subject_key(region);
  // The regions of one sentence are one breakdown of the whole: together no more than it.
  if (!c.partition) c.partition = sentence_partition(c);
}

}  // namespace

// The region named last in `gap` (lower case), at a word's start: "followed by Asia-Pacific at".
std::string_view last_region(std::string_view gap, const std::vector<std::string>& regions) {
  std::string_view best;
  std::size_t best_at = 0;
  for (const auto& r : regions) {
    std::size_t at = gap.rfind(r);
    if (at == std::string_view::npos || (!best.empty() && at < best_at)) continue;
    bool starts = at == 0 || !std::isalpha(static_cast<unsigned char>(gap[at - 1]));
    std::size_t end = at + r.size();
    bool ends = end >= gap.size() || !std::isalpha(static_cast<unsigned char>(gap[end])) ||
                !std::isalpha(static_cast<unsigned char>(r.back()));
    if (starts && ends && (best.empty() || at > best_at || r.size() > best.size())) {
      best = gap.substr(at, r.size());
      best_at = at;
    }
  }
  return best;
}

void frame_region_lead(const sentence_claims& s, const std::vector<std::string>& wholes,
                       const std::vector<std::string>& regions) {
  std::string_view region = opening_word(s.sv.text, regions);
  if (region.empty()) return;
  // "미국 시장조사업체 마켓앤드마켓은 …", "U.S. research firm Circana …": the region describes
  // the publisher, and the sentence is about the market it names (subjects.organization_heads).
  std::string_view rest = s.sv.text.substr(region.size());
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (lang::words("subjects.organization_heads").prefix_of(rest)) return;
  std::string lowered = utf8::ascii_lowered(s.sv.text);
  // "North America remained the biggest region, with $18.9 billion, followed by Asia-Pacific at
  // $16.3 billion and Europe at $12.4 billion": each figure is the region named last before it.
  std::size_t prev_end = 0;
  for (const auto& m : s.sv.mentions) {
    if (m.kind != grammar::mention_kind::amount) continue;
    std::string_view named =
        last_region(std::string_view(lowered).substr(prev_end, m.begin - prev_end), regions);
    std::string_view own =
        named.empty() ? region
                      : s.sv.text.substr(static_cast<std::size_t>(named.data() - lowered.data()),
                                         named.size());
    prev_end = m.end;
    for (auto i : s.of_mention(m.begin)) bind_region_part(s, i, own, wholes, regions);
  }
}

}  // namespace fc::claims
