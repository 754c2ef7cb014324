// Frame: a change that refers back. "…reaching about $84 billion by 2030. That would be a
// six-fold jump from roughly $20 billion last year", "…2030년 840억달러에 이를 것으로 내다봤다.
// 이는 지난해 200억달러의 6배 규모다": a sentence opened by an anaphor (roles.anaphor_openers)
// that states one change and the one level it starts from measures the move from that level to
// the figure the sentence before reached, and so does a multiple of a year's level it names
// ("이는 2020년의 약 3배"). change-mismatch holds it to that move.
#include <algorithm>

#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

void frame_anaphor_change(const sentence_claims& s) {
  std::string_view text = s.sv.text;
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  if (s.first == 0 || !lang::words(language_of(s.sv), "roles.anaphor_openers").prefix_of(text))
    return;
  std::optional<std::size_t> change, base;
  std::size_t levels = 0, changes = 0;
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    const claim& c = s.out[i];
    if (move_change(c)) changes += 1, change = i;
    if (is_written_level(c) && !c.conversion_of) {
      levels += 1;
      if (written_base(c)) base = i;
    }
  }
  // "이는 2020년의 약 3배에 달하는 규모다": or a multiple of a year's level it names, with no
  // level of its own; the sentence before gives both.
  bool year_named =
      levels == 0 && change && s.out[*change].rate_of == rate_kind::factor && s.out[*change].year;
  // The move is the sentence before's: no lede of a move after it.
  if (changes == 1 && ((levels == 1 && base) || year_named))
    s.out[*change].anaphor_move = true, s.out[*change].lede = false;
}

}  // namespace fc::claims
