// Frame: an enumeration. Figures listed one after another, each behind its own short label
// ("전력운영비 41조 8,240억 원과 방위력개선비 17조 6,004억 원으로 구성", "skincare at €113bn,
// haircare at €64bn", "Mobile games 49%, console 28% and PC 23%"), are the parts of one whole:
// a breakdown, not rival estimates of one figure. Each list is one partition, so two lists in
// a sentence ("… and PC 23%, while Asia-Pacific 46%, North America 27% …") are two ways of
// dividing the whole, never one list that adds up to 196%.
#include <algorithm>
#include <cctype>
#include <span>
#include <string_view>

#include "claims/cjk_readings.hpp"
#include "claims/frames.hpp"
#include "claims/frames/labels.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {
namespace {

using grammar::mention;
using grammar::mention_kind;

constexpr std::size_t max_gap_bytes = 64, max_label_bytes = 40;
// Chinese, Japanese and Korean spend three bytes on a character: a label is short in characters.
constexpr std::size_t max_label_chars = 16;

// The list words are language data (lists.*); a list reads the words of every language, as
// one sentence may quote another's names.
const lang::word_list& joiners() { return lang::words("lists.joiners"); }
const lang::word_list& clause_breaks() { return lang::words("lists.clause_breaks"); }
// What announces a breakdown of a whole, before its list (roles.breakdown_cues).
const lang::word_list& breakdown_cues() { return lang::words("roles.breakdown_cues"); }
// Inside a list: its last item is what is left of a whole ("the remaining $0.4 billion",
// "나머지 3000억원"): only a breakdown has a remainder.
const lang::word_list& remainder_cues() { return lang::words("lists.remainder_cues"); }

// Words right after a figure that make it a part of the total before it ("$96.1 billion of
// that total, car-sharing $31.8 billion"): they close the item, not the list.
std::string_view without_part_marker(std::string_view gap) {
  if (const auto* m = lang::words("lists.part_after").prefix_of(gap))
    return gap.substr(m->word.size());
  return gap;
}

bool is_figure(const mention& m) {
  return m.kind == mention_kind::amount || m.kind == mention_kind::percent;
}

}  // namespace

// The label of an item: the words between the list's joiner (or the clause's start) and the
// figure, without the linking words that bind it ("at", "with", "이", "가", "(").
std::string_view label_before(std::string_view text, std::size_t from, std::size_t begin) {
  std::string_view l = text.substr(from, begin - from);
  // "as follows: tactical drones, €3.9bn; maritime vehicles, €1.2bn": a label written before
  // its figure's comma, after the colon or semicolon that opens the item.
  if (l.ends_with(", ") && l.find_last_of(";:") != std::string_view::npos) {
    l.remove_suffix(2);
    l.remove_prefix(l.find_last_of(";:") + 1);
  }
  // "원격 모니터링·웨어러블이 2조 5천억원": a joiner that also joins the words of one label
  // (lists.label_joiners) ends the label only where it follows the figure before.
  const auto& inner = lang::words("lists.label_joiners");
  for (const auto& j : joiners().entries()) {
    auto at = lang::rfind(l, j);
    if (at == std::string_view::npos) continue;
    if (inner.equal_to(j.word) && l.substr(0, at).find_first_not_of(" )") != std::string_view::npos)
      continue;
    l.remove_prefix(at + j.word.size());
  }
  const auto& hedges = lang::words("lists.label_hedges");
  // "Container ships made up $88.6 billion": a cue right before the figure follows its label.
  for (const auto& c : breakdown_cues().entries())
    if (auto at = lang::rfind(l, c); at != std::string_view::npos) {
      std::string_view rest = l.substr(at + c.word.size());
      // "account for roughly $90 billion": a hedge after the cue is no label.
      std::string_view word = rest.substr(std::min(rest.size(), rest.find_first_not_of(" :(")));
      while (!word.empty() && word.back() == ' ') word.remove_suffix(1);
      bool hedge = !word.empty() &&
                   (hedges.equal_to(word) || hedges.equal_to(std::string(" ").append(word)));
      bool label_after = !hedge && rest.find_first_not_of(" :(") != std::string_view::npos;
      l = label_after ? rest : l.substr(0, at);
    }
  auto trim = [&] {
    while (!l.empty() && (l.front() == ' ' || l.front() == '(')) l.remove_prefix(1);
    while (!l.empty() && (l.back() == ' ' || l.back() == '(' || l.back() == ':'))
      l.remove_suffix(1);
  };
  // "…로 가장 많았고 미국(19억 달러)": the label is what follows the clause before it.
  // "지역별 장비 매출은 올해 중국이": the topic and the time before the label are not its name.
  for (const auto& cut : lang::words("lists.label_clause_cuts").entries())
    if (auto at = lang::rfind(l, cut); at != std::string_view::npos)
      l.remove_prefix(at + cut.word.size());
  const auto& times = lang::words("time.relative_years");
  if (const auto* time = times.prefix_of(l);
      time && l.size() > time->word.size() && l[time->word.size()] == ' ')
    l.remove_prefix(time->word.size() + 1);
  // "2029년 기준 2.5D/3D 패키징이": the year the list is for, not the item's name.
  if (l.size() > 7 && std::isdigit(static_cast<unsigned char>(l[0])) &&
      std::all_of(l.begin(), l.begin() + 4,
                  [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }))
    if (const auto* lead = lang::words("lists.label_year_leads").prefix_of(l.substr(4)))
      l.remove_prefix(4 + lead->word.size());
  trim();
  if (const auto* lead = lang::words("lists.label_leads").prefix_of(l))
    l.remove_prefix(lead->word.size());
  // Drops the first entry of `words` that ends the label, with the spaces before it; with
  // `spaced`, only an entry that starts a word.
  auto drop_tail = [&](const lang::word_list& words, bool spaced) {
    for (const auto& w : words.entries())
      if (l.size() > w.word.size() && lang::ends_with(l, w) &&
          (!spaced || l[l.size() - w.word.size() - 1] == ' ')) {
        l.remove_suffix(w.word.size());
        trim();
        return;
      }
  };
  // "중국이 약 1450억달러", "Asia at about $3 billion": a hedge before the figure is not part of
  // the name; nor is "the remaining" ("other pets the remaining $0.4 billion").
  drop_tail(hedges, false);
  // "followed by Asia-Pacific at $16.3 billion": the rank before the name is not the name, and
  // "…, with $18.9 billion" names nothing.
  if (const auto* rank = lang::words("roles.part_before").prefix_of(l)) {
    l.remove_prefix(rank->word.size());
    trim();
  }
  if (lang::words("lists.empty_labels").equal_to(l)) l = {};
  // "북미 시장이 올해 146억달러로", "$3 billion this year": the year the item is for is not its
  // name either.
  drop_tail(times, true);
  drop_tail(remainder_cues(), false);
  // "dog policies brought in $3.1 billion", "Dog policies generated …": the verb that states
  // the figure is no part of the item's name.
  // "China is expected to account for $24.3 billion": so is its mood, whether the verb went
  // with a breakdown cue above or goes here.
  auto drop_auxiliary = [&] {
    for (const auto& aux : lang::words("roles.label_auxiliaries").entries())
      if (l.size() > aux.word.size() + 1 && lang::ends_with(l, aux) &&
          l[l.size() - aux.word.size() - 1] == ' ') {
        l.remove_suffix(aux.word.size());
        trim();
        return;
      }
  };
  for (const auto& verb : lang::words("roles.label_verbs").entries())
    if (l.size() > verb.word.size() + 1 && lang::ends_with(l, verb) &&
        l[l.size() - verb.word.size() - 1] == ' ') {
      l.remove_suffix(verb.word.size());
      trim();
      break;
    }
  drop_auxiliary();
  drop_tail(lang::words("lists.label_trailers"), false);  // "Vietnam alone"
  // "Asia-Pacific at $16.3 billion", "중국이 1450억달러", "家庭用が6380億円": the word that links
  // the label to its figure.
  for (const auto& link : lang::words("lists.label_links").entries())
    if (l.size() > link.word.size() + 2 && lang::ends_with(l, link)) {
      l.remove_suffix(link.word.size());
      break;
    }
  trim();
  return l;
}

// A label names a part: short, no year, no verb-like clause (few words).
bool is_label(std::string_view l) {
  if (l.empty()) return false;
  std::size_t chars = std::count_if(
      l.begin(), l.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; });
  if (l.size() > max_label_bytes && chars > max_label_chars) return false;
  if (std::any_of(l.begin(), l.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return false;
  return std::count(l.begin(), l.end(), ' ') <= 4;
}

namespace {

struct item {
  std::size_t mention;
  std::string_view label;
};

// Runs of figures of one kind joined by list words, each with a label.
std::vector<std::vector<item>> lists_of(const sentence_view& sv) {
  std::vector<std::vector<item>> lists;
  std::vector<item> run;
  std::size_t run_from = 0;  // where the current run's first label may start
  const mention* last = nullptr;
  auto close = [&] {
    if (run.size() >= 2) lists.push_back(run);
    run.clear();
  };
  for (std::size_t mi = 0; mi < sv.mentions.size(); ++mi) {
    const mention& m = sv.mentions[mi];
    if (!is_figure(m) || bracketed_after_amount(sv, mi)) continue;
    bool joined = false;
    if (last && last->kind == m.kind && m.begin - last->end <= max_gap_bytes) {
      std::string_view gap = sv.text.substr(last->end, m.begin - last->end);
      joined = (joiners().in(gap) && !clause_breaks().in(gap) &&
                // "$261 billion in 2024, split into food at $147 billion": the cue opens the
                // list; the figure before it is the whole.
                !names_breakdown(without_part_marker(gap))) ||
               // After a colon, semicolons part the items ("…: drones, €3.9bn; boats, €1.2bn").
               (gap.starts_with("; ") && gap.ends_with(", ") &&
                sv.text.substr(0, last->begin).find(':') != std::string_view::npos &&
                gap.find_first_of("0123456789") == std::string_view::npos);
    }
    // "…, followed by Azurite at 27% and Stratos at 19%; the rest of the market, a long tail of
    // regional providers, together held 28%": the remainder closes the list across a clause.
    std::string_view remainder;
    if (!joined && last && last->kind == m.kind && m.begin - last->end <= 2 * max_gap_bytes) {
      std::string_view gap = sv.text.substr(last->end, m.begin - last->end);
      if (const auto* c = remainder_cues().find_in(gap); c && !names_breakdown(gap) && !run.empty())
        remainder = c->word;
      joined = !remainder.empty();
    }
    if (!joined) {
      close();
      run_from = last ? last->end : 0;
    }
    std::string_view label = label_before(sv.text, joined ? last->end : run_from, m.begin);
    if (!remainder.empty() && !is_label(label)) label = remainder;
    // The head of a list may sit in a long clause ("Mobile games will account for 49%"); each
    // item joined to it needs a short label of its own.
    if (joined && !is_label(label)) {
      close();
      joined = false;
    }
    run.push_back({mi, joined || is_label(label) ? label : std::string_view()});
    last = &m;
  }
  close();
  return lists;
}

}  // namespace

void frame_enumeration(const sentence_claims& s) {
  // "Among member states, Sweden had the highest share at 66.4%, followed by Finland (50.8%)":
  // "among" ranks members by a ratio of each one's own whole; they are not parts of one.
  if (s.sv.text.starts_with("Among ") || s.sv.text.starts_with(" Among "))
    for (std::size_t i = s.first; i < s.out.size(); ++i)
      if (s.out[i].kind == claim_kind::share) s.out[i].own_wholes = true;
  auto lists = lists_of(s.sv);
  std::size_t partition = 0;
  for (const auto& list : lists) {
    ++partition;
    std::vector<std::vector<std::size_t>> claims;
    for (const auto& it : list) claims.push_back(s.of_mention(s.sv.mentions[it.mention].begin));
    if (std::any_of(claims.begin(), claims.end(), [](const auto& c) { return c.empty(); }))
      continue;
    // "사업자 거래가 58%, 직거래가 31%, 기타 거래가 14%를 차지했다": the share cue after the
    // list's last item makes every labelled item before it a share too.
    std::vector<bool> made_share(claims.size(), false);
    if (s.out[claims.back().front()].kind == claim_kind::share)
      for (std::size_t k = 0; k + 1 < claims.size(); ++k)
        for (auto i : claims[k])
          // "同比分别增长85.9%和78.8%，市场占有率达到29.9%": a joiner is no label; the rate
          // goes on with the rates before it.
          // "增长6.1%，占比25.3%": nor is a rate the grammar read with its growth word.
          if (!list[k].label.empty() && !joiners().equal_to(list[k].label) &&
              s.sv.mentions[list[k].mention].rate_cue == grammar::rate_word::none &&
              s.out[i].kind == claim_kind::growth && s.out[i].rate_of == rate_kind::total)
            s.out[i].kind = claim_kind::share, s.out[i].rate_of = rate_kind::none,
            made_share[k] = true;
    const claim& head = s.out[claims.front().front()];
    // Items attributed to different sources are rival estimates ("IDC at $5bn, Gartner at
    // $6bn"), not parts.
    bool one_source = std::all_of(claims.begin(), claims.end(), [&](const auto& c) {
      return s.out[c.front()].source == head.source;
    });
    if (!one_source) continue;
    if (head.kind == claim_kind::share) {
      // "Of that total, food made up 44%, vet care and product sales 26%": in a breakdown, an
      // item's label names a part, never the whole its share is of, which is the head's.
      bool breakdown =
          names_breakdown(s.sv.text.substr(0, s.sv.mentions[list.front().mention].begin));
      // A rate only the list's last share word made a share keeps its own subject.
      for (std::size_t k = 0; k < claims.size(); ++k)
        for (auto i : claims[k]) {
          s.out[i].partition = s.first * 64 + partition;
          if (breakdown && head.subject_key && !made_share[0] && !made_share[k] &&
              s.out[i].kind == claim_kind::share && !s.out[i].share_whole)
            s.out[i].subject = head.subject, s.out[i].subject_key = head.subject_key;
        }
      continue;
    }
    if (head.kind != claim_kind::size && head.kind != claim_kind::quantity) continue;
    std::string_view before_list = s.sv.text.substr(0, s.sv.mentions[list.front().mention].begin);
    // A cue after the list closes it ("…, PaaS 7700억원으로 구성된다"): only the words right
    // after its last item, never a later clause's ("… Supermarkets accounted for 46.5%").
    std::string_view after_list =
        after(s.sv.text, s.sv.mentions[list.back().mention].end, max_label_bytes);
    std::size_t list_begin = s.sv.mentions[list.front().mention].begin;
    std::string_view inside =
        s.sv.text.substr(list_begin, s.sv.mentions[list.back().mention].begin - list_begin);
    // A ranking cue makes a breakdown of a list that opens its sentence's figures; one after an
    // earlier figure ("영국이 120억유로로 1위였고, 네덜란드 …, 독일 … 순이었다") may rank the
    // items after a leader it does not hold, whose figure is then no whole of theirs.
    bool opens_sentence = std::none_of(
        s.sv.mentions.begin(),
        s.sv.mentions.begin() + static_cast<std::ptrdiff_t>(list.front().mention),
        [&](const mention& m) { return m.kind == s.sv.mentions[list.front().mention].kind; });
    const auto& ranking = lang::words("lists.ranking_cues");
    bool cued = names_breakdown(before_list) || names_breakdown(after_list) ||
                remainder_cues().in(inside) ||
                (opens_sentence && (ranking.in(inside) || ranking.in(after_list)));
    // "시나리오별로는 규제가 강화될 경우 7200억 달러, 고성장이 이어질 경우 1조 1000억 달러": a list
    // of scenarios gives alternatives to one figure, never the parts of a whole.
    if (!cued || lang::words(language_of(s.sv), "roles.scenario_words").in(s.sv.text)) continue;
    std::vector<std::size_t> items;
    auto mark = [&](std::size_t i, std::string_view label) {
      claim& c = s.out[i];
      c.part = true;
      name_part(c, label, c.subject_key.value_or(""));
      c.partition = s.first * 64 + partition;
      items.push_back(i);
    };
    for (std::size_t k = 0; k < list.size(); ++k)
      for (auto i : claims[k]) mark(i, list[k].label);
    // "유형별로는 SaaS가 2조6500억원으로 가장 크고, IaaS …": a figure between the cue and the
    // list, cut off by its own clause, is the list's first item, never the whole.
    if (std::size_t cue = last_cue_end(before_list); cue != std::string_view::npos) {
      std::size_t from = cue;
      for (std::size_t mi = 0; mi < list.front().mention; ++mi) {
        const mention& m = s.sv.mentions[mi];
        if (m.kind != s.sv.mentions[list.front().mention].kind || m.begin < cue) continue;
        std::string_view label = label_before(s.sv.text, from, m.begin);
        from = m.end;
        for (auto i : s.of_mention(m.begin))
          if (!s.out[i].partition && s.out[i].kind == head.kind)
            mark(i, is_label(label) ? label : "");
      }
    }
    // The items of one list are of one time: one that states a year ("2027년 기준 … 군용이
    // 310억 달러로 가장 크고, 상업용이 195억 달러") dates those that do not.
    std::optional<int> list_year;
    bool one_year = true;
    for (auto i : items)
      if (auto y = s.out[i].year)
        one_year = one_year && (!list_year || *list_year == *y), list_year = y;
    if (list_year && one_year)
      for (auto i : items)
        if (!s.out[i].year) s.out[i].year = list_year;
  }
  // "제품별로는 홍삼이 19%, 프로바이오틱스가 14%를 차지했고, 구매 채널별로는 온라인 비중이
  // 68.8%": a share that a new dimension opens, in no list, is a list of its own.
  std::size_t single = 63, from = 0;
  bool share_before = false;
  for (const mention& m : s.sv.mentions) {
    if (m.kind == mention_kind::year) continue;
    std::string_view gap = s.sv.text.substr(from, m.begin - from);
    from = m.end;
    // "このうちコロケーションが約4割を占め、地域別では…全体の約9割": a comma ends the clause.
    bool breaks = clause_breaks().in(gap) ||
                  (is_cjk(s.sv) && (gap.find("、") != gap.npos || gap.find(",") != gap.npos));
    bool opens = share_before && breaks && names_breakdown(without_share_verbs(gap));
    share_before = share_before || m.kind == mention_kind::percent;
    if (m.kind != mention_kind::percent || !opens) continue;
    // The shares before, in no list, are then a list of their own ("메모리가 66%를 차지했고,
    // 지역별로는 중국 비중이 약 40%"; Chinese and Japanese open the new dimension right after a
    // comma).
    for (const mention& e : s.sv.mentions) {
      if (e.begin >= m.begin) break;
      for (auto i : s.of_mention(e.begin))
        if (e.kind == mention_kind::percent && s.out[i].kind == claim_kind::share &&
            !s.out[i].partition)
          s.out[i].partition = s.first * 64 + single;
    }
    --single;
    for (auto i : s.of_mention(m.begin))
      if (s.out[i].kind == claim_kind::share && !s.out[i].partition)
        s.out[i].partition = s.first * 64 + single;
    --single;
  }
}

}  // namespace fc::claims
