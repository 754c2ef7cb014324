// Frame: a level with its year-on-year change. "올해 시장 규모가 24조원으로 전년 대비 35% 늘어날
// 것으로", "shipments will reach 2.3 GW this year, up 35% year on year": a year-on-year rate
// written after a dated level, with no year of its own, is the change into that level's year;
// one written right after the base it is compared with is the change out of the base's year.
// A change in apposition to a dated level, in a sentence that writes no base ("sales of 1.4
// million units this year, a 26% increase", "올해 140만대로 26% 늘어날"), is that level's change
// from the year before.
#include <algorithm>

#include "claims/cjk_readings.hpp"
#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

namespace {

using grammar::mention_kind;

// A level written as a base ("from $4.1 billion", "전년(…)보다"): the change may be from it.
bool written_base_level(const claim& c) {
  return written_base(c) && (c.kind == claim_kind::size || c.kind == claim_kind::quantity);
}

void apposed_change(const sentence_claims& s) {
  if (std::any_of(s.out.begin() + static_cast<std::ptrdiff_t>(s.first), s.out.end(),
                  written_base_level))
    return;
  const auto& ms = s.sv.mentions;
  auto lang = language_of(s.sv);
  std::optional<std::size_t> level_at;  // the mention before, when it is not a year
  for (std::size_t mi = 0; mi < ms.size(); ++mi) {
    if (ms[mi].kind == mention_kind::year) continue;
    std::optional<std::size_t> before = level_at;
    level_at = mi;
    if (!before || ms[mi].kind != mention_kind::percent) continue;
    std::string_view gap = s.sv.text.substr(ms[*before].end, ms[mi].begin - ms[*before].end);
    std::string_view next = s.sv.text.substr(ms[mi].end, 24);
    // ", up 26%" says it is a change; ", a 26% increase" and "로 26% 늘어" say so after it.
    bool apposed = lang::words(lang, "roles.apposed_change_before").suffix_of(gap) ||
                   (lang::words(lang, "roles.apposed_change_open").suffix_of(gap) &&
                    lang::words(lang, "roles.apposed_change_after").prefix_of(next));
    if (!apposed || gap.size() > 32) continue;
    for (auto li : s.of_mention(ms[*before].begin))
      for (auto ri : s.of_mention(ms[mi].begin)) {
        const claim& level = s.out[li];
        claim& rate = s.out[ri];
        if (rate.kind != claim_kind::growth || rate.rate_of != rate_kind::total ||
            rate.period_from || rate.period_to || !is_stated_level(level) || !level.year ||
            level.subject_key != rate.subject_key)
          continue;
        rate.rate_of = rate_kind::yoy;
        rate.period_from = *level.year - 1;
        rate.period_to = *level.year;
      }
  }
}

// No year and no relative year is written between two claims of the sentence.
bool no_year_between(const sentence_claims& s, const claim& a, const claim& b) {
  const auto* ma = s.mention_of(a);
  const auto* mb = s.mention_of(b);
  if (!ma || !mb || ma->end > mb->begin) return false;
  for (const auto& m : s.sv.mentions)
    if (m.kind == mention_kind::year && m.begin >= ma->end && m.end <= mb->begin) return false;
  std::string_view gap = s.sv.text.substr(ma->end, mb->begin - ma->end);
  return !lang::words(language_of(s.sv), "time.relative_years").in(gap);
}

}  // namespace

void frame_yoy_of_level(const sentence_claims& s) {
  apposed_change(s);
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    claim& rate = s.out[i];
    if (rate.kind != claim_kind::growth || rate.rate_of != rate_kind::yoy) continue;
    // The nearest level before the rate: the one it changes, unless it is itself a base.
    for (std::size_t k = i; k-- > s.first;) {
      const claim& level = s.out[k];
      if (level.kind == claim_kind::growth || level.kind == claim_kind::change) break;
      if (!is_stated_level(level)) continue;
      // "对比2023年约202.5亿元的水平，同比增幅达到约62%": a rate right after its base is the
      // change out of the base's year, whatever year the sentence wrote last; so is one right
      // after a Chinese or Japanese move's base ("昨年度の500億円から前年度比40%増").
      if (level.year && (level.compared_base || (is_cjk(s.sv) && level.move_base)) &&
          level.subject_key == rate.subject_key &&
          (!rate.period_to || rate.period_to == level.year)) {
        rate.period_from = *level.year;
        rate.period_to = *level.year + 1;
        break;
      }
      // "去年…259亿美元，同比增长约36%；今年有望达到337亿美元，同比增长约30%": a rate right after a
      // level, with no year between them, is that level's change, whatever year the sentence
      // named before the level.
      if ((rate.period_from || rate.period_to) && !(k + 1 == i && no_year_between(s, level, rate)))
        break;
      if (level.year && !level.move_base && !level.compared_base &&
          level.subject_key == rate.subject_key) {
        rate.period_from = *level.year - 1;
        rate.period_to = *level.year;
      }
      break;
    }
  }
}

}  // namespace fc::claims
