// Frame: an enumeration. Figures listed one after another, each behind its own short label
// ("전력운영비 41조 8,240억 원과 방위력개선비 17조 6,004억 원으로 구성", "skincare at €113bn,
// haircare at €64bn", "Mobile games 49%, console 28% and PC 23%"), are the parts of one whole:
// a breakdown, not rival estimates of one figure. Each list is one partition, so two lists in
// a sentence ("… and PC 23%, while Asia-Pacific 46%, North America 27% …") are two ways of
// dividing the whole, never one list that adds up to 196%.
#include <algorithm>
#include <cctype>
#include <string_view>

#include "claims/frames.hpp"

namespace fc::claims {
namespace {

using grammar::mention;
using grammar::mention_kind;

constexpr std::size_t max_gap_bytes = 64, max_label_bytes = 40;

// Words that join the items of one list.
constexpr std::string_view joiners[] = {",", " and ", "과 ", "와 ", " 및 ", "·", "、", ", and "};
// Words that end one list and start another clause with its own list.
constexpr std::string_view clause_breaks[] = {
    " while ", " whereas ", ";",     " but ",      "반면",        "한편",        "으며",    "며,",
    "고,",     "별로는",    "별로 ", " by region", " by segment", " by product", " by type"};
// What announces a breakdown of a whole, before its list.
constexpr std::string_view breakdown_cues[] = {
    "split into",   "broken down", "breakdown",  "consisting of", "comprising", "made up of",
    "divided into", "of which",    " including", "by segment",    "by region",  "by country",
    "by product",   "구성",        "나뉜",       "나뉘",          "이 중",      "이중 ",
    "그중",         "가운데",      "별로는",     "별로 ",         "부문별",     "지역별",
    "국가별",       "분야별",      "용도별",     "제품별",        "유형별"};

bool contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

bool names_breakdown(std::string_view text) {
  return std::any_of(std::begin(breakdown_cues), std::end(breakdown_cues),
                     [&](std::string_view c) { return contains(text, c); });
}

bool is_figure(const mention& m) {
  return m.kind == mention_kind::amount || m.kind == mention_kind::percent;
}

// The label of an item: the words between the list's joiner (or the clause's start) and the
// figure, without the linking words that bind it ("at", "with", "이", "가", "(").
std::string_view label_before(std::string_view text, std::size_t from, std::size_t begin) {
  std::string_view l = text.substr(from, begin - from);
  for (std::string_view j : joiners)
    if (auto at = l.rfind(j); at != std::string_view::npos) l.remove_prefix(at + j.size());
  for (std::string_view c : breakdown_cues)
    if (auto at = l.rfind(c); at != std::string_view::npos) l.remove_prefix(at + c.size());
  auto trim = [&] {
    while (!l.empty() && (l.front() == ' ' || l.front() == '(')) l.remove_prefix(1);
    while (!l.empty() && (l.back() == ' ' || l.back() == '(' || l.back() == ':'))
      l.remove_suffix(1);
  };
  trim();
  for (std::string_view tail : {" at", " with", " of", " for", " on", "이", "가", "은", "는"})
    if (l.size() > tail.size() + 2 && l.ends_with(tail)) {
      l.remove_suffix(tail.size());
      break;
    }
  trim();
  return l;
}

// A label names a part: short, no year, no verb-like clause (few words).
bool is_label(std::string_view l) {
  if (l.empty() || l.size() > max_label_bytes) return false;
  if (std::any_of(l.begin(), l.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return false;
  return std::count(l.begin(), l.end(), ' ') <= 4;
}

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
    if (!is_figure(m)) continue;
    bool joined = false;
    if (last && last->kind == m.kind && m.begin - last->end <= max_gap_bytes) {
      std::string_view gap = sv.text.substr(last->end, m.begin - last->end);
      joined = std::any_of(std::begin(joiners), std::end(joiners),
                           [&](std::string_view j) { return contains(gap, j); }) &&
               std::none_of(std::begin(clause_breaks), std::end(clause_breaks),
                            [&](std::string_view b) { return contains(gap, b); }) &&
               // "$261 billion in 2024, split into food at $147 billion": the cue opens the
               // list; the figure before it is the whole.
               !names_breakdown(gap);
    }
    if (!joined) {
      close();
      run_from = last ? last->end : 0;
    }
    std::string_view label = label_before(sv.text, joined ? last->end : run_from, m.begin);
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
  auto lists = lists_of(s.sv);
  std::size_t partition = 0;
  for (const auto& list : lists) {
    ++partition;
    std::vector<std::vector<std::size_t>> claims;
    for (const auto& it : list) claims.push_back(s.of_mention(s.sv.mentions[it.mention].begin));
    if (std::any_of(claims.begin(), claims.end(), [](const auto& c) { return c.empty(); }))
      continue;
    const claim& head = s.out[claims.front().front()];
    // Items attributed to different sources are rival estimates ("IDC at $5bn, Gartner at
    // $6bn"), not parts.
    bool one_source = std::all_of(claims.begin(), claims.end(), [&](const auto& c) {
      return s.out[c.front()].source == head.source;
    });
    if (!one_source) continue;
    if (head.kind == claim_kind::share) {
      for (const auto& c : claims)
        for (auto i : c) s.out[i].partition = s.first * 64 + partition;
      continue;
    }
    if (head.kind != claim_kind::size && head.kind != claim_kind::quantity) continue;
    std::string_view before_list = s.sv.text.substr(0, s.sv.mentions[list.front().mention].begin);
    bool cued = names_breakdown(before_list) ||
                names_breakdown(s.sv.text.substr(s.sv.mentions[list.back().mention].end));
    if (!cued) continue;
    for (std::size_t k = 0; k < list.size(); ++k)
      for (auto i : claims[k]) {
        claim& c = s.out[i];
        std::string whole = c.subject_key.value_or("");
        c.part = true;
        c.subject = std::string(list[k].label);
        c.subject_key = whole + "/" + subject_key(list[k].label);
        c.partition = s.first * 64 + partition;
      }
  }
}

}  // namespace fc::claims
