// Frame: a statement that sources agree. "Omdia puts it at $8.2 billion, in line with
// Statista's estimate of $6.9 billion", "두 기관의 전망치가 일치했다": rival estimates usually
// differ and that is no error, but a sentence that calls them one figure makes a claim of its
// own, which agreement-mismatch checks. The words are language data (roles.agreement).
#include <string_view>

#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

void frame_agreement(const sentence_claims& s) {
  if (!lang::words(language_of(s.sv), "roles.agreement").in(s.sv.text)) return;
  // "…1,980만대로 … 전망했다. 이는 옴디아의 추정치와도 일치하는 수준이다": a sentence with no
  // figures of its own says the levels of the sentence before agree with another source's.
  if (s.first >= s.out.size()) {
    for (std::size_t k = s.first; k-- > 0 && s.out[k].sentence == s.out[s.first - 1].sentence;)
      if (is_stated_level(s.out[k]) && !written_base(s.out[k])) s.out[k].says_agreement = true;
    return;
  }
  // "$1.4 billion in 2024, …, matching the $1.1 billion estimated by MSCI": figures said to
  // agree are of one year; an undated one takes the year of the figure before it, in its
  // sentence or, past a move's base, the one before ("…到2030年…约60万亿元。另一预测则为约68
  // 万亿元，与之基本一致").
  std::optional<int> year;
  for (std::size_t k = s.first; k-- > 0 && s.out[k].sentence + 1 >= s.out[s.first].sentence;)
    if (is_stated_level(s.out[k]) && s.out[k].year && !written_base(s.out[k])) {
      year = s.out[k].year;
      break;
    }
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    claim& c = s.out[i];
    c.says_agreement = true;
    if (c.kind != claim_kind::size && c.kind != claim_kind::quantity) continue;
    if (c.year)
      year = c.year;
    else if (year)
      c.year = year;
  }
  // "…$8.2 billion in 2027 … The figure agrees with Dell'Oro's forecast, which puts 2027 private
  // wireless spending at $6.4 billion": a rival's figure said to agree with one of the sentence
  // before, of its year, measures the same thing, whatever the rival calls it.
  if (s.first == 0) return;
  const std::size_t before = s.out[s.first - 1].sentence;
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    claim& c = s.out[i];
    if (!is_stated_level(c) || !c.year || !c.source) continue;
    for (std::size_t k = s.first; k-- > 0 && s.out[k].sentence == before;) {
      claim& earlier = s.out[k];
      if (!is_stated_level(earlier) || earlier.year != c.year || !earlier.source ||
          *earlier.source == *c.source || !measured_alike(earlier, c))
        continue;
      c.subject = earlier.subject, c.subject_key = earlier.subject_key;
      earlier.says_agreement = true;
      break;
    }
  }
}

}  // namespace fc::claims
