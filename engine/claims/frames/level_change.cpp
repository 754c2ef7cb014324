// Frame: a level with its change written as an amount. "102억 달러로 전년보다 17억 달러 늘어",
// "2800억달러로 지난해보다 610억달러 증가", "sales rose $45.3 billion to $1.19 trillion", "up
// $12 billion from a year earlier": the second amount is the increase, not a second level of
// the same measure, so it is never compared with levels (nor called a stale forecast).
#include <algorithm>
#include <string_view>

#include "claims/cjk_readings.hpp"
#include "claims/frames.hpp"
#include "claims/words.hpp"

namespace fc::claims {
namespace {

using grammar::mention_kind;

// Korean: the change verb follows the amount ("17억 달러 늘어", "17억 달러가 증가").
constexpr std::string_view ko_after[] = {
    " 늘",     "이 늘", "가 늘", " 증가", "이 증가", "가 증가", " 감소", "이 감소",
    "가 감소", " 줄",   "이 줄", "가 줄", " 확대",   " 축소",   " 급증", " 급감",
    " 많",     " 적",   " 불어", " 뛰",   " 상향",   " 하향",   " 높",   " 낮"};
// Korean: a comparison opens the clause ("전년보다 17억 달러", "대비 17억 달러").
constexpr std::string_view ko_before[] = {"보다 ", "대비 "};
// English: the change verb or noun comes first ("rose $45.3 billion to", "an increase of").
constexpr std::string_view en_before[] = {
    "rose ",        "rising ",    "up ",           "increased by ", "increase of ",
    "grew by ",     "growth of ", "jumped ",       "climbed ",      "gained ",
    "fell ",        "falling ",   "down ",         "declined by ",  "decline of ",
    "dropped ",     "drop of ",   "decreased by ", "a rise of ",    "a jump of ",
    "higher by ",   "lower by ",  "more than in ", "expanded by ",  "shrank by ",
    "rose by ",     "fell by ",   "climbed by ",   "jumped by ",    "dropped by ",
    "increase by ", "grow by ",   "rise by ",      "expand by ",    "decline by ",
    "fall by ",     "shrink by ", "add ",          "adding ",       "increasing by ",
    "growing by "};

// "made up $88.6 billion", "adds up to", "took up": a verb with its particle, not a change.
bool phrasal_particle(std::string_view before_m, std::string_view w) {
  if (w != "up " && w != "down ") return false;
  std::string_view lead = trim_right(before_m.substr(0, before_m.size() - w.size()));
  std::string_view verb =
      lead.substr(lead.rfind(' ') == std::string_view::npos ? 0 : lead.rfind(' ') + 1);
  for (std::string_view v :
       {"made",  "make",   "makes", "making", "add",   "adds",   "added",   "adding",
        "take",  "takes",  "took",  "taking", "set",   "sets",   "setting", "broken",
        "break", "breaks", "broke", "pick",   "picks", "picked", "wound"})
    if (verb == v) return true;
  return false;
}

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> ws) {
  return std::any_of(ws.begin(), ws.end(), [&](std::string_view w) { return s.ends_with(w); });
}

}  // namespace

void frame_level_change(const sentence_claims& s) {
  const auto& ms = s.sv.mentions;
  for (std::size_t mi = 0; mi < ms.size(); ++mi) {
    if (ms[mi].kind != mention_kind::amount) continue;
    std::string_view before_m = before(s.sv.text, ms[mi].begin, 24);
    std::string_view after_m = after(s.sv.text, ms[mi].end, 40);
    // "1,270억 달러(21.3%) 늘어날": the same change as a rate, in brackets, before the verb.
    if (after_m.rfind("(", 0) == 0)
      if (auto close = after_m.find(')'); close != std::string_view::npos && close < 16)
        after_m.remove_prefix(close + 1);
    after_m = after_m.substr(0, std::min<std::size_t>(after_m.size(), 12));
    bool change = false;
    if (is_cjk(s.sv)) {
      // "较2021年净增约380亿元", "前年比40億円増": the data's words, past a hedge.
      std::string_view lead = without_cjk_hedge(before(s.sv.text, ms[mi].begin, 24));
      const auto language = language_of(s.sv);
      change = lang::words(language, "directions.change_amount_before").suffix_of(lead) ||
               lang::words(language, "directions.change_amount_after")
                   .prefix_of(after(s.sv.text, ms[mi].end, 12));
    } else if (s.sv.english) {
      for (std::string_view w : en_before)
        change = change || (before_m.ends_with(w) && !phrasal_particle(before_m, w));
      // "having raised their forecast by $9 billion": a revision by an amount.
      if (before_m.ends_with(" by ")) {
        std::string_view clause = before(s.sv.text, ms[mi].begin, 48);
        if (std::size_t cut = clause.find_last_of(",;"); cut != std::string_view::npos)
          clause.remove_prefix(cut + 1);
        change = change || lang::words(language_of(s.sv), "revision.raise").in(clause) ||
                 lang::words(language_of(s.sv), "revision.lower").in(clause);
      }
      // "rose $45 billion in 2024": the level follows as "to $X"; a bare "rose $45 billion"
      // with no level after it is still a change.
    } else {
      bool verb = std::any_of(std::begin(ko_after), std::end(ko_after),
                              [&](std::string_view w) { return after_m.rfind(w, 0) == 0; });
      bool compared = std::any_of(std::begin(ko_before), std::end(ko_before),
                                  [&](std::string_view w) { return before_m.ends_with(w); });
      // "전년보다 17억 달러 늘어": both; "17억 달러 늘어난 102억 달러": the verb, with a level
      // right after it in the same clause; "당초 13조원으로 제시했으나 … 2조원 상향 조정했다",
      // "820억 달러로 봤다가 40억 달러 낮춘": a revision by an amount (revision.raise,
      // revision.lower), after the level it revises in its sentence.
      const auto language = language_of(s.sv);
      std::string_view verb_after = after_m.starts_with(" ") ? after_m.substr(1) : after_m;
      bool revised_by =
          after_m.starts_with(" ") &&
          (lang::words(language, "revision.raise").prefix_of(verb_after) ||
           lang::words(language, "revision.lower").prefix_of(verb_after)) &&
          std::any_of(ms.begin(), ms.begin() + static_cast<std::ptrdiff_t>(mi),
                      [](const grammar::mention& x) { return x.kind == mention_kind::amount; });
      change = (verb && (compared || ends_with_any(after_m, {"난 ", "한 "}))) || revised_by;
    }
    if (!change) continue;
    for (auto i : s.of_mention(ms[mi].begin)) {
      claim& c = s.out[i];
      if (c.kind != claim_kind::size && c.kind != claim_kind::quantity) continue;
      c.kind = claim_kind::change;
      c.rate_of = rate_kind::difference;
      c.forecast = false;
      // "increase by USD 1.14 billion between 2023 and 2028": the span the change covers.
      if (!c.period_from && !c.period_to) {
        auto [from, to] = bind_period(s.sv, mi, std::nullopt);
        if (from && to && *from < *to) c.period_from = from, c.period_to = to;
      }
    }
  }
}

}  // namespace fc::claims
