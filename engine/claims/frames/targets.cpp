// Frame: a target. "the 65 billion baht the government's agency has set as its target", "has set
// an export target of $43 billion to $44 billion", "2030년 매출 1조원을 목표로", "力争到2025年
// 达到…": a figure its own clause names a goal is no estimate of the market, and never a second
// figure for it; it gets a subject key of its own, so it is compared only with other targets.
// The words are language data (roles.target_before, roles.target_after).
#include <set>

#include "claims/frames.hpp"
#include "claims/words.hpp"

namespace fc::claims {
namespace {

void mark_target(claim& c) {
  if (c.subject_key && !is_target(c)) *c.subject_key += target_key_suffix;
}

// The key of the market a target is set for: the target's key without its suffix.
std::string market_key(const claim& c) {
  return c.subject_key->substr(0, c.subject_key->size() - target_key_suffix.size());
}

}  // namespace

void frame_targets(const sentence_claims& s) {
  const auto language = language_of(s.sv);
  const auto& before_words = lang::words(language, "roles.target_before");
  const auto& after_words = lang::words(language, "roles.target_after");
  for (const auto& m : s.sv.mentions) {
    if (m.kind != grammar::mention_kind::amount) continue;
    if (!before_words.in(own_before(s.sv.text, m.begin, 40)) &&
        !after_words.in(own_after(s.sv.text, m.end, 64)))
      continue;
    for (auto i : s.of_mention(m.begin)) {
      claim& c = s.out[i];
      if (is_level_figure(c)) mark_target(c);
    }
  }
  // "2030년 1조 달러 목표 달성을 위해 필요한 연평균 성장률은 7.5%": in a sentence whose levels are
  // all targets, a rate is the target path's.
  bool all_targets = false;
  for (std::size_t i = s.first; i < s.out.size(); ++i)
    if (is_level_figure(s.out[i]) && s.out[i].subject_key) {
      all_targets = is_target(s.out[i]);
      if (!all_targets) break;
    }
  if (all_targets)
    for (std::size_t i = s.first; i < s.out.size(); ++i)
      if (s.out[i].kind == claim_kind::growth) mark_target(s.out[i]);
  // "규모를 2023년 1조 2000억 원에서 2030년 4조 원으로 키운다는 목표": the base of a move to a
  // target starts the target's path; its rate runs from the base to the target.
  for (std::size_t i = s.first; i < s.out.size(); ++i) {
    const claim& end = s.out[i];
    if (!is_target(end) || end.move_base) continue;
    // Only the level right before the target, with no level before it that it could be the
    // base of ("rose 32% to $3.1 billion from $2.35 billion, and we are targeting $5 billion").
    std::string plain = market_key(end);
    std::size_t k = i;
    while (k-- > s.first && !is_level_figure(s.out[k])) {
    }
    if (k >= i || !s.out[k].move_base || s.out[k].subject_key != plain ||
        !measured_alike(s.out[k], end))
      continue;
    bool leads = true;
    for (std::size_t j = s.first; j < k; ++j)
      leads = leads && !(is_level_figure(s.out[j]) && !s.out[j].move_base);
    if (leads) mark_target(s.out[k]);
  }
}

void join_target_rates(std::vector<claim>& claims) {
  // A market whose every level is a target ("산업 규모를 2023년 1조 2000억 원에서 2030년 4조 원으로
  // 키운다는 목표를 세웠다. 연평균 22.2%씩 성장하는 셈이다"): its rates are the target path's.
  // Where the text also states the market's own levels, a rate stays the market's.
  std::set<std::string> targeted, estimated;
  for (const auto& c : claims) {
    if (!c.subject_key || !is_level_figure(c)) continue;
    if (is_target(c))
      targeted.insert(market_key(c));
    else
      estimated.insert(*c.subject_key);
  }
  for (auto& c : claims)
    if (c.kind == claim_kind::growth && c.subject_key && targeted.count(*c.subject_key) &&
        !estimated.count(*c.subject_key))
      mark_target(c);
}

}  // namespace fc::claims
