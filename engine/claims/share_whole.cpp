// The whole a share names ("57% of this year's revenue", "전체 매출의 57%"): two shares that
// name different wholes are never one list.
#include <algorithm>

#include "claims/readings.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

using grammar::mention;

std::string named_share_whole(const sentence_view& sv, const mention& m) {
  const auto& determiners = lang::words(language_of(sv), "shares.whole_determiners");
  std::string_view phrase;
  // "公有云市场中，IaaS规模约3383亿元，占比约74%": a sentence that opens on a market's scope
  // names the whole of its shares (shares.scope_whole_after).
  for (const auto& e : lang::words(language_of(sv), "shares.scope_whole_after").entries())
    if (std::size_t at = lang::find(sv.text, e);
        at != std::string_view::npos && at > 0 && at <= 48 && at + e.word.size() <= m.begin) {
      std::string_view scope = sv.text.substr(0, at);
      bool one_phrase = scope.find_first_of("0123456789,") == std::string_view::npos;
      for (std::string_view mark : {"，", "、", "。"})
        one_phrase = one_phrase && scope.find(mark) == std::string_view::npos;
      // A measure's head ends it ("公有云市场"); "其中，" is a part lead, no scope.
      if (one_phrase && lang::words(language_of(sv), "cjk.subject_heads").suffix_of(scope))
        return subject_key(scope);
    }
  if (sv.english) {
    std::string_view a = after(sv.text, m.end, 56);
    // "held a 68% share of the product mix": the share's own noun before its whole.
    if (a.starts_with(" share of ")) a.remove_prefix(6);
    if (!a.starts_with(" of ")) return {};
    a.remove_prefix(4);
    std::size_t end = a.find_first_of(",.;:()");
    for (std::string_view stop : {" versus ", " vs", " and ", " with ", " in ", " by ", " from ",
                                  " compared", " while ", " last ", " this ", " according"})
      end = std::min(end, a.find(stop));
    phrase = a.substr(0, std::min(end, a.size()));
  } else if (const auto& openers = lang::words(language_of(sv), "shares.whole_openers");
             !openers.empty()) {
    // "占宠物食品消费的62.8%": the words between the share's verb and "的" (shares.whole_openers),
    // past a hedge ("占整体的约40%").
    std::string_view b = before(sv.text, m.begin, 60);
    if (const auto* h = lang::words(language_of(sv), "lists.label_hedges").suffix_of(b))
      b.remove_suffix(h->word.size());
    if (!b.ends_with("的")) return {};
    b.remove_suffix(std::string_view("的").size());
    std::size_t from = std::string_view::npos;
    for (const auto& e : openers.entries())
      if (std::size_t at = lang::rfind(b, e); at != std::string_view::npos)
        if (from == std::string_view::npos || at + e.word.size() > from) from = at + e.word.size();
    if (from == std::string_view::npos) return {};
    phrase = b.substr(from);
    for (std::string_view stop : {"，", "、", "。", "；", ","})
      if (phrase.find(stop) != std::string_view::npos) return {};
  } else {
    // "전체 매출의 57%": the words before "의", back to the clause.
    std::string_view b = before(sv.text, m.begin, 40);
    while (!b.empty() && b.back() == ' ') b.remove_suffix(1);
    if (!b.ends_with("의")) return {};
    b.remove_suffix(std::string_view("의").size());
    std::size_t start = b.find_last_of(",(");
    if (start != std::string_view::npos) b.remove_prefix(start + 1);
    auto ws = words(b);
    if (ws.empty()) return {};
    // "1,700억달러로 AI 반도체 시장의 60%": back to the word its particle, figure or time
    // ("지난해 시장 전체의") closes, up to three words, so "AI 반도체 시장" is not "반도체 시장".
    std::size_t first = ws.size() - 1;
    const auto& breaks = lang::words(language_of(sv), "subjects.topic_phrase_breaks");
    const auto& times = lang::words(language_of(sv), "time.relative_years");
    while (first > 0 && ws.size() - first < 3 && !breaks.suffix_of(ws[first - 1]) &&
           !times.find_in(ws[first - 1]) &&
           ws[first - 1].find_first_of("0123456789%") == std::string_view::npos)
      --first;
    phrase = b.substr(static_cast<std::size_t>(ws[first].data() - b.data()));
  }
  // "this year's revenue", "total spending", "전체 매출": the determiners name no other whole.
  for (bool stripped = true; stripped && !phrase.empty();) {
    stripped = false;
    while (!phrase.empty() && phrase.front() == ' ') phrase.remove_prefix(1);
    if (const auto* d = determiners.prefix_of(phrase)) {
      phrase.remove_prefix(d->word.size());
      stripped = true;
    }
  }
  while (!phrase.empty() && phrase.back() == ' ') phrase.remove_suffix(1);
  // "시장 전체의 38%", "市場全体の4割": a determiner after its noun names no other whole either.
  if (const auto* d = determiners.suffix_of(phrase); d && d->word.size() < phrase.size()) {
    phrase.remove_suffix(d->word.size());
    while (!phrase.empty() && phrase.back() == ' ') phrase.remove_suffix(1);
  }
  if (phrase.empty() || determiners.equal_to(std::string(phrase) + " ")) return {};
  return subject_key(phrase);
}

}  // namespace fc::claims
