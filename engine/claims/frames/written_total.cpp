// Frame: a total written after its parts. "Fortune Business Insights puts its 2021 sales at
// $18.7 billion out of a global total of $46.3 billion": the figures before the total are its
// parts, the total states the year they state, and a total called global or worldwide is the
// article's global market, so it meets that market's other figures. The marker words are
// language data (roles.total_before).
#include "claims/frames.hpp"
#include "lang/lang.hpp"

namespace fc::claims {
namespace {

// The subject of the latest global market named before `first`: "the global e-bike market".
const claim* global_market_before(const std::vector<claim>& cs, std::size_t first,
                                  const std::vector<std::string>& wholes) {
  for (std::size_t k = first; k-- > 0;)
    if (cs[k].subject && !cs[k].part && !opening_word(*cs[k].subject, wholes).empty())
      return &cs[k];
  return nullptr;
}

}  // namespace

void frame_written_total(const sentence_claims& s, const std::vector<std::string>* wholes) {
  const auto& cues = lang::words("roles.total_before");
  for (const auto& m : s.sv.mentions) {
    if (m.kind != grammar::mention_kind::amount) continue;
    const lang::entry* cue = cues.suffix_of(before(s.sv.text, m.begin, 32));
    if (!cue) continue;
    auto totals = s.of_mention(m.begin);
    if (totals.size() != 1 || !is_stated_level(s.out[totals[0]])) continue;
    claim& total = s.out[totals[0]];
    std::vector<std::size_t> parts;
    for (std::size_t i = s.first; i < totals[0]; ++i)
      if (is_stated_level(s.out[i]) && measured_alike(s.out[i], total) && !s.out[i].whole_of)
        parts.push_back(i);
    if (parts.empty()) continue;
    for (auto p : parts)
      if (!total.year && s.out[p].year) {
        total.year = s.out[p].year;
        total.year_relation = s.out[p].year_relation;
        total.forecast = s.out[p].forecast;
      }
    bool global = cue->word.find("global") != std::string::npos ||
                  cue->word.find("world") != std::string::npos;
    if (const claim* market =
            global && wholes ? global_market_before(s.out, s.first, *wholes) : nullptr) {
      total.subject = market->subject;
      total.subject_key = market->subject_key;
    }
    for (auto p : parts) {
      claim& part = s.out[p];
      part.part = true;
      bind_to_whole(part, total);
      if (part.subject_key && part.subject_key == total.subject_key)
        *part.subject_key += "#part-of-" + total.id;
    }
  }
}

}  // namespace fc::claims
