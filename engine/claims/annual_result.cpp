// The year of the figure a change leads to ("rose 7.5 percent to 3.4 trillion won in 2023",
// "수출은 6,838억 달러로 7.4% 감소했다"): the change is that year's over the year before.
#include <cctype>

#include "claims/readings.hpp"

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

}  // namespace fc::claims
