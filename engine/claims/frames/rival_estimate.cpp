// Frame: a rival estimate. "가람리서치는 2030년 시장을 820억 달러로 전망했다. 반면 한빛증권의
// 전망치는 1,010억 달러다.", "Beta Partners is more bullish, seeing the market at $9.1 billion":
// an undated level another source gives, in a sentence that sets it against the one before
// (roles.rival_cues), is that source's estimate for the one year the sentence before forecast.
#include <optional>
#include <set>
#include <string>

#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

bool sets_rival(const sentence_view& sv) {
  return lang::words(language_of(sv), "roles.rival_cues").in(sv.text);
}

void frame_rival_estimate(const sentence_claims& s) {
  if (s.first == 0 || s.first >= s.out.size() || !sets_rival(s.sv)) return;
  for (std::size_t i = s.first; i < s.out.size(); ++i)
    if (s.out[i].source) s.out[i].rival_source = true;
  const std::size_t here = s.out[s.first].sentence;
  std::optional<std::size_t> dated;
  std::set<std::string> sources;
  for (std::size_t k = s.first; k-- > 0 && s.out[k].sentence + 1 >= here;) {
    const claim& c = s.out[k];
    if (!is_stated_level(c) || !c.forecast || !c.year || written_base(c)) continue;
    if (dated && s.out[*dated].year != c.year) return;  // two years forecast: which is unknown
    dated = k;
    if (c.source) sources.insert(*c.source);
  }
  if (!dated || sources.empty()) return;
  const claim& before = s.out[*dated];
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    claim& c = s.out[i];
    if (!is_stated_level(c) || c.year || written_base(c) || !c.source || sources.count(*c.source) ||
        !measured_alike(c, before) || c.subject_key != before.subject_key)
      continue;
    c.year = before.year;
    c.year_relation = before.year_relation;
    c.forecast = true;
  }
}

}  // namespace fc::claims
