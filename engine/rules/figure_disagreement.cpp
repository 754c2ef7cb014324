// figure-disagreement: two figures for one subject and year whose intervals cannot overlap.
// Different sources disagreeing is news, so it is a warning; one source contradicting itself
// is raised to `same_source_severity`.
#include <map>
#include <tuple>

#include "consistency/growth_check.hpp"
#include "rules/format.hpp"
#include "rules/pairs.hpp"
#include "rules/rule.hpp"

namespace fc::rules {

std::optional<param_problem> figure_disagreement_params(const rule_info& info) {
  auto it = info.params.find("same_source_severity");
  if (it != info.params.end() && !parse_severity(it->second))
    return param_problem{"same_source_severity",
                         "'same_source_severity' must be \"error\", \"warning\" or \"info\""};
  return std::nullopt;
}

void figure_disagreement(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  // Only figures of one subject, currency and year can disagree: group first, then pair.
  std::map<std::tuple<std::string, std::string, std::string, int>, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < cs.size(); ++i)
    if (consistency::comparable_figures(cs[i], cs[i]))
      groups[{*cs[i].subject_key + (cs[i].part_year ? "#part" : "") +  // a quarter vs its year
                  (cs[i].part ? "#of" + std::to_string(cs[i].sentence) : ""),  // "이 중 …"
              cs[i].currency.value_or(""), cs[i].unit.value_or(""), *cs[i].year}]
          .push_back(i);
  for (const auto& [key, members] : groups) {
    // Each figure is reported once, against the earlier figure that lies farthest from it (the
    // one with the highest lower bound or the lowest upper bound), so an article quoting many
    // estimates gets one finding per outlier in one pass, not one per pair.
    std::optional<std::size_t> highest_low, lowest_high;
    for (std::size_t b = 0; b < members.size(); ++b) {
      std::size_t j = members[b];
      const interval& v = *cs[j].value;
      std::optional<std::size_t> partner;
      if (highest_low && v.high && *cs[*highest_low].value->low > *v.high)
        partner = highest_low;
      else if (lowest_high && v.low && *cs[*lowest_high].value->high < *v.low)
        partner = lowest_high;
      if (v.low && (!highest_low || *v.low > *cs[*highest_low].value->low)) highest_low = j;
      if (v.high && (!lowest_high || *v.high < *cs[*lowest_high].value->high)) lowest_high = j;
      for (std::size_t i :
           partner ? std::vector<std::size_t>{*partner} : std::vector<std::size_t>{}) {
        // "가트너와 IDC는 각각 710억 달러, 670억 달러로 추정했다": estimates the sentence itself
        // sets side by side, each with its own source, are reported as different, not in conflict.
        if (cs[i].sentence == cs[j].sentence && cs[i].source && cs[j].source &&
            !same_source(cs[i].source, cs[j].source))
          continue;
        finding f;
        f.rule = info.id;
        f.level = info.default_severity;
        if (same_source(cs[i].source, cs[j].source)) {
          auto it = info.params.find("same_source_severity");
          if (it != info.params.end()) f.level = parse_severity(it->second).value_or(f.level);
        }
        f.message = fill(message_template(info, ctx.lang),
                         {{"year", std::to_string(*cs[i].year)},
                          {"subject", cs[i].subject.value_or("")},
                          {"first", money(cs[i].value->point, cs[i].currency, ctx.lang)},
                          {"second", money(cs[j].value->point, cs[j].currency, ctx.lang)}});
        f.where = cs[j].where;
        f.claims = {cs[i].id, cs[j].id};
        auto range = [&](const claim& c) { return interval_text(*c.value, c.currency, ctx.lang); };
        f.explanation = ctx.lang == "ko"
                            ? "첫 수치는 " + range(cs[i]) + ", 둘째 수치는 " + range(cs[j]) +
                                  "(으)로 읽히며 두 범위가 겹치지 않습니다."
                            : "The first figure reads as " + range(cs[i]) + ", the second as " +
                                  range(cs[j]) + "; the ranges do not overlap.";
        out.push_back(std::move(f));
      }
    }
  }
}

}  // namespace fc::rules
