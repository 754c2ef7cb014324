// Binding years and periods to figures (claim-language §7, §9.2): a year right after an English
// figure ("in 2022", "by 2028"), else the nearest year before it with no other figure between.
// The marker words are the [time] lists of rules/lang/<id>.toml.
#include <cctype>

#include "claims/cjk_readings.hpp"
#include "claims/time_words.hpp"
#include "claims/words.hpp"

namespace fc::claims {
namespace {
using grammar::mention_kind;

// Only another amount stands between a figure and its year; a rate in between does not
// ("2030년까지 연평균 36.8%씩 성장해 약 2,890억 달러").
bool is_figure(const grammar::mention& m) {
  return m.kind == mention_kind::amount || m.kind == mention_kind::vague_amount;
}

const lang::word_list& list(std::string_view name) { return lang::words(name); }

// "2030년까지": the relation written right after a year.
std::string relation_after(std::string_view a) {
  const auto* r = list("time.relations_after").prefix_of(a);
  return r ? r->text : "in";
}

// `b` ends with `e` and no letter comes right before it.
bool ends_with_word(std::string_view b, const lang::entry& e) {
  if (!lang::ends_with(b, e)) return false;
  return b.size() == e.word.size() ||
         !std::isalpha(static_cast<unsigned char>(b[b.size() - e.word.size() - 1]));
}

// "by 2028", "fiscal 2023": the relation written right before a year.
std::string relation_before(std::string_view b) {
  b = trim_right(b);
  for (const auto& e : list("time.relations_before").entries())
    if (ends_with_word(b, e)) return e.text;
  for (const auto& e : list("time.fiscal_words").entries())
    if (ends_with_word(b, e)) return "fiscal";
  return "in";
}

bound_year make(const sentence_view& sv, const grammar::mention& y) {
  bound_year b;
  b.year = y.year;
  if (y.fiscal) {
    b.relation = "fiscal";
  } else if (sv.english || !(static_cast<unsigned char>(sv.text[y.end - 1]) & 0x80)) {
    b.relation = relation_before(before(sv.text, y.begin, 24));
  } else {
    b.relation = relation_after(after(sv.text, y.end, 12));
  }
  return b;
}

}  // namespace

// True when `pos` lies inside a quotation ('…', ‘…’, “…”, 「…」, 『…』, 《…》): a title. A
// quote mark between two letters is an apostrophe ("company's"), not a quotation.
bool inside_quotes(std::string_view s, std::size_t pos) {
  bool single = false, curly_single = false, curly_double = false, ascii_double = false;
  int brackets = 0;
  auto letter_at = [&](std::size_t i) {
    return i < s.size() && std::isalpha(static_cast<unsigned char>(s[i]));
  };
  for (std::size_t i = 0; i < pos && i < s.size(); ++i) {
    std::string_view rest = s.substr(i);
    bool apostrophe = i > 0 && letter_at(i - 1);
    if (s[i] == '\'' && !(apostrophe && letter_at(i + 1))) single = !single;
    if (s[i] == '"') ascii_double = !ascii_double;
    if (rest.starts_with("‘")) curly_single = true;
    if (rest.starts_with("’") && !(apostrophe && letter_at(i + 3))) curly_single = false;
    if (rest.starts_with("“")) curly_double = true;
    if (rest.starts_with("”")) curly_double = false;
    for (std::string_view open : {"「", "『", "《"})
      if (rest.starts_with(open)) ++brackets;
    for (std::string_view close : {"」", "』", "》"})
      if (rest.starts_with(close) && brackets > 0) --brackets;
  }
  return single || curly_single || curly_double || ascii_double || brackets > 0;
}

// "fiscal 2023-24", "FY2023/24": a fiscal year named by both calendar years it spans (§7.3).
bool fiscal_split(const sentence_view& sv, const grammar::mention& y) {
  if (y.year_to != y.year + 1) return false;
  std::string_view b = before(sv.text, y.begin, 16);
  if (y.fiscal) return true;
  return b.ends_with(' ') && list("time.fiscal_words").suffix_of(b.substr(0, b.size() - 1));
}

namespace {

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
    lang::lang_id language = language_of(sv);
    bool reach = (lang::words(language, "time.reach_before").in(b) &&
                  b.find(',') == std::string_view::npos) ||
                 lang::words(language, "time.reach_after").in(a);
    if (!reach) return std::nullopt;
    return ms[j].year_to;
  }
  return std::nullopt;
}

// Relative years with their offsets (§7.2): the years themselves (올해, last year), the bases of
// comparisons (a year earlier) and the words of the present (currently, offset 0).
// The sentence's own language's words: "前年" is last year in Japanese, two years back in Chinese.
struct relative_lists {
  explicit relative_lists(lang::lang_id language)
      : years(lang::words(language, "time.relative_years")),
        bases(lang::words(language, "time.comparison_years")),
        present(lang::words(language, "time.present_cues")) {}
  const lang::word_list& years;
  const lang::word_list& bases;
  const lang::word_list& present;
};

// A relative year of a language that writes it after the figure ("$5 billion last year"),
// with this offset, anywhere in `a`.
bool relative_year_in(std::string_view a, int offset) {
  for (std::size_t l = 0; l < lang::languages().size(); ++l) {
    lang::lang_id id{l};
    if (!lang::flag(id, "time.relative_year_after_figure")) continue;
    for (const auto& r : lang::words(id, "time.relative_years").entries())
      if (static_cast<int>(r.number) == offset && lang::find(a, r) != std::string_view::npos)
        return true;
  }
  return false;
}

// "2030년 … 지난해의 3배 수준인 4200억원": a relative year whose level a multiple is of does not
// stand between a figure and its own year.
bool multiple_base_between(const sentence_view& sv, std::size_t from, std::size_t to) {
  for (const auto& f : sv.mentions) {
    if (f.kind != mention_kind::factor || f.begin <= from || f.begin >= to) continue;
    std::string_view head = sv.text.substr(from, f.begin - from);
    // "지난해의 2~2.5배": the range's first number stands before the factor's mention.
    while (!head.empty() && (std::isdigit(static_cast<unsigned char>(head.back())) ||
                             head.back() == '.' || head.back() == '~' || head.back() == '-'))
      head.remove_suffix(1);
    if (const auto* of = list("roles.multiple_base_after").suffix_of(head))
      if (list("time.relative_years").suffix_of(head.substr(0, head.size() - of->word.size())))
        return true;
  }
  return false;
}

}  // namespace

std::optional<bound_year> bind_year(const sentence_view& sv, std::size_t index,
                                    const std::optional<date>& article) {
  const auto& ms = sv.mentions;
  const auto& fig = ms[index];
  // English: "… $10.8 billion in 2022", "… to $51.8 billion by 2028".
  for (std::size_t j = index + 1; j < ms.size(); ++j) {
    if (is_figure(ms[j]) || ms[j].kind != mention_kind::year) break;
    std::string_view gap = sv.text.substr(fig.end, ms[j].begin - fig.end);
    // "₹4.5 lakh crore by FY2023-24", "in fiscal 2023-24": a fiscal year by both its years.
    if (ms[j].year != ms[j].year_to) {
      if (fiscal_split(sv, ms[j]) && gap.size() <= 24 && gap.find(',') == std::string_view::npos &&
          list("time.temporal_prepositions").in(gap))
        return bound_year{ms[j].year_to, "fiscal"};
      break;
    }
    // "$12 million for the year ended July 31, 2023": a fiscal year named by its last day.
    if (gap.size() < 48 && list("time.fiscal_year_ended").in(gap))
      return bound_year{ms[j].year, "fiscal"};
    // "$16.9 billion in the third quarter of 2023", "in the first half of 2024"
    if (gap.size() < 40 && gap.find(',') == std::string_view::npos &&
        list("time.part_of_year").in(gap))
      return bound_year{ms[j].year, "in"};
    // "$8.2 billion on cloud gaming services in 2024": a longer gap still binds when it is one
    // phrase ending in the year's preposition, with no other figure's words in it.
    bool one_phrase = gap.size() <= 48 && list("time.phrase_year_prepositions").suffix_of(gap) &&
                      !list("time.other_figure_words").in(gap);
    if ((gap.size() > 24 && !one_phrase) || gap.find(',') != std::string_view::npos) break;
    if (list("time.temporal_prepositions").in(gap)) return make(sv, ms[j]);
    break;
  }
  if (auto near = year_around_figure(sv, index, article)) return near;
  for (std::size_t j = index; j-- > 0;) {
    if (is_figure(ms[j])) break;
    if (ms[j].kind != mention_kind::year) continue;
    // "… in 2030, a CAGR of 15.2%, while North American revenue … from $5.6 billion": a year
    // of another clause, across a contrast, is not this figure's.
    if (std::string_view between = sv.text.substr(ms[j].end, fig.begin - ms[j].end);
        between.find("; ") != std::string_view::npos ||
        between.find("；") != std::string_view::npos || list("time.contrast").in(between))
      break;
    // "2028年には2023年比2.2倍の6兆8995億円": a year a comparison is made against is its base's.
    // A multiple names that year as the level it multiplies ("2024年比で約3.6倍").
    if (is_cjk(sv) &&
        lang::words(language_of(sv), "time.comparison").prefix_of(after(sv.text, ms[j].end, 12))) {
      if (fig.kind == mention_kind::factor) return bound_year{ms[j].year, "in"};
      continue;
    }
    if (year_of_multiple_base(sv, ms[j])) {
      if (fig.kind == mention_kind::factor) return bound_year{ms[j].year, "in"};
      continue;
    }
    if (fiscal_split(sv, ms[j])) return bound_year{ms[j].year_to, "fiscal"};
    // A period, or where one starts ("rebounded for the first time since 2017, rising … to $1.8
    // billion"), is not the figure's year.
    if (ms[j].year != ms[j].year_to ||
        list("time.since_before").suffix_of(before(sv.text, ms[j].begin, 8)))
      continue;
    // "2025 회계연도(2025년 4월~2026년 3월) 매출": the months in brackets spell out the fiscal
    // year named before them, which is the figure's.
    if (std::size_t open = sv.text.rfind('(', ms[j].begin);
        open != std::string_view::npos && sv.text.find(')', open) < fig.begin &&
        sv.text.find(')', open) > ms[j].begin &&
        list("time.fiscal_words").suffix_of(sv.text.substr(0, open)))
      continue;
    // "'2023 보고서'에 따르면 … 지난해 8조5천억원": a relative year between them is nearer.
    // Not a comparison's base ("지난해보다 10% 늘어난", "up 8% from last year").
    if (std::string_view gap = sv.text.substr(ms[j].end, fig.begin - ms[j].end);
        article && list("time.relative_years").in(gap) && !list("time.comparison").in(gap) &&
        !list("time.base_prepositions").in(gap) && !multiple_base_between(sv, ms[j].end, fig.begin))
      break;
    // "from $402 billion in 2021 to about $369.5 billion": 2021 is the figure's before it.
    // "to 38 million by 2030 from 9.5 million": so is a target's year, to the base of its move.
    if (std::string_view own = sv.english && j > 0 && is_figure(ms[j - 1])
                                   ? sv.text.substr(ms[j - 1].end, ms[j].begin - ms[j - 1].end)
                                   : std::string_view("-");
        list("time.figure_year_prepositions").equal_to(own) ||
        // "double the 0.7 GW added in 2022, … or close to 1 GW": a participle between.
        (list("time.figure_year_prepositions").suffix_of(own) && words(own).size() <= 3 &&
         own.find_first_of(",;") == std::string_view::npos) ||
        (list("time.temporal_prepositions").equal_to(own) &&
         list("time.base_prepositions").in(sv.text.substr(ms[j].end, fig.begin - ms[j].end))))
      break;
    return make(sv, ms[j]);
  }
  if (auto end = reached_at_period_end(sv, index)) return bound_year{*end, "by"};
  // Relative years: 올해/지난해/내년, this year/last year/next year (§7.2).
  if (article) {
    relative_lists rel(language_of(sv));
    std::string_view b = sv.text.substr(0, fig.begin);
    std::size_t last_fig = 0;
    for (std::size_t j = 0; j < index; ++j)
      if (is_figure(ms[j])) last_fig = ms[j].end;
    b = b.substr(last_fig);
    // "38,000 units next year, about 2.5 times the 15,000 units likely to ship this year",
    // "$6.3 billion last year from $3.5 billion": the relative year right after the figure
    // before is that figure's.
    if (auto owned = last_fig > 0 ? relative_year_after(b) : std::nullopt)
      b.remove_prefix(owned->second);
    // "내년 반도체 수출이 올해(1,376억 달러)보다 8.3% 증가한 1,490억 달러": of two relative
    // years, the one a comparison is made against ("올해…보다", "than last year") is the
    // base's; the figure in its brackets ("올해(1,376억 달러") is its own.
    auto compared_against = [&](std::size_t at, std::size_t word_size) {
      std::string_view tail = sv.text.substr(at + word_size, fig.begin - at - word_size);
      // "올해(1,376억 달러", "from last year's $5.11 trillion", "较去年创纪录的": its own figure.
      if (tail == "(" || tail == " (" || list("time.year_possessives").equal_to(tail) ||
          cjk_year_names_figure(sv, tail))
        return false;
      if (list("time.comparison_lead_ins").suffix_of(before(sv.text, at, 16))) return true;
      // "지난해의 3배 수준인 4200억원": the year whose level a multiple is of.
      if (const auto* of = list("roles.multiple_base_after").prefix_of(tail))
        for (const auto& f : ms)
          if (f.kind == mention_kind::factor && f.begin == at + word_size + of->word.size())
            return true;
      // "昨年比12%増", "去年相比": in Chinese and Japanese the comparison word follows the year
      // itself; "今年の市場規模は前年比9.4%増" compares with 前年, not 今年.
      if (is_cjk(sv)) {
        for (std::string_view particle : {"と", "に", "的"})
          if (tail.starts_with(particle)) tail.remove_prefix(particle.size());
        return list("time.comparison").prefix_of(tail) != nullptr;
      }
      for (const auto* words : {&rel.years, &rel.bases, &rel.present})
        for (const auto& other : words->entries())  // up to the next relative year: its comparison
          if (auto next = lang::find(tail, other); next != std::string_view::npos)
            tail = tail.substr(0, next);
      return list("time.comparison").in(tail);
    };
    // Of several relative years before the figure, the nearest is its own ("$5.61 trillion
    // this year, up 9.8% from last year's $5.11 trillion"); one inside a longer one is none.
    std::optional<std::pair<std::size_t, int>> nearest;  // position in b, offset
    int nearest_base = article->year;
    std::size_t nearest_size = 0;  // of two words at one place, the longer ("来年度", not "来年")
    for (const auto* words : {&rel.years, &rel.bases, &rel.present})
      for (const auto& r : words->entries()) {
        std::size_t at = lang::rfind(b, r);
        if (at == std::string_view::npos ||
            (nearest &&
             (at < nearest->first || (at == nearest->first && r.word.size() <= nearest_size))) ||
            inside_longer_word(b, at, r.word.size(), {&rel.years, &rel.bases, &rel.present}))
          continue;
        if (compared_against(static_cast<std::size_t>(b.data() - sv.text.data()) + at,
                             r.word.size()))
          continue;
        nearest = std::pair{at, static_cast<int>(r.number)};
        nearest_base = relative_base(sv, *article, r.word);
        nearest_size = r.word.size();
      }
    if (nearest) return bound_year{nearest_base + nearest->second, "in"};
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
    // "지난해 같은 기간 3만 2000개에서 7만 7000개로": the same period a year before dates a
    // move's base, not its target.
    if (index > 0 && is_figure(ms[index - 1]) && list("time.same_period").in(lead) &&
        base_marker_after(after(sv.text, ms[index - 1].end, 16)))
      lead = {};
    // "前年の400億円から15.0%増え、460億円", "last year's": a year that names the sentence's first
    // figure dates that figure only; the other figures keep the sentence's written year, if any
    // ("2022年の市場規模は前年の400億円から…460億円").
    auto names_first_figure = [&](std::size_t at, std::size_t word_size) {
      return first_fig < fig.begin &&
             list("time.year_possessives").equal_to(lead.substr(at + word_size));
    };
    auto written_year_before = [&](std::size_t at) -> std::optional<bound_year> {
      for (std::size_t k = index; k-- > 0;)
        if (ms[k].kind == mention_kind::year && ms[k].end <= at && ms[k].year == ms[k].year_to)
          return make(sv, ms[k]);
      return std::nullopt;
    };
    // "2023年の市場規模は前年の2兆3970億円から…3兆1355億円": so does a sentence-relative year.
    for (const auto& r : lang::words(language_of(sv), "time.sentence_relative_years").entries())
      if (std::size_t at = lang::find(lead, r);
          at != std::string_view::npos && names_first_figure(at, r.word.size()))
        if (auto written = written_year_before(at)) return written;
    for (const auto* words : {&rel.years, &rel.present})  // not a comparison's base year
      for (const auto& r : words->entries()) {
        std::size_t at = lang::find(lead, r);
        if (at == std::string_view::npos) continue;
        if (compared_against(at, r.word.size())) continue;
        if (names_first_figure(at, r.word.size())) {
          if (auto written = written_year_before(at)) return written;
          continue;
        }
        // "今年…300亿元，到2028年将突破1000亿元，达到约1050亿元": a later written year dates both,
        // unless it names another figure as its own ("来年、24年の39兆円程度から…40兆円").
        auto names_other = [&](std::size_t k) {
          return k + 1 < index && is_figure(ms[k + 1]) &&
                 list("time.year_possessives")
                     .equal_to(sv.text.substr(ms[k].end, ms[k + 1].begin - ms[k].end));
        };
        for (std::size_t k = index; is_cjk(sv) && k-- > 0;)
          if (ms[k].kind == mention_kind::year && ms[k].begin > at && ms[k].year == ms[k].year_to &&
              !names_other(k) &&
              !lang::words(language_of(sv), "time.comparison")
                   .prefix_of(after(sv.text, ms[k].end, 12)))
            return make(sv, ms[k]);
        return bound_year{relative_base(sv, *article, r.word) + static_cast<int>(r.number), "in"};
      }
    if (auto q = quarter_year(lead, *article)) return bound_year{*q, "in"};
    if (auto n = years_ahead(b, "time.years_ahead")) return bound_year{article->year + *n, "in"};
    // After the figure, up to the next one: "$18.6 billion, up from $3.7 billion this year"
    // dates the base, not the figure before it; "1.25 billion units, up 2% from last year"
    // dates the rate's base, and "$74bn, roughly triple last year's level" the multiple's.
    std::size_t next_fig = sv.text.size();
    for (std::size_t j = index + 1; j < ms.size(); ++j)
      if (is_figure(ms[j]) || ms[j].kind == mention_kind::percent ||
          ms[j].kind == mention_kind::factor) {
        next_fig = ms[j].begin;
        break;
      }
    std::string_view own_after = sv.text.substr(fig.end, next_fig - fig.end);
    std::string_view a = own_after.substr(0, 40);
    // "by the end of the decade" is the decade's last year plus one (2030 for the 2020s).
    if (list("time.decade_end").in(a) || list("time.decade_end").in(b))
      return bound_year{article->year / 10 * 10 + 10, "by"};
    // After the figure: a past relative year, the present, a quarter, this year, in that order.
    if (relative_year_in(a, -1)) return bound_year{article->year - 1, "in"};
    if (list("time.present_after_figure").prefix_of(a)) return bound_year{article->year, "in"};
    if (auto q = quarter_year(own_after.substr(0, 64), *article)) return bound_year{*q, "in"};
    if (relative_year_in(a, 0)) return bound_year{article->year, "in"};
  }
  return std::nullopt;
}

}  // namespace fc::claims
