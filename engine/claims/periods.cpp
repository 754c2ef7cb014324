// Reading periods (claim-language §7.2, §9.2): a rate's written period, short years placed by
// the article date, and the span a change is said to cover.
#include "claims/time_words.hpp"
#include "claims/words.hpp"

namespace fc::claims {

using grammar::mention_kind;

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

namespace {

// The first year written before the figure at `index` as a period's start ("2024년부터",
// "올해부터", "from 2024").
std::optional<int> period_start_before(const sentence_view& sv, std::size_t index,
                                       const std::optional<date>& article) {
  const auto& ms = sv.mentions;
  const auto& starts_after = lang::words("time.period_start_after");
  for (std::size_t j = 0; j < index; ++j)
    if (ms[j].kind == mention_kind::year && ms[j].year == ms[j].year_to &&
        (starts_after.prefix_of(after(sv.text, ms[j].end, 12)) ||
         lang::words("time.period_start_before").suffix_of(before(sv.text, ms[j].begin, 12))))
      return ms[j].year;
  if (!article) return std::nullopt;
  std::string_view lead = sv.text.substr(0, ms[index].begin);
  for (const auto& r : lang::words("time.relative_years").entries())
    for (std::size_t at = lang::find(lead, r); at != std::string_view::npos;
         at = lang::find(lead, r, at + 1))
      if (starts_after.prefix_of(lead.substr(at + r.word.size())))
        return article->year + static_cast<int>(r.number);
  return std::nullopt;
}

}  // namespace

std::pair<std::optional<int>, std::optional<int>> bind_period(const sentence_view& sv,
                                                              std::size_t index,
                                                              const std::optional<date>& article) {
  const auto& ms = sv.mentions;
  // A written range: 2023~2030년, between 2023 and 2030. With several ("2025~2030년 5년 사이에만
  // 3.7배 …, 2030~2040년에도 연평균 16.7%"), the last one before the rate is its period; a range
  // in a quoted title ("'클라우드 시장 전망 2022~2026' 보고서") names a report, not a period.
  // A range after the rate that leads another rate ("复合年增长率为26.4%，…，2023年至2028年的复合
  // 年增长率为19.5%") is that rate's.
  auto leads_other_rate = [&](std::size_t j) {
    return j > index && j + 1 < ms.size() && ms[j + 1].kind == mention_kind::percent &&
           ms[j + 1].begin - ms[j].end <= 40;
  };
  std::optional<std::size_t> range;
  for (std::size_t j = 0; j < ms.size(); ++j)
    if (ms[j].kind == mention_kind::year && ms[j].year_to != ms[j].year &&
        !fiscal_split(sv, ms[j]) && !inside_quotes(sv.text, ms[j].begin) && (!range || j < index) &&
        !leads_other_rate(j))
      range = j;
  // "2024~2030년 연평균 성장률은 38%이며, 2030년 이후에도 연평균 12~13%": a year written after
  // the range as a new period's start opens the rate's own period.
  bool restarted = false;
  if (range)
    for (std::size_t j = *range + 1; j < index; ++j)
      restarted = restarted ||
                  (ms[j].kind == mention_kind::year && ms[j].year == ms[j].year_to &&
                   lang::words("time.period_start_after").prefix_of(after(sv.text, ms[j].end, 16)));
  if (range && !restarted) return {ms[*range].year, ms[*range].year_to};
  // "올해부터 2027년까지 연평균 12.3%로, 직전 4년(연평균 10.7%)보다": the years before the start
  // of the period written before the rate.
  if (auto n = years_ahead(before(sv.text, ms[index].begin, 32), "time.years_before_span"))
    if (auto start = period_start_before(sv, index, article)) return {*start - *n, *start};
  // "2025년까지는 연평균 20%가량, 그 이후에는 16%가량": after the last year written before the
  // rate, to a year not written.
  if (lang::words("time.after_last_year").in(before(sv.text, ms[index].begin, 32)))
    for (std::size_t j = index; j-- > 0;)
      if (ms[j].kind == mention_kind::year) return {ms[j].year_to, std::nullopt};
  // "2030년까지는 연평균 23.6%, 이후 10년간은 연평균 14.7%": the years after the last year written
  // before the rate.
  for (std::size_t j = index; j-- > 0;) {
    if (ms[j].kind != mention_kind::year) continue;
    std::string_view between = sv.text.substr(ms[j].end, ms[index].begin - ms[j].end);
    if (auto n = years_ahead(between, "time.years_after_span"))
      return {ms[j].year, ms[j].year + *n};
    break;
  }
  std::optional<int> from, to;
  for (std::size_t j = 0; j < ms.size(); ++j) {
    if (ms[j].kind != mention_kind::year) continue;
    if (fiscal_split(sv, ms[j]) || ms[j].year_to != ms[j].year) continue;
    std::string_view b = before(sv.text, ms[j].begin, 12);
    std::string_view a = after(sv.text, ms[j].end, 12);
    bool between = lang::words("time.period_between").suffix_of(b);
    bool start = lang::words("time.period_start_after").prefix_of(a) ||
                 lang::words("time.period_start_before").suffix_of(b) || between;
    bool end = lang::words("time.period_end_after").prefix_of(a) ||
               lang::words("time.period_end_before").suffix_of(b);
    // "from $4.3 billion in 2023 to …" binds figures, not the rate's period.
    auto amount = [](const grammar::mention& x) {
      return x.kind == mention_kind::amount || x.kind == mention_kind::vague_amount;
    };
    bool figure_near = (j > 0 && amount(ms[j - 1]) && ms[j].begin - ms[j - 1].end < 12) ||
                       (j + 1 < ms.size() && amount(ms[j + 1]) && ms[j + 1].begin - ms[j].end < 4);
    // "increase by $1.14 billion between 2023 and 2028": "between" always opens a period.
    if (figure_near && !between) continue;
    if (start) from = ms[j].year;
    if (end && from) to = ms[j].year;
    if (end && !from && j < index) to = ms[j].year;  // 2030년까지 연평균 36.8%
    // "rise 3-6% a year through 2025"
    if (!from && !to && j > index && sv.english &&
        lang::words("time.period_until_before").suffix_of(b))
      to = ms[j].year;
  }
  // "2019년 4조8936억원에서 지난해까지 연평균 5.9%씩": a relative year may close it.
  if (!to && article) {
    std::string_view lead = sv.text.substr(0, ms[index].begin);
    for (const auto& r : lang::words("time.relative_years").entries())
      for (std::size_t at = lang::find(lead, r); at != std::string_view::npos && !to;
           at = lang::find(lead, r, at + 1))
        if (lang::words("time.period_end_after").prefix_of(lead.substr(at + r.word.size())))
          to = article->year + static_cast<int>(r.number);
  }
  // "올해부터 2027년까지 연평균 12.3%": a relative year may open the period.
  if (to && !from)
    if (auto start = period_start_before(sv, index, article); start && *start < *to) from = start;
  // "24.7 million units in 2028, a five-year CAGR of 29.4%", "2028년까지 5년간 연평균": the
  // span's written length, counted back from its end or on from its start. A lone year before
  // the rate is the end when it is ahead of the article, else the start.
  // "향후 5년간 연평균" counts from the article date instead (below).
  std::string_view lead = before(sv.text, ms[index].begin, 32);
  auto n = years_ahead(lead, "time.rate_span_before");
  if (n && !years_ahead(lead, "time.years_ahead_span")) {
    if (to && !from) return {*to - *n, to};
    if (from && !to) return {from, *from + *n};
    std::optional<int> lone;
    int single_years = 0;
    for (std::size_t j = 0; j < index; ++j)
      if (ms[j].kind == mention_kind::year && ms[j].year == ms[j].year_to) {
        ++single_years;
        lone = ms[j].year;
      }
    // With no article date, a year not written as the span's end opens it ("2018년 … 최근
    // 3년간 연평균 8.9%").
    if (!from && !to && single_years == 1)
      return article && *lone > article->year ? std::pair{std::optional<int>(*lone - *n), lone}
                                              : std::pair{lone, std::optional<int>(*lone + *n)};
  }
  if (!from && !to && article)
    if (auto n = years_ahead(sv.text, "time.years_ahead_span"))
      return {article->year, article->year + *n};
  // "지난해를 기점으로 계산하면 연평균 약 7.8%": a start point alone opens the period.
  if (!from && !to) from = period_start_before(sv, index, article);
  return {from, to};
}

std::optional<int> change_span_years(std::string_view sentence) {
  return years_ahead(sentence, "time.change_span");
}

}  // namespace fc::claims
