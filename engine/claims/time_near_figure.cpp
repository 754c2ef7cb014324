// The years written around a figure, whatever year its sentence gives before it: a relative
// year right after it ("$644 billion this year") or past its participle ("8.8 GW connected to
// grids last year"), the decade's end ("65% by the end of the decade"), and a relative year
// that names it ("last year's 300 billion won"); and the year of a quarter written without one.
#include <algorithm>

#include "claims/time_words.hpp"
#include "claims/words.hpp"

namespace fc::claims {
namespace {

const lang::word_list& list(std::string_view name) { return lang::words(name); }

}  // namespace

// "$644 billion this year": the relative year written right after the figure, in a language
// that writes it there; its offset and the length it takes with the space before it.
std::optional<std::pair<int, std::size_t>> relative_year_after(std::string_view rest) {
  if (rest.substr(0, 1) != " ") return std::nullopt;
  for (std::size_t l = 0; l < lang::languages().size(); ++l) {
    lang::lang_id id{l};
    if (!lang::flag(id, "time.relative_year_after_figure")) continue;
    if (const auto* r = lang::words(id, "time.relative_years").prefix_of(rest.substr(1)))
      return std::pair{static_cast<int>(r->number), 1 + r->word.size()};
  }
  return std::nullopt;
}

bool inside_longer_word(std::string_view text, std::size_t at, std::size_t size,
                        std::initializer_list<const lang::word_list*> lists) {
  for (const auto* words : lists)
    for (const auto& o : words->entries())
      if (std::size_t p = lang::rfind(text, o); p != std::string_view::npos &&
                                                o.word.size() > size && p <= at &&
                                                p + o.word.size() >= at + size)
        return true;
  return false;
}

// "2030年度には2024年度の約3.5倍にあたる2280億円", "2024년의 약 3.5배인": a year the
// multiple right after it is of (roles.multiple_base_after, a hedge between) is the multiple's
// base, not the year of the figure the multiple comes to.
bool year_of_multiple_base(const sentence_view& sv, const grammar::mention& year) {
  if (sv.english) return false;
  const auto language = language_of(sv);
  std::string_view rest = sv.text.substr(year.end);
  const auto* of = lang::words(language, "roles.multiple_base_after").prefix_of(rest);
  if (!of) return false;
  std::size_t from = year.end + of->word.size(), to = from;
  rest.remove_prefix(of->word.size());
  for (const auto& h : lang::words(language, "lists.label_hedges").entries()) {
    std::string_view w = h.word;
    while (w.starts_with(' ')) w.remove_prefix(1);
    if (!w.empty() && rest.starts_with(w)) {
      to += w.size(), rest.remove_prefix(w.size());
      break;
    }
  }
  while (rest.starts_with(' ')) ++to, rest.remove_prefix(1);
  for (const auto& f : sv.mentions)
    if (f.kind == grammar::mention_kind::factor && f.begin >= from && f.begin <= to) return true;
  return false;
}

// "3분기", "Q3", "last quarter", "지난 분기" without a year: the quarter's year as seen from the
// article date (a quarter later in the year than the article's is last year's).
std::optional<int> quarter_year(std::string_view text, const date& article) {
  int article_quarter = (article.month - 1) / 3 + 1;
  if (lang::words("time.previous_quarter").in(text))
    return article_quarter == 1 ? article.year - 1 : article.year;
  // "2023년 3분기" carries its own year, bound before this is asked; a digit glued before the
  // quarter ("1~3분기") is a cumulative range, read the same way.
  if (const auto* q = lang::words("time.quarters").find_in(text))
    return q->number > article_quarter ? article.year - 1 : article.year;
  return std::nullopt;
}

// The year a relative word counts from: "今年度" in February 2025 is fiscal 2024 where the
// fiscal year starts in April (time.fiscal_relative_suffixes, time.fiscal_year_start_month).
int relative_base(const sentence_view& sv, const date& article, std::string_view word) {
  const auto language = language_of(sv);
  for (const auto& s : lang::words(language, "time.fiscal_relative_suffixes").entries())
    if (word.ends_with(s.word) && article.month < static_cast<int>(s.number))
      return article.year - 1;
  return article.year;
}

// The year of the last relative year ("昨年") written in the sentence before `end`.
static std::optional<int> relative_year_before(const sentence_view& sv, std::size_t end,
                                               const date& article) {
  std::string_view head = sv.text.substr(0, end);
  std::optional<int> year;
  std::size_t best = 0;
  for (const auto& r : lang::words(language_of(sv), "time.relative_years").entries()) {
    std::size_t at = head.rfind(r.word);
    if (at == std::string_view::npos || (year && at + r.word.size() <= best)) continue;
    best = at + r.word.size();
    year = relative_base(sv, article, r.word) + static_cast<int>(r.number);
  }
  return year;
}

std::optional<bound_year> year_around_figure(const sentence_view& sv, std::size_t index,
                                             const std::optional<date>& article) {
  const auto& ms = sv.mentions;
  const auto& fig = ms[index];
  // "$10 billion by 2030 …; Marlow sees as much as $15 billion by the same year": the latest year
  // written before the figure, whatever relative year came between.
  if (const auto* same =
          lang::words(language_of(sv), "time.same_year_after").prefix_of(sv.text.substr(fig.end)))
    for (std::size_t j = index; j-- > 0;)
      if (ms[j].kind == grammar::mention_kind::year && ms[j].year == ms[j].year_to)
        return bound_year{ms[j].year, same->text};
  // "a CAGR of 13.5% over 2024-2030, ending the forecast period at $6.8 billion": the end of
  // the span written before the figure.
  if (lang::words(language_of(sv), "time.span_end_before")
          .suffix_of(before(sv.text, fig.begin, 40)) ||
      lang::words(language_of(sv), "time.span_end_after").prefix_of(sv.text.substr(fig.end)))
    for (std::size_t j = index; j-- > 0;)
      if (ms[j].kind == grammar::mention_kind::year && ms[j].year_to != ms[j].year)
        return bound_year{ms[j].year_to, "by"};
  if (!article) return std::nullopt;
  // "… $644 billion this year, an increase of 76.4% from $365.1 billion last year", "reach $85
  // billion by 2030, up from $4.6 billion last year": a relative year written right after the
  // figure is its own, whatever comes before it.
  if (auto right_after = relative_year_after(sv.text.substr(fig.end)))
    return bound_year{article->year + right_after->first, "in"};
  // "5600억원이던 재작년보다": a relative clause that ends in a relative year names the
  // figure's year.
  if (const auto* was =
          lang::words(language_of(sv), "roles.relative_after").prefix_of(sv.text.substr(fig.end));
      was && sv.text.substr(fig.end + was->word.size()).starts_with(' '))
    if (const auto* r = lang::words(language_of(sv), "time.relative_years")
                            .prefix_of(sv.text.substr(fig.end + was->word.size() + 1)))
      return bound_year{article->year + static_cast<int>(r->number), "in"};
  // "lift its share to about 20–25% by next year": a relative year that ends a span written
  // right after the figure is its year too.
  if (std::string_view rest = sv.text.substr(fig.end); rest.starts_with(' '))
    if (const auto* by =
            lang::words(language_of(sv), "time.relative_span_ends").prefix_of(rest.substr(1)))
      if (auto end = relative_year_after(rest.substr(1 + by->word.size())))
        return bound_year{article->year + end->first, "by"};
  // "the 8.8 GW connected to grids last year": past the figure's participle phrase, a relative
  // year is still the figure's own.
  if (sv.english) {
    std::string_view a = after(sv.text, fig.end, 48);
    for (std::size_t j = index + 1; j < ms.size(); ++j)
      if (ms[j].begin >= fig.end) {
        a = a.substr(0, std::min(a.size(), ms[j].begin - fig.end));
        break;
      }
    a = a.substr(0, std::min(a.size(), a.find_first_of(",;")));
    while (a.ends_with('.') || a.ends_with(' ')) a.remove_suffix(1);  // the sentence's end
    for (std::string_view dash : {" \u2014", " \u2013", " - "})       // an aside after a dash
      a = a.substr(0, std::min(a.size(), a.find(dash)));
    auto ws = words(a);
    // "the $6 billion in sales recorded last year": past the measure it is written in.
    std::size_t p = ws.size() >= 4 && ws[0] == "in" ? 2 : 0;
    if (ws.size() >= p + 2 &&
        ((ws[p].size() > 4 && ws[p].ends_with("ed")) ||
         list("time.irregular_participles").equal_to(ws[p])) &&
        !list("time.comparison_lead_ins").in(a))
      for (const auto& r : list("time.relative_years").entries())
        if (lang::ends_with(a, r))
          return bound_year{article->year + static_cast<int>(r.number), "in"};
  }
  // "48% of investment this year, … about 65% by the end of the decade", "a 70% share by the
  // end of the decade": the decade's end written right after the figure, or after the noun it
  // counts, is its year, whatever year the clause gave before.
  {
    std::string_view a = after(sv.text, fig.end, 40);
    if (const auto* e = list("time.decade_end").find_in(a)) {
      std::size_t at = lang::find(a, *e);
      if (at <= 24 && a.substr(0, at).find_first_of("0123456789") == std::string_view::npos)
        return bound_year{article->year / 10 * 10 + 10, "by"};
    }
  }
  // "by 2030, more than eight times last year's 300 billion won": a relative year that names
  // the figure right after it is the figure's, whatever year the sentence gave before.
  {
    std::string_view lead = before(sv.text, fig.begin, 40);
    // "this year's estimated $5.4 billion": a participle may sit between.
    if (std::size_t sp = lead.find_last_of(' ', lead.size() >= 2 ? lead.size() - 2 : 0);
        sp != std::string_view::npos && lead.size() > sp + 2 &&
        std::all_of(lead.begin() + sp + 1, lead.end() - 1,
                    [](char ch) { return ch >= 'a' && ch <= 'z'; }) &&
        !list("time.year_possessives").suffix_of(lead))
      lead = lead.substr(0, sp + 1);
    const auto language = language_of(sv);
    // "较去年的约495亿元": a hedge between the possessive and the figure.
    if (const auto* h = lang::words(language, "lists.label_hedges").suffix_of(lead))
      lead = lead.substr(0, lead.size() - h->word.size());
    for (const auto& p : lang::words(language, "time.year_possessives").entries())
      if (lang::ends_with(lead, p)) {
        std::string_view named = lead.substr(0, lead.size() - p.word.size());
        for (const auto& r : lang::words(language, "time.relative_years").entries())
          if (lang::ends_with(named, r))
            return bound_year{article->year + static_cast<int>(r.number), "in"};
        // "2023年度の受入額は…、前年度の9654億円から": the year before the sentence's own.
        for (const auto& r : lang::words(language, "time.sentence_relative_years").entries())
          if (lang::ends_with(named, r)) {
            for (std::size_t j = index; j-- > 0;)
              if (ms[j].kind == grammar::mention_kind::year && ms[j].year == ms[j].year_to)
                return bound_year{ms[j].year + static_cast<int>(r.number), "in"};
            // "昨年の出荷台数は…、前年の…から": the year before the sentence's relative one.
            if (auto own =
                    relative_year_before(sv,
                                         static_cast<std::size_t>(named.data() - sv.text.data()) +
                                             named.size() - r.word.size(),
                                         *article))
              return bound_year{*own + static_cast<int>(r.number), "in"};
          }
      }
  }
  return std::nullopt;
}

}  // namespace fc::claims
