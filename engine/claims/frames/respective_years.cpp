// Frame: years and figures paired in order. "2017年、2018年…分别为266亿元和321亿元", "2017년과
// 2018년 각각 266억원, 321억원", "in 2017 and 2018 … $266 million and $321 million,
// respectively": a list of years and a list of as many amounts after it, in a sentence that says
// "respectively" (time.respective_cues), give each amount the year in its place, not the
// nearest year.
#include <algorithm>
#include <cctype>

#include "claims/frames.hpp"
#include "claims/words.hpp"

namespace fc::claims {
namespace {

using grammar::mention;
using grammar::mention_kind;

// Years or amounts of one list: joined, or side by side with only spaces between them.
bool joined(std::string_view gap, lang::lang_id language) {
  return joined_items(gap, language) ||
         (gap.size() <= 16 && gap.find_first_not_of(' ') == std::string_view::npos);
}

}  // namespace

bool joined_items(std::string_view gap, lang::lang_id language) {
  if (gap.size() > 16) return false;
  for (char ch : gap)
    if (std::isdigit(static_cast<unsigned char>(ch))) return false;
  return lang::words(language, "lists.joiners").in(gap) ||
         lang::words(language, "time.respective_joiners").in(gap);
}

void frame_respective_years(const sentence_claims& s) {
  const auto& sv = s.sv;
  const auto language = language_of(sv);
  if (!lang::words(language, "time.respective_cues").in(sv.text)) return;
  const auto& ms = sv.mentions;
  // The first run of two or more joined years.
  std::vector<const mention*> years;
  std::size_t i = 0;
  for (; i < ms.size(); ++i) {
    if (ms[i].kind != mention_kind::year || (ms[i].year_to && ms[i].year_to != ms[i].year)) {
      if (years.size() >= 2) break;
      years.clear();
      continue;
    }
    if (!years.empty() &&
        !joined(sv.text.substr(years.back()->end, ms[i].begin - years.back()->end), language)) {
      if (years.size() >= 2) break;
      years.clear();
    }
    years.push_back(&ms[i]);
  }
  if (years.size() < 2) return;
  // As many joined amounts right after the years, or else right before them ("$1.0 billion and
  // $1.5 billion in 2022 and 2023, respectively"); a year inside the list is another pairing.
  auto run_of_amounts = [&](std::size_t from, std::size_t to, int step) {
    std::vector<const mention*> run;
    for (std::size_t k = from; k != to; k += static_cast<std::size_t>(step)) {
      if (ms[k].kind == mention_kind::year) return std::vector<const mention*>{};
      if (ms[k].kind != mention_kind::amount) continue;
      if (!run.empty()) {
        const mention* a = step > 0 ? run.back() : &ms[k];
        const mention* b = step > 0 ? &ms[k] : run.back();
        if (!joined(sv.text.substr(a->end, b->begin - a->end), language)) break;
      }
      run.push_back(&ms[k]);
    }
    if (step < 0) std::reverse(run.begin(), run.end());
    return run;
  };
  std::size_t first_year = static_cast<std::size_t>(years.front() - ms.data());
  auto amounts = run_of_amounts(i, ms.size(), 1);
  if (amounts.size() != years.size())
    amounts = first_year == 0 ? std::vector<const mention*>{}
                              : run_of_amounts(first_year - 1, static_cast<std::size_t>(-1), -1);
  if (amounts.size() != years.size()) return;
  for (std::size_t k = 0; k < amounts.size(); ++k)
    for (auto c : s.of_mention(amounts[k]->begin))
      if (is_level_figure(s.out[c]) && !s.out[c].conversion_of)
        s.out[c].year = years[k]->year, s.out[c].year_relation = "in";
}

}  // namespace fc::claims
