// The year of the figure a change leads to ("rose 7.5 percent to 3.4 trillion won in 2023",
// "수출은 6,838억 달러로 7.4% 감소했다"): the change is that year's over the year before.
#include <cctype>

#include "claims/cjk_readings.hpp"
#include "claims/readings.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

using grammar::mention_kind;

std::optional<int> annual_result(const sentence_view& sv, std::size_t index,
                                 const std::optional<date>& article) {
  const auto& ms = sv.mentions;
  auto amount = [&](std::size_t j) { return ms[j].kind == mention_kind::amount; };
  std::optional<std::size_t> figure;
  if (sv.english) {  // "rose 7.5 percent to 3.4 trillion won in 2023"
    for (std::size_t j = index + 1; j < ms.size() && !figure; ++j)
      if (ms[j].kind != mention_kind::year) {
        std::string_view gap = sv.text.substr(ms[index].end, ms[j].begin - ms[index].end);
        // " to ", " to about ", " in 2025 to ": the figure the change led to
        std::string_view g = gap;
        if (g.rfind(" in ", 0) == 0 && g.size() > 8 &&
            std::isdigit(static_cast<unsigned char>(g[4])))
          g.remove_prefix(8);
        if (amount(j) && (g == " to " || g == " to about " || g == " to a record ")) figure = j;
        break;
      }
  } else {  // "수출은 6,838억 달러로 7.4% 감소했다"
    for (std::size_t j = index; j-- > 0 && !figure;)
      if (ms[j].kind != mention_kind::year) {
        std::string_view gap = sv.text.substr(ms[j].end, ms[index].begin - ms[j].end);
        if (amount(j) && (gap == "로 " || gap == "으로 " || gap == "로 전년보다 ")) figure = j;
        break;
      }
  }
  if (!figure) return std::nullopt;
  // "2조4000억원에서 … 3조6000억원으로 20% 증가": with its base written, a change is between
  // the two figures, whatever their years.
  for (std::size_t j = 0; j < *figure; ++j)
    if (amount(j) && is_base(sv.text, ms[j])) return std::nullopt;
  auto y = bind_year(sv, *figure, article);
  // "3.4 trillion won ($2.6 billion) in 2023": the year follows the bracketed conversion.
  if (!y && *figure + 1 < ms.size() && is_conversion(sv.text, ms[*figure], ms[*figure + 1]))
    y = bind_year(sv, *figure + 1, article);
  if (y && (y->relation == "in" || y->relation == "fiscal")) return y->year;
  // "(2022: £2,207m)": the comparative of the year before, as annual reports print it.
  std::string_view rest = sv.text.substr(ms[*figure].end);
  if (!y && rest.size() > 3 && rest.substr(0, 2) == " (" &&
      std::isdigit(static_cast<unsigned char>(rest[2])))
    return 0;
  return std::nullopt;
}

bool is_change_end(const sentence_view& sv, std::size_t index, bool unnamed_base) {
  const auto& ms = sv.mentions;
  // "预计2028年行业大模型占比将提升至六成": a share a move reaches, in another time than the list.
  if (ms[index].kind == mention_kind::percent && is_cjk(sv)) {
    std::string_view b = before(sv.text, ms[index].begin, 24);
    b.remove_suffix(trailing_prefix_hedge(b));
    return lang::words(language_of(sv), "shares.reached_before").suffix_of(b) &&
           lang::words(language_of(sv), "cjk.share_words")
               .in(own_before(sv.text, ms[index].begin, 60));
  }
  if (ms[index].kind != mention_kind::amount) return false;
  // The change before it, past the years that date the change ("28% this year to").
  std::size_t j = index;
  while (j > 0 && ms[j - 1].kind == mention_kind::year) --j;
  // "… more than doubling from last year's level to an estimated $29 billion": or a multiple.
  if (j == 0 || (ms[j - 1].kind != mention_kind::percent && ms[j - 1].kind != mention_kind::factor))
    return false;
  std::string_view gap = sv.text.substr(ms[j - 1].end, ms[index].begin - ms[j - 1].end);
  gap.remove_suffix(trailing_prefix_hedge(gap));
  // A multiple reaches it only from a base it names ("before roughly tripling to 32 GW" leaves
  // the base unsaid: this year's dip or last year's level); without one it is a multiple's end
  // only (`multiple_end`).
  if (ms[j - 1].kind == mention_kind::factor && !lang::words("directions.base_before").in(gap) &&
      !unnamed_base)
    return false;
  if (unnamed_base && ms[j - 1].kind != mention_kind::factor) return false;
  // "will quadruple to $33 billion by 2030 from 2020 levels": a base named after the end.
  if (unnamed_base) {
    std::string_view rest = after(sv.text, ms[index].end, 48);
    rest = rest.substr(0, std::min(rest.size(), rest.find_first_of(",;")));
    if (lang::words("directions.base_before").in(rest) ||
        lang::words("time.comparison_lead_ins").in(rest))
      return false;
  }
  return gap.size() <= 40 && gap.find_first_of(",;()") == std::string_view::npos &&
         lang::words("roles.change_end_before").suffix_of(gap) != nullptr;
}

namespace {

// "올해보다 8% 증가한", "up 9.8% from last year": the relative year a change right next to it is
// measured against, as an offset from the article's year.
std::optional<int> compared_offset(const sentence_view& sv, const grammar::mention& rate) {
  lang::lang_id language = language_of(sv);
  const auto& years = lang::words(language, "time.relative_years");
  // Korean: the year, then the comparison word, right before the rate ("올해보다 ", "지난해 대비
  // ").
  std::string_view b = before(sv.text, rate.begin, 24);
  while (!b.empty() && b.back() == ' ') b.remove_suffix(1);
  if (const auto* cmp = lang::words(language, "time.comparison").suffix_of(b)) {
    std::string_view head = b.substr(0, b.size() - cmp->word.size());
    while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
    if (const auto* y = years.suffix_of(head)) return static_cast<int>(y->number);
  }
  // English: a lead-in, then the year, right after the rate ("9.8% from last year").
  std::string_view a = after(sv.text, rate.end, 32);
  if (a.starts_with(' ')) a.remove_prefix(1);
  if (const auto* lead = lang::words(language, "time.comparison_lead_ins").prefix_of(a))
    if (const auto* y = years.prefix_of(a.substr(lead->word.size())))
      return static_cast<int>(y->number);
  return std::nullopt;
}

}  // namespace

std::optional<int> compared_year_change(const sentence_view& sv, std::size_t index,
                                        const std::optional<date>& article) {
  if (!article) return std::nullopt;
  const auto& ms = sv.mentions;
  auto offset = compared_offset(sv, ms[index]);
  if (!offset) return std::nullopt;
  // The level the change is: the amount right after it ("8% 증가한 13조2000억원", "to $1.8
  // billion"), else the one right before it ("$5.61 trillion this year, up 9.8% from …").
  std::optional<std::size_t> level;
  for (std::size_t j = index + 1; j < ms.size() && !level; ++j) {
    if (ms[j].kind == mention_kind::year) continue;
    std::string_view gap = sv.text.substr(ms[index].end, ms[j].begin - ms[index].end);
    if (ms[j].kind == mention_kind::amount && gap.size() <= 40 &&
        gap.find_first_of(",;") == std::string_view::npos)
      level = j;
    break;
  }
  for (std::size_t j = index; j-- > 0 && !level;) {
    if (ms[j].kind == mention_kind::year) continue;
    std::string_view gap = sv.text.substr(ms[j].end, ms[index].begin - ms[j].end);
    if (ms[j].kind == mention_kind::amount && gap.size() <= 40 &&
        gap.find(';') == std::string_view::npos)
      level = j;
    break;
  }
  if (!level) return std::nullopt;
  auto y = bind_year(sv, *level, article);
  int base = article->year + *offset;
  if (!y || y->year != base + 1) return std::nullopt;
  return y->year;
}

}  // namespace fc::claims
