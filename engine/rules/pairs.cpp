// Sentence grouping and interval arithmetic for the linking rules.
#include "rules/pairs.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "consistency/growth_check.hpp"

namespace fc::rules {

std::pair<std::size_t, std::size_t> sentence_window(const std::vector<claim>& claims, std::size_t k,
                                                    std::size_t back, std::size_t ahead) {
  const std::size_t s = claims[k].sentence;
  std::size_t first = k, last = k;
  while (first > 0 && claims[first - 1].sentence + back >= s) --first;
  while (last < claims.size() && claims[last].sentence <= s + ahead) ++last;
  return {first, last};
}

std::vector<std::vector<std::size_t>> sentence_groups(const std::vector<claim>& claims) {
  std::vector<std::vector<std::size_t>> out;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    std::size_t s = claims[i].sentence;
    if (out.size() <= s) out.resize(s + 1);
    auto& group = out[s];
    if (!group.empty() && claims[group.back()].where.start == claims[i].where.start) continue;
    group.push_back(i);
  }
  return out;
}

std::vector<std::vector<std::size_t>> figure_groups(const std::vector<claim>& cs) {
  // Only figures of one subject, currency and year can disagree: group first, then pair.
  std::map<std::tuple<std::string, std::string, std::string, int>, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < cs.size(); ++i)
    // A quarter's or a half's figure names no quarter the checks can compare ("the second
    // quarter of 2023" vs "the first quarter"): two of them in one year may be different ones.
    if (consistency::comparable_figures(cs[i], cs[i]) && !cs[i].part_year)
      groups[{*cs[i].subject_key +
                  // "이 중 …": a part is compared only with the parts of its own sentence,
                  // and the items of one breakdown are different parts even where the text
                  // gives them no label of their own.
                  (cs[i].part ? "#of" + std::to_string(cs[i].sentence) +
                                    (cs[i].partition ? "#" + cs[i].id : std::string())
                              : "") +
                  (cs[i].scenario ? "#scenario" + std::to_string(cs[i].sentence) : ""),
              cs[i].currency.value_or(""), cs[i].unit.value_or(""), *cs[i].year}]
          .push_back(i);
  std::vector<std::vector<std::size_t>> out;
  for (auto& [key, members] : groups) out.push_back(std::move(members));
  return out;
}

std::optional<std::pair<double, double>> ratio(const interval& a, const interval& b) {
  if (!a.low || !a.high || !b.low || !b.high || *b.low <= 0 || *a.low <= 0) return std::nullopt;
  return std::pair{*a.low / *b.high, *a.high / *b.low};
}

bool overlaps(const interval& i, double lo, double hi) {
  if (i.low && *i.low > hi) return false;
  if (i.high && *i.high < lo) return false;
  return true;
}

bool comparable_with_conversions(const claim& a, const claim& b) {
  auto as_figure = [](claim c) {
    c.conversion_of.reset();
    return c;
  };
  return consistency::comparable_figures(as_figure(a), as_figure(b));
}

}  // namespace fc::rules
