// Frame: a sentence that says a forecast was revised. "Gartner raised its forecast to $9.1
// billion", "IDC는 전망치를 12조원으로 상향 조정했다": the figure replaces one published before,
// so the archive rules do not call the change a contradiction, and the start of a revised move
// is the forecast it replaced, not a second estimate. The words are language data (revision.cues,
// revision.raise, revision.lower).
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/cjk_readings.hpp"
#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

namespace {

// +1 when the revision's own words say it raised the forecast, -1 lowered, 0 when they say
// neither or both. Its own words run from the verb before the replaced figure ("raised its
// forecast for the 2029 market from") to the one after the revised figure ("…로 높여 잡았다");
// "although it had raised its view of another market" later in the sentence is not this one.
int revision_direction(const sentence_claims& s, const claim& base, const claim& revised) {
  std::size_t lo = s.sv.text.size(), hi = 0;
  for (const auto* m : {s.mention_of(base), s.mention_of(revised)})
    if (m) lo = std::min(lo, m->begin), hi = std::max(hi, m->end);
  if (lo >= hi) return 0;
  std::string own = std::string(before(s.sv.text, lo, 128)) +
                    std::string(s.sv.text.substr(lo, hi - lo)) +
                    std::string(after(s.sv.text, hi, 32));
  auto language = language_of(s.sv);
  bool raised = lang::words(language, "revision.raise").in(own);
  bool lowered = lang::words(language, "revision.lower").in(own);
  return raised == lowered ? 0 : raised ? 1 : -1;
}

// "its previous projection of $9.4 billion", "기존 전망치인 8조원": words right before the
// figure name it as the forecast replaced (revision.replaced_before), or an ending right after
// it (revision.replaced_after).
bool names_replaced(const sentence_claims& s, const claim& c) {
  const auto* m = s.mention_of(c);
  if (!m) return false;
  // "前回(2023年7月)予測の1,850億円": a bracketed date inside the words does not part them.
  std::string lead(before(s.sv.text, m->begin, 64));
  for (auto [open, close] : {std::pair{"(", ")"}, std::pair{"（", "）"}})
    for (std::size_t o = lead.find(open); o != std::string::npos; o = lead.find(open)) {
      std::size_t e = lead.find(close, o);
      if (e == std::string::npos) break;
      lead.erase(o, e + std::string_view(close).size() - o);
    }
  // "前回調査では2028年度を1兆2000億円と見込んでいたが": a pluperfect-like ending right after it
  // says the same.
  // "由年中时的约5800亿元下调至…": past the figure's hedge.
  std::string_view words_before = lead;
  words_before.remove_suffix(trailing_prefix_hedge(words_before));
  if (is_cjk(s.sv)) words_before = without_cjk_hedge(words_before);
  return lang::words(language_of(s.sv), "revision.replaced_before").suffix_of(words_before) ||
         lang::words(language_of(s.sv), "revision.replaced_after")
             .prefix_of(s.sv.text.substr(m->end));
}

// The revised figure replaces `base`: the move from one to the other is the revision's, and
// revision-direction holds it to the sentence's raise or lower.
void mark_revised(const sentence_claims& s, claim& base, claim& revised) {
  base.superseded = true;
  const int direction = revision_direction(s, base, revised);
  if (!direction || !base.value || !revised.value) return;
  revised.move_from = base.id;
  revised.move_direction = direction;
  revised.revision_move = true;
}

}  // namespace

void frame_revision(const sentence_claims& s) {
  if (!lang::words(language_of(s.sv), "revision.cues").in(s.sv.text)) return;
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    claim& c = s.out[i];
    c.says_revision = true;
    // "a far cry from the 15% a year it was forecasting in 2021": a rate the text names as an
    // earlier forecast is no rate of the figures it gives now.
    if (c.kind == claim_kind::growth && c.subject_key && names_replaced(s, c)) {
      c.superseded = true;
      *c.subject_key += "#replaced-" + c.id;
    }
  }
  // "전망치를 기존 5조600억달러에서 5조2600억달러로 상향 조정했다", "raised its forecast from
  // $5.06 trillion to $5.26 trillion": the start of the revised move is the forecast replaced.
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    claim& base = s.out[i];
    // "지난해 말 제시한 2029년 전망치 3조6천억원보다 25% 상향 조정된 수치다": what a revision
    // is measured against is the forecast it replaces.
    // "전망치를 6,112억 달러로 종전(6,269억 달러)보다 상향 조정했다": the revised figure is
    // the sentence's one other level of that measure.
    if (base.compared_base && is_stated_level(base)) {
      base.superseded = true;
      std::optional<std::size_t> revised;
      for (std::size_t j = s.first; j < s.out.size(); ++j)
        if (j != i && is_stated_level(s.out[j]) && !s.out[j].compared_base &&
            measured_alike(base, s.out[j]) && s.out[j].subject_key == base.subject_key &&
            (!s.out[j].year || !base.year || s.out[j].year == base.year))
          revised = revised ? std::optional<std::size_t>() : std::optional<std::size_t>(j);
      if (revised) mark_revised(s, base, s.out[*revised]);
      continue;
    }
    // "up from its previous projection of $9.4 billion": not the year before's level, which
    // "up from" would make it, but the forecast replaced.
    // It may already be read as superseded ("its earlier forecast of $6 billion").
    const bool replaced_named = names_replaced(s, base);
    if (replaced_named && is_level_figure(base) && !base.part_year) {
      base.prior = false;
    } else if (!base.move_base || !is_stated_level(base)) {
      continue;
    }
    // The revised figure is for the same year as the one it replaces, written once: after it
    // ("from $5.06 trillion to $5.26 trillion"), or before it ("to reach $8.7 billion in 2030,
    // up from its previous projection of $9.4 billion").
    std::vector<std::size_t> order;
    for (std::size_t j = i + 1; j < s.out.size(); ++j) order.push_back(j);
    for (std::size_t j = i; j-- > s.first;) order.push_back(j);
    bool found = false;
    for (std::size_t j : order) {
      claim& revised = s.out[j];
      if (revised.move_base || !is_stated_level(revised) || !measured_alike(base, revised) ||
          revised.subject_key != base.subject_key ||
          (revised.year && base.year && revised.year != base.year && !replaced_named))
        continue;
      // "to $8.7 billion in 2030, up from its previous projection of …": the forecast replaced
      // is for the revised figure's year, whatever date the text gives it ("前回(2023年7月)").
      if (!base.year || (replaced_named && revised.year)) {
        base.year = revised.year;
        base.year_relation = revised.year_relation;
      }
      if (!revised.year) {
        revised.year = base.year;
        revised.year_relation = base.year_relation;
        revised.forecast = base.forecast;
      }
      mark_revised(s, base, revised);
      found = true;
      break;
    }
    // "…2,030億円に達するとの予測を発表した。…前回予測の1,850億円から引き上げた": the new figure
    // was given before; the one named as replaced is no current figure either way.
    // "…30年度予測である3兆9,000億円から大幅に上方修正した": the start of a revision whose new
    // figure its sentence does not repeat is the forecast replaced all the same.
    if (replaced_named || !found) base.superseded = true;
  }
}

}  // namespace fc::claims
