// Frame: figures given respectively to items named together. "汽车产销分别完成3128.2万辆和
// 3143.6万辆，同比分别增长3.7%和4.5%", "exports and imports rose 5% and 3%, respectively": a
// run of joined figures of one year, in a sentence that says "respectively" (time.respective_
// cues), measures as many items, not one measure twice. The k-th figure of each run is the k-th
// item's, so a rate meets the level in its own place, and two items' levels never disagree.
#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

void frame_respective_items(const sentence_claims& s) {
  const auto& sv = s.sv;
  const auto language = language_of(sv);
  if (!lang::words(language, "time.respective_cues").in(sv.text)) return;
  const auto& ms = sv.mentions;
  auto joined = [&](const grammar::mention& a, const grammar::mention& b) {
    return joined_items(sv.text.substr(a.end, b.begin - a.end), language);
  };
  for (std::size_t i = 0; i < ms.size();) {
    if (ms[i].kind != grammar::mention_kind::amount &&
        ms[i].kind != grammar::mention_kind::percent) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    while (j < ms.size() && ms[j].kind == ms[i].kind && joined(ms[j - 1], ms[j])) ++j;
    // The figures of one run: one year and one subject, as "respectively" gives them.
    std::vector<std::size_t> run;
    for (std::size_t k = i; k < j; ++k) {
      auto found = s.of_mention(ms[k].begin);
      if (found.size() != 1) break;
      run.push_back(found.front());
    }
    bool alike = run.size() == j - i && run.size() >= 2;
    if (!alike) {
      i = j;
      continue;
    }
    for (std::size_t k = 1; alike && k < run.size(); ++k)
      alike = s.out[run[k]].subject_key == s.out[run[0]].subject_key &&
              s.out[run[k]].year == s.out[run[0]].year && s.out[run[k]].kind == s.out[run[0]].kind;
    // Shares given respectively are items of one whole, which share-overflow adds up.
    // A rate must say what it is: an uncued percentage may yet be a share of a list.
    const claim& head = s.out[run[0]];
    alike = alike && (is_stated_level(head) ||
                      (head.kind == claim_kind::growth &&
                       (head.rate_of == rate_kind::yoy || head.rate_of == rate_kind::cagr)));
    if (alike && s.out[run[0]].subject_key)
      for (std::size_t k = 0; k < run.size(); ++k)
        *s.out[run[k]].subject_key += "#respective-" + std::to_string(k + 1);
    i = j;
  }
}

}  // namespace fc::claims
