// Frame: a compound rate with its span's length written after it and no years of its own.
// "…to reach ₹19,500 crore by FY30. That implies a CAGR of about 32% over the five years.":
// the span ends at the latest year a level of the rate's subject is dated, in its sentence or
// the one before, and starts as many years earlier (time.rate_span_after).
#include <algorithm>

#include "claims/frames.hpp"
#include "claims/time_words.hpp"
#include "claims/words.hpp"

namespace fc::claims {

void frame_rate_span_after(const sentence_claims& s) {
  for (const auto& m : s.sv.mentions) {
    if (m.kind != grammar::mention_kind::percent) continue;
    // Its own clause: up to a comma or a semicolon ("over" would end own_after's).
    std::string_view tail = after(s.sv.text, m.end, 40);
    tail = tail.substr(0, std::min(tail.find_first_of(",;"), tail.size()));
    auto n = years_ahead(tail, "time.rate_span_after");
    if (!n) continue;
    for (auto i : s.of_mention(m.begin)) {
      claim& rate = s.out[i];
      if (rate.kind != claim_kind::growth || rate.rate_of != rate_kind::cagr || rate.period_from ||
          rate.period_to)
        continue;
      std::optional<int> end;
      for (std::size_t k = i; k-- > 0 && s.out[k].sentence + 1 >= rate.sentence;)
        if (is_stated_level(s.out[k]) && s.out[k].year &&
            s.out[k].subject_key == rate.subject_key && (!end || *s.out[k].year > *end))
          end = s.out[k].year;
      if (!end) continue;
      rate.period_from = *end - *n;
      rate.period_to = end;
    }
  }
}

}  // namespace fc::claims
