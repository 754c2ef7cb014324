// Binding years and periods to figures (claim-language §7, §9.2): a year right after an English
// figure ("in 2022", "by 2028"), else the nearest year before it with no other figure between.
#include <cctype>

#include "claims/context.hpp"

namespace fc::claims {
namespace {

using grammar::mention_kind;

// Only another amount stands between a figure and its year; a rate in between does not
// ("2030년까지 연평균 36.8%씩 성장해 약 2,890억 달러").
bool is_figure(const grammar::mention& m) {
  return m.kind == mention_kind::amount || m.kind == mention_kind::vague_amount;
}

std::string korean_relation(std::string_view a) {
  if (a.rfind("까지", 0) == 0) return "by";
  if (a.rfind("께", 0) == 0 || a.rfind("경", 0) == 0 || a.rfind("쯤", 0) == 0 ||
      a.rfind(" 무렵", 0) == 0 || a.rfind(" 전후", 0) == 0)
    return "around";
  if (a.rfind("부터", 0) == 0 || a.rfind(" 이후", 0) == 0) return "from";
  if (a.rfind(" 기준", 0) == 0) return "as_of";
  return "in";
}

std::string english_relation(std::string_view b) {
  while (!b.empty() && b.back() == ' ') b.remove_suffix(1);
  auto ends = [&](std::string_view w) {
    return b.size() >= w.size() && b.substr(b.size() - w.size()) == w &&
           (b.size() == w.size() ||
            !std::isalpha(static_cast<unsigned char>(b[b.size() - w.size() - 1])));
  };
  if (ends("by") || ends("through") || ends("until") || ends("by the end of") || ends("to"))
    return "by";
  if (ends("since") || ends("from")) return "from";
  if (ends("around")) return "around";
  if (ends("as of")) return "as_of";
  if (ends("fiscal") || ends("fiscal year")) return "fiscal";
  return "in";
}

bound_year make(const sentence_view& sv, const grammar::mention& y) {
  bound_year b;
  b.year = y.year;
  if (y.fiscal) {
    b.relation = "fiscal";
  } else if (sv.english || !(static_cast<unsigned char>(sv.text[y.end - 1]) & 0x80)) {
    b.relation = english_relation(before(sv.text, y.begin, 24));
  } else {
    b.relation = korean_relation(after(sv.text, y.end, 12));
  }
  return b;
}

// "5년 뒤", "3년 후", "in five years": a count of years ahead of the article date. An explicit
// year in apposition ("4년 뒤인 2020년") is bound before this is asked.
std::optional<int> years_ahead(std::string_view b) {
  for (std::string_view marker : {"년 뒤", "년 후"}) {
    std::size_t p = b.rfind(marker);
    if (p == std::string_view::npos || p == 0) continue;
    std::size_t d = p;
    while (d > 0 && std::isdigit(static_cast<unsigned char>(b[d - 1]))) --d;
    if (d == p || p - d > 2) continue;
    return std::stoi(std::string(b.substr(d, p - d)));
  }
  static const std::pair<std::string_view, int> words[] = {
      {"in two years", 2}, {"in three years", 3}, {"in five years", 5},
      {"in 10 years", 10}, {"in ten years", 10},  {"in five years' time", 5}};
  for (auto [w, n] : words)
    if (b.find(w) != std::string_view::npos) return n;
  return std::nullopt;
}

// "향후 5년간", "앞으로 10년", "over the next five years", "over the next decade": a period
// that starts at the article date (§7.2).
std::optional<int> years_ahead_span(std::string_view s) {
  for (std::string_view marker : {"향후 ", "앞으로 "}) {
    std::size_t p = s.find(marker);
    if (p == std::string_view::npos) continue;
    std::size_t d = p + marker.size(), e = d;
    while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
    if (e > d && e - d <= 2 && s.substr(e, 3) == "년")
      return std::stoi(std::string(s.substr(d, e - d)));
  }
  static const std::pair<std::string_view, int> spans[] = {
      {"next two years", 2},  {"next three years", 3}, {"next four years", 4},
      {"next five years", 5}, {"next six years", 6},   {"next seven years", 7},
      {"next 5 years", 5},    {"next 10 years", 10},   {"next ten years", 10},
      {"next decade", 10},    {"coming decade", 10},   {"coming five years", 5}};
  for (auto [w, n] : spans)
    if (contains_any_ci(s, {w})) return n;
  return std::nullopt;
}

// "fiscal 2023-24", "FY2023/24": a fiscal year named by both calendar years it spans (§7.3).
bool fiscal_split(const sentence_view& sv, const grammar::mention& y) {
  if (y.year_to != y.year + 1) return false;
  std::string_view b = before(sv.text, y.begin, 16);
  return y.fiscal || b.ends_with("fiscal ") || b.ends_with("Fiscal ") ||
         b.ends_with("fiscal year ") || b.ends_with("회계연도 ");
}

// "grow at a CAGR of 7.2% over 2024-2030 to reach USD 15.8 bn", "2024~2030년 연평균 7.2%
// 성장해 158억 달러에 이를 것": the figure a growth over a written period reaches is the
// period's last year.
std::optional<int> reached_at_period_end(const sentence_view& sv, std::size_t index) {
  const auto& ms = sv.mentions;
  const auto& fig = ms[index];
  bool rate_before = false;
  for (std::size_t j = 0; j < index; ++j) rate_before |= ms[j].kind == mention_kind::percent;
  for (std::size_t j = index; j-- > 0;) {
    if (is_figure(ms[j])) return std::nullopt;
    if (ms[j].kind != mention_kind::year || ms[j].year_to == ms[j].year) continue;
    if (!rate_before || fiscal_split(sv, ms[j])) return std::nullopt;
    std::string_view b = before(sv.text, fig.begin, 24);
    std::string_view a = after(sv.text, fig.end, 24);
    bool reach =
        sv.english
            ? contains_any(b, {"to reach ", "reaching ", "to hit ", "to top ", "to exceed ",
                               "to surpass ", "to "}) &&
                  b.find(',') == std::string_view::npos
            : contains_any(a, {"에 이를", "에 달할", "로 커질", "으로 커질", "로 성장", "으로 성장",
                               "로 확대", "으로 확대", "에 이른다", "에 달한다"});
    if (!reach) return std::nullopt;
    return ms[j].year_to;
  }
  return std::nullopt;
}

// "3분기", "Q3", "last quarter", "지난 분기" without a year: the quarter's year as seen from the
// article date (a quarter later in the year than the article's is last year's).
std::optional<int> quarter_year(std::string_view text, const date& article) {
  int article_quarter = (article.month - 1) / 3 + 1;
  if (contains_any(text, {"지난 분기", "직전 분기"}) ||
      contains_any_ci(text, {"last quarter", "previous quarter", "the prior quarter"}))
    return article_quarter == 1 ? article.year - 1 : article.year;
  static const std::pair<std::string_view, int> quarters[] = {
      {"1분기", 1},         {"2분기", 2},
      {"3분기", 3},         {"4분기", 4},
      {"Q1 ", 1},           {"Q2 ", 2},
      {"Q3 ", 3},           {"Q4 ", 4},
      {"first quarter", 1}, {"second quarter", 2},
      {"third quarter", 3}, {"fourth quarter", 4}};
  for (auto [word, q] : quarters) {
    std::size_t at = text.find(word);
    if (at == std::string_view::npos) continue;
    // "2023년 3분기" carries its own year, bound before this is asked; a digit glued before
    // the quarter ("1~3분기") is a cumulative range, read the same way.
    return q > article_quarter ? article.year - 1 : article.year;
  }
  return std::nullopt;
}

}  // namespace

// Relative years: 올해/지난해/내년, this year/last year/next year (§7.2).
struct relative_word {
  std::string_view word;
  int offset;
};
constexpr relative_word kRelative[] = {{"올해", 0},       {"금년", 0},
                                       {"올 ", 0},        {"지난해", -1},
                                       {"작년", -1},      {"내년", 1},
                                       {"this year", 0},  {"last year", -1},
                                       {"next year", 1},  {"a year earlier", -1},
                                       {"has passed", 0}, {"has surpassed", 0},
                                       {"has topped", 0}, {"has reached", 0},
                                       {"Today", 0},      {"currently", 0},
                                       {"Last year", -1}, {"This year", 0},
                                       {"Next year", 1}};

std::optional<bound_year> bind_year(const sentence_view& sv, std::size_t index,
                                    const std::optional<date>& article) {
  const auto& ms = sv.mentions;
  const auto& fig = ms[index];
  // English: "… $10.8 billion in 2022", "… to $51.8 billion by 2028".
  for (std::size_t j = index + 1; j < ms.size(); ++j) {
    if (is_figure(ms[j]) || ms[j].kind != mention_kind::year) break;
    if (ms[j].year != ms[j].year_to) break;
    std::string_view gap = sv.text.substr(fig.end, ms[j].begin - fig.end);
    // "$12 million for the year ended July 31, 2023": a fiscal year named by its last day.
    if (gap.size() < 48 && contains_any(gap, {"year ended ", "year ending "}))
      return bound_year{ms[j].year, "fiscal"};
    // "$16.9 billion in the third quarter of 2023", "in the first half of 2024"
    if (gap.size() < 40 && gap.find(',') == std::string_view::npos &&
        contains_any(gap, {" quarter of ", " half of ", " quarter ended "}))
      return bound_year{ms[j].year, "in"};
    // "$8.2 billion on cloud gaming services in 2024": a longer gap still binds when it is one
    // phrase ending in the year's preposition, with no other figure's words in it.
    bool one_phrase = gap.size() <= 48 && (gap.ends_with(" in ") || gap.ends_with(" by ")) &&
                      !contains_any(gap, {" from ", " than ", " to ", " since ", " vs", " and "});
    if ((gap.size() > 24 && !one_phrase) || gap.find(',') != std::string_view::npos) break;
    std::string rel = english_relation(gap);
    bool temporal = contains_any(gap, {" in ", " by ", " for ", " through ", " until ", " as of ",
                                       " in fiscal ", " by the end of "}) ||
                    gap == " in " || gap == " by ";
    if (temporal) return make(sv, ms[j]);
    break;
  }
  for (std::size_t j = index; j-- > 0;) {
    if (is_figure(ms[j])) break;
    if (ms[j].kind != mention_kind::year) continue;
    // "… in 2030, a CAGR of 15.2%, while North American revenue … from $5.6 billion": a year
    // of another clause, across a contrast, is not this figure's.
    if (contains_any(sv.text.substr(ms[j].end, fig.begin - ms[j].end),
                     {" while ", "; ", ", whereas ", ", but ", " 반면 ", "반면, "}))
      break;
    if (fiscal_split(sv, ms[j])) return bound_year{ms[j].year_to, "fiscal"};
    if (ms[j].year != ms[j].year_to) continue;  // a period, not the figure's year
    // "'2023 보고서'에 따르면 … 지난해 8조5천억원": a relative year between them is nearer.
    // Not a comparison's base ("지난해보다 10% 늘어난", "up 8% from last year").
    if (std::string_view gap = sv.text.substr(ms[j].end, fig.begin - ms[j].end);
        article &&
        contains_any(gap, {"올해", "지난해", "작년", "내년", "this year", "last year", "next year",
                           "This year", "Last year", "Next year"}) &&
        !contains_any(gap, {"보다", "대비", " than ", "compared", " from ", " over "}))
      break;
    // "from $402 billion in 2021 to about $369.5 billion": 2021 is the figure's before it.
    if (std::string_view own = sv.english && j > 0 && is_figure(ms[j - 1])
                                   ? sv.text.substr(ms[j - 1].end, ms[j].begin - ms[j - 1].end)
                                   : std::string_view("-");
        own == " in " || own == " in fiscal " || own == " in fiscal year " || own == " for " ||
        own == " for fiscal ")
      break;
    return make(sv, ms[j]);
  }
  if (auto end = reached_at_period_end(sv, index)) return bound_year{*end, "by"};
  // Relative years: 올해/지난해/내년, this year/last year/next year (§7.2).
  if (article) {
    // "… $644 billion this year, an increase of 76.4% from $365.1 billion last year": a
    // relative year written right after the figure is its own, whatever comes before it.
    for (auto [word, offset] :
         {std::pair<std::string_view, int>{" last year", -1}, {" this year", 0}, {" next year", 1}})
      if (sv.text.substr(fig.end, word.size()) == word)
        return bound_year{article->year + offset, "in"};
    std::string_view b = sv.text.substr(0, fig.begin);
    std::size_t last_fig = 0;
    for (std::size_t j = 0; j < index; ++j)
      if (is_figure(ms[j])) last_fig = ms[j].end;
    b = b.substr(last_fig);
    // "내년 반도체 수출이 올해(1,376억 달러)보다 8.3% 증가한 1,490억 달러": of two relative
    // years, the one a comparison is made against ("올해…보다", "than last year") is the
    // base's; the figure in its brackets ("올해(1,376억 달러") is its own.
    auto compared_against = [&](std::size_t at, std::size_t word_size) {
      std::string_view tail = sv.text.substr(at + word_size, fig.begin - at - word_size);
      // "올해(1,376억 달러", "from last year's $5.11 trillion": the year names its own figure.
      if (tail == "(" || tail == " (" || tail == "'s " || tail == "\u2019s ") return false;
      std::string_view lead_in = before(sv.text, at, 16);
      for (std::string_view w : {"from ", "than ", "over ", "compared with ", "versus ", "vs. "})
        if (lead_in.ends_with(w)) return true;
      for (const auto& other : kRelative)  // up to the next relative year: that one's comparison
        if (auto next = tail.find(other.word); next != std::string_view::npos)
          tail = tail.substr(0, next);
      return contains_any(tail, {"보다", "대비", " than ", "compared with", "compared to"});
    };
    // Of several relative years before the figure, the nearest is its own ("$5.61 trillion
    // this year, up 9.8% from last year's $5.11 trillion").
    std::optional<std::pair<std::size_t, int>> nearest;  // position in b, offset
    for (const auto& r : kRelative) {
      std::size_t at = b.rfind(r.word);
      if (at == std::string_view::npos || (nearest && at < nearest->first)) continue;
      if (compared_against(static_cast<std::size_t>(b.data() - sv.text.data()) + at, r.word.size()))
        continue;
      nearest = std::pair{at, r.offset};
    }
    if (nearest) return bound_year{article->year + nearest->second, "in"};
    if (auto q = quarter_year(b, *article)) return bound_year{*q, "in"};
    // "지난해 수출은 … 줄었고 무역수지는 103억 달러 적자였다": a relative year that opens the
    // sentence dates every figure in it.
    // "삼성SDI의 지난해 매출은 …, 영업이익은 1조6천억원이었다": likewise one that comes before the
    // sentence's first figure.
    std::size_t first_fig = fig.begin;
    for (std::size_t j = 0; j < index; ++j)
      if (is_figure(ms[j]) || ms[j].kind == mention_kind::percent) {
        first_fig = ms[j].begin;
        break;
      }
    std::string_view lead = sv.text.substr(0, first_fig);
    for (const auto& r : kRelative) {
      std::size_t at = lead.find(r.word);
      if (at == std::string_view::npos || r.word == "a year earlier") continue;
      if (contains_any(lead, {"대비", "보다", "compared"}) || compared_against(at, r.word.size()))
        continue;
      return bound_year{article->year + r.offset, "in"};
    }
    if (auto q = quarter_year(lead, *article)) return bound_year{*q, "in"};
    if (auto n = years_ahead(b)) return bound_year{article->year + *n, "in"};
    std::string_view a = after(sv.text, fig.end, 40);
    // "by the end of the decade" is the decade's last year plus one (2030 for the 2020s).
    if (a.find("end of the decade") != std::string_view::npos ||
        b.find("end of the decade") != std::string_view::npos)
      return bound_year{article->year / 10 * 10 + 10, "by"};
    if (a.find("last year") != std::string_view::npos) return bound_year{article->year - 1, "in"};
    if (a.rfind(" today", 0) == 0 || a.rfind(" now", 0) == 0)
      return bound_year{article->year, "in"};
    if (auto q = quarter_year(after(sv.text, fig.end, 64), *article)) return bound_year{*q, "in"};
    if (a.find("this year") != std::string_view::npos) return bound_year{article->year, "in"};
  }
  return std::nullopt;
}

void date_short_years(std::vector<grammar::mention>& mentions, const std::optional<date>& article) {
  if (!article) return;
  for (auto& m : mentions) {
    if (m.kind != mention_kind::year || !m.short_year) continue;
    int year = article->year / 100 * 100 + m.year % 100;
    if (year > article->year + 30) year -= 100;
    if (year < article->year - 69) year += 100;
    m.year_to += year - m.year;
    m.year = year;
  }
}

std::pair<std::optional<int>, std::optional<int>> bind_period(const sentence_view& sv,
                                                              std::size_t index,
                                                              const std::optional<date>& article) {
  const auto& ms = sv.mentions;
  // A written range anywhere in the sentence: 2023~2030년, between 2023 and 2030.
  std::optional<int> from, to;
  for (std::size_t j = 0; j < ms.size(); ++j) {
    if (ms[j].kind != mention_kind::year) continue;
    if (fiscal_split(sv, ms[j])) continue;  // one fiscal year, not a period
    if (ms[j].year_to != ms[j].year) return {ms[j].year, ms[j].year_to};
    std::string_view b = before(sv.text, ms[j].begin, 12);
    std::string_view a = after(sv.text, ms[j].end, 12);
    bool start = a.rfind("부터", 0) == 0 || b.ends_with("from ") || b.ends_with("between ");
    bool end = a.rfind("까지", 0) == 0 || b.ends_with(" to ") || b.ends_with(" and ") ||
               b.ends_with("through ");
    // "from $4.3 billion in 2023 to …" binds figures, not the rate's period.
    auto amount = [](const grammar::mention& x) {
      return x.kind == mention_kind::amount || x.kind == mention_kind::vague_amount;
    };
    bool figure_near = (j > 0 && amount(ms[j - 1]) && ms[j].begin - ms[j - 1].end < 12) ||
                       (j + 1 < ms.size() && amount(ms[j + 1]) && ms[j + 1].begin - ms[j].end < 4);
    // "increase by $1.14 billion between 2023 and 2028": "between" always opens a period.
    if (figure_near && !b.ends_with("between ")) continue;
    if (start) from = ms[j].year;
    if (end && from) to = ms[j].year;
    if (end && !from && j < index) to = ms[j].year;  // 2030년까지 연평균 36.8%
    // "rise 3-6% a year through 2025"
    if (!from && !to && j > index && sv.english &&
        (b.ends_with("through ") || b.ends_with("until ") || b.ends_with(" by ")))
      to = ms[j].year;
  }
  if (!from && !to && article)
    if (auto n = years_ahead_span(sv.text)) return {article->year, article->year + *n};
  return {from, to};
}

}  // namespace fc::claims
