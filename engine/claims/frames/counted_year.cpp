// Frame: a year counted from the sentence before. "2023年の市場規模は420億円だった。
// 前年の350億円から20.0%増え…", "去年为230亿元。上年从200亿元增至…": in Chinese and Japanese, a
// sentence-relative year (前年, 上年) that opens a sentence writing no year of its own dates the
// sentence's first figure, a move's base: the year before the last dated level of the two
// sentences before it. A rate written right after that base is the change out of it.
#include "claims/cjk_readings.hpp"
#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

void frame_counted_year(const sentence_claims& s) {
  if (!is_cjk(s.sv) || s.first == 0 || s.first >= s.out.size()) return;
  const auto& ms = s.sv.mentions;
  std::size_t first = 0;
  while (first < ms.size() && ms[first].kind != grammar::mention_kind::amount) {
    if (ms[first].kind == grammar::mention_kind::year) return;  // its own written year rules
    ++first;
  }
  if (first == ms.size()) return;
  const auto lang = language_of(s.sv);
  std::string_view lead = s.sv.text.substr(0, ms[first].begin);
  // "今年は前年の…": a relative year of the article's dates it instead; "前年比", "前年同期" are a
  // comparison's base.
  if (lang::words(lang, "time.relative_years").in(lead) ||
      lang::words(lang, "time.same_period").in(lead))
    return;
  const lang::entry* counted = nullptr;
  for (const auto& r : lang::words(lang, "time.sentence_relative_years").entries())
    if (std::size_t at = lang::find(lead, r); at != std::string_view::npos) {
      std::string_view tail = lead.substr(at + r.word.size());
      if (lang::words(lang, "time.comparison").prefix_of(tail)) return;
      // "配信は前年の700億円から": a topic before it may be a part of what the
      // sentence before measured; only a year that opens the sentence (past a connective) is
      // read.
      std::string_view opening = lead.substr(0, at);
      if (!opening.empty() &&
          !(opening.size() <= 12 && (opening.ends_with("、") || opening.ends_with("，"))))
        return;
      counted = &r;
      break;
    }
  if (!counted) return;
  std::optional<int> base;
  for (std::size_t k = s.first; k-- > 0 && s.out[k].sentence + 2 >= s.out[s.first].sentence;)
    if (is_stated_level(s.out[k]) && s.out[k].year && !s.out[k].compared_base) {
      base = s.out[k].year;
      break;
    }
  if (!base) return;
  int year = *base + static_cast<int>(counted->number);
  // Only a move's base is read so ("前年の350億円から"): "前年度は…だった" may restate another
  // publisher's or scope's level, which the sentence before does not date.
  bool dated = false;
  for (auto i : s.of_mention(ms[first].begin)) {
    claim& c = s.out[i];
    if (c.year || !c.move_base || (c.kind != claim_kind::size && c.kind != claim_kind::quantity))
      continue;
    c.year = year;
    c.year_relation = "in";
    dated = true;
  }
  if (!dated) return;
  // "前年の350億円から20.0%増え": a rate right after that figure as a move's base is the change
  // out of its year.
  if (first + 1 >= ms.size() || ms[first + 1].kind != grammar::mention_kind::percent) return;
  std::string_view gap = s.sv.text.substr(ms[first].end, ms[first + 1].begin - ms[first].end);
  if (gap.size() > 12 || !lang::words(lang, "directions.base_after").equal_to(gap)) return;
  for (auto i : s.of_mention(ms[first + 1].begin)) {
    claim& r = s.out[i];
    if (r.kind != claim_kind::growth || r.rate_of != rate_kind::total || r.period_from ||
        r.period_to)
      continue;
    r.rate_of = rate_kind::yoy;
    r.period_from = year;
    r.period_to = year + 1;
  }
}

}  // namespace fc::claims
