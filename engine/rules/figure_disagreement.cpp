// figure-disagreement: two figures for one subject and year whose intervals cannot overlap.
// One source contradicting itself is raised to `same_source_severity`; two named sources that
// differ are source-disagreement's, reported once for the whole group.
#include <algorithm>
#include <cmath>
#include <vector>

#include "rules/format.hpp"
#include "rules/pairs.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {

std::optional<param_problem> figure_disagreement_params(const rule_info& info) {
  auto it = info.params.find("same_source_severity");
  if (it != info.params.end() && !parse_severity(it->second))
    return param_problem{"same_source_severity",
                         "'same_source_severity' must be \"error\", \"warning\" or \"info\""};
  if (!(param(info, "max_ratio", 20) > 1))
    return param_problem{"max_ratio", "'max_ratio' must be above 1"};
  return std::nullopt;
}

void figure_disagreement(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  // Two estimates of one market differ by a few times at most; figures `max_ratio` or more
  // apart measure different things (a price per unit, a segment) that the text did not name.
  const double max_ratio = param(info, "max_ratio", 20);
  auto comparable = [&](const interval& u, const interval& v) {
    double a = std::abs(u.point), b = std::abs(v.point);
    return a > 0 && b > 0 && std::max(a, b) < max_ratio * std::min(a, b);
  };
  for (const auto& members : figure_groups(cs)) {
    // Each figure is reported once, against the earlier figure that lies farthest from it (the
    // one with the highest lower bound, else the lowest upper bound), so an article quoting
    // many estimates gets one finding per outlier, not one per pair. Two named sources that
    // differ are left to source-disagreement, which reports them as one group.
    // The earlier figures are looked at once per written value and source, and at most the
    // last `kMaxPartners` of those: a document repeating one figure, or listing thousands,
    // costs a bounded amount per figure.
    constexpr std::size_t kMaxPartners = 256;
    std::vector<std::size_t> distinct;
    for (std::size_t b = 0; b < members.size(); ++b) {
      std::size_t j = members[b];
      const interval& v = *cs[j].value;
      std::optional<std::size_t> above, below;
      std::size_t from = distinct.size() > kMaxPartners ? distinct.size() - kMaxPartners : 0;
      for (std::size_t a = from; a < distinct.size(); ++a) {
        std::size_t i = distinct[a];
        if (cs[i].source && cs[j].source && !same_source(cs[i].source, cs[j].source)) continue;
        // "Arthur D. Little is more cautious, projecting …": a rival's figure is no second
        // figure of an unnamed source before it.
        if ((cs[i].rival_source && !cs[j].source) || (cs[j].rival_source && !cs[i].source))
          continue;
        const interval& u = *cs[i].value;
        if (!comparable(u, v)) continue;
        if (v.high && u.low && *u.low > *v.high && (!above || *u.low > *cs[*above].value->low))
          above = i;
        if (v.low && u.high && *u.high < *v.low && (!below || *u.high < *cs[*below].value->high))
          below = i;
      }
      auto same_reading = [&](std::size_t i) {
        const interval& u = *cs[i].value;
        return u.point == v.point && u.low == v.low && u.high == v.high &&
               cs[i].source == cs[j].source;
      };
      if (std::none_of(distinct.end() - static_cast<std::ptrdiff_t>(distinct.size() - from),
                       distinct.end(), same_reading))
        distinct.push_back(j);
      if (auto partner = above ? above : below) {
        std::size_t i = *partner;
        finding f;
        f.rule = info.id;
        f.level = info.default_severity;
        // A source carried over from an earlier sentence is a reading, not the text's word:
        // only two figures the text itself gives to one source make it contradict itself.
        // Two different values one sentence gives side by side ("LEO operators had 6.8 million
        // subscribers and GEO operators 2.7 million") are more likely two things it names
        // apart than a slip: a warning that says so.
        const bool one_sentence = cs[i].sentence == cs[j].sentence;
        if (same_source(cs[i].source, cs[j].source) && !cs[i].source_carried &&
            !cs[j].source_carried && !one_sentence) {
          auto it = info.params.find("same_source_severity");
          if (it != info.params.end()) f.level = parse_severity(it->second).value_or(f.level);
        }
        f.message = fill(message_template(info, ctx.lang),
                         {{"year", std::to_string(*cs[i].year)},
                          {"subject", cs[i].subject.value_or("")},
                          {"first", money(cs[i].value->point, cs[i].currency, ctx.lang, 4)},
                          {"second", money(cs[j].value->point, cs[j].currency, ctx.lang, 4)}});
        f.where = cs[j].where;
        f.claims = {cs[i].id, cs[j].id};
        auto range = [&](const claim& c) { return interval_text(*c.value, c.currency, ctx.lang); };
        static constexpr wording no_overlap{
            .en =
                "The first figure reads as {first}, the second as {second}; the ranges do not "
                "overlap.",
            .ko =
                "첫 수치는 {first}, 둘째 수치는 {second}(으)로 읽히며 두 범위가 겹치지 "
                "않습니다.",
            .zh = "第一个数字读作{first}，第二个读作{second}，两个范围没有重叠。",
            .ja = "一つ目の数字は{first}、二つ目は{second}と読め、二つの範囲は重なりません。"};
        static constexpr wording one_sentence_note{
            .en =
                " Both are in one sentence, so they may be two parts or two measures the text "
                "does not name apart.",
            .ko =
                " 두 수치가 한 문장에 나란히 있어, 본문이 이름을 따로 붙이지 않은 두 부분이나 "
                "두 척도일 수 있습니다.",
            .zh = "两个数字在同一句中，可能是文中未分别命名的两个部分或两种口径。",
            .ja =
                "二つの数字が同じ文にあるため、本文が別々に名付けていない二つの部分や二つの尺度"
                "かもしれません。"};
        f.explanation = say(no_overlap, ctx.lang, fmt::arg("first", range(cs[i])),
                            fmt::arg("second", range(cs[j])));
        if (one_sentence) f.explanation += pick(one_sentence_note, ctx.lang);
        out.push_back(std::move(f));
      }
    }
  }
}

}  // namespace fc::rules
