// Frame: a level its own clause reports with a past verb ("북미가 48억 달러로 전체의 35%를
// 차지했고", "North America accounted for $4.8 billion"): a measurement, whatever a later clause
// of the sentence forecasts. As a part without a year, it splits a level already measured,
// never a forecast one (part_whole.cpp). The endings and verbs are language data
// (forecast.past_clause_endings, forecast.past_before).
#include "claims/cjk_readings.hpp"
#include "claims/frames.hpp"
#include "claims/readings.hpp"
#include "claims/words.hpp"

namespace fc::claims {
namespace {

// Korean: the first word after the figure that ends its clause is a past verb, with no forecast
// word before it ("로 전체의 35%를 차지했고"; not "로 늘어날 것으로 전망했다").
bool past_clause_ko(const sentence_view& sv, const grammar::mention& m) {
  std::string_view tail = after(sv.text, m.end, 60);
  tail = tail.substr(0, std::min(tail.find_first_of(",."), tail.size()));
  const auto language = language_of(sv);
  const auto& past = lang::words(language, "forecast.past_clause_endings");
  const auto& forecast = lang::words(language, "forecast.words");
  const auto& saying = lang::words(language, "attribution.reporting_verbs");
  const auto& tally = lang::words(language, "forecast.tally_verbs");
  std::size_t start = 0;
  while (start < tail.size()) {
    std::size_t end = std::min(tail.find(' ', start), tail.size());
    std::string_view word = tail.substr(start, end - start);
    if (forecast.in(word)) return false;
    // "1조 1000억 달러까지 범위를 제시했다": a past verb of saying dates the report, not the
    // figure; only a tally measures ("집계했다").
    if (saying.in(word) && !tally.in(word)) return false;
    if (past.suffix_of(word)) return true;
    start = end + 1;
  }
  return false;
}

// A present verb or "now" in the figure's clause, with no word of forecast ("North America
// remains the largest region at $15bn", "현재는 … 55%를 차지하고 있지만").
bool present_clause(const sentence_view& sv, const grammar::mention& m) {
  std::string_view clause = own_before(sv.text, m.begin, 48);
  return lang::words(language_of(sv), "forecast.present_before").in(clause) &&
         !lang::words(language_of(sv), "forecast.words").in(clause);
}

}  // namespace

void frame_measured_clause(const sentence_claims& s) {
  if (is_cjk(s.sv)) return;
  const grammar::mention* present_share = nullptr;
  for (const auto& m : s.sv.mentions) {
    // A share of the present is no item of a list a later year's shares make.
    if (m.kind == grammar::mention_kind::percent && present_clause(s.sv, m))
      for (auto i : s.of_mention(m.begin))
        if (s.out[i].kind == claim_kind::share && !s.out[i].year)
          s.out[i].current = true, present_share = &m;
    if (m.kind != grammar::mention_kind::amount) continue;
    bool past = s.sv.english ? past_verb_right_before(s.sv, m) : past_clause_ko(s.sv, m);
    // "Mobile games account for about 60 percent of the market, or $0.9 billion": the amount a
    // present share comes to is of the present too.
    bool apposed =
        present_share && present_share->end <= m.begin &&
        lang::words(language_of(s.sv), "shares.amount_after")
            .suffix_of(s.sv.text.substr(present_share->end, m.begin - present_share->end));
    bool present = !past && (present_clause(s.sv, m) || apposed);
    for (auto i : s.of_mention(m.begin)) {
      if (!is_stated_level(s.out[i])) continue;
      s.out[i].measured = past;
      s.out[i].current = present;
    }
  }
}

}  // namespace fc::claims
