// source-disagreement: estimates of one market and year from different named sources whose
// intervals cannot all overlap. One finding names every source and figure: a reader weighs the
// whole spread, not each pair. A source contradicting itself stays figure-disagreement's.
#include <algorithm>

#include "rules/format.hpp"
#include "rules/pairs.hpp"
#include "rules/rule.hpp"

namespace fc::rules {
namespace {

// One source's figures in the group, read as the hull of them all (its own contradictions are
// figure-disagreement's, never counted twice here).
struct estimate {
  std::string source;
  std::vector<std::size_t> claims;
  double low = 0, high = 0;
};

}  // namespace

void source_disagreement(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  bool ko = ctx.lang == "ko";
  for (const auto& members : figure_groups(cs)) {
    std::vector<estimate> estimates;
    for (auto i : members) {
      if (!cs[i].source || !cs[i].value->low || !cs[i].value->high) continue;
      auto same = std::find_if(estimates.begin(), estimates.end(), [&](const estimate& e) {
        return same_source(e.source, cs[i].source);
      });
      if (same == estimates.end()) {
        estimates.push_back({*cs[i].source, {i}, *cs[i].value->low, *cs[i].value->high});
        continue;
      }
      same->claims.push_back(i);
      same->low = std::min(same->low, *cs[i].value->low);
      same->high = std::max(same->high, *cs[i].value->high);
    }
    if (estimates.size() < 2) continue;
    auto top = std::max_element(estimates.begin(), estimates.end(),
                                [](auto& a, auto& b) { return a.low < b.low; });
    auto bottom = std::min_element(estimates.begin(), estimates.end(),
                                   [](auto& a, auto& b) { return a.high < b.high; });
    if (top->low <= bottom->high) continue;  // one value lies in every estimate
    // "가트너와 IDC는 각각 710억 달러, 670억 달러로 추정했다": estimates one sentence sets side
    // by side are its own point, not a conflict.
    bool one_sentence = true;
    for (const auto& e : estimates)
      for (auto i : e.claims)
        one_sentence = one_sentence && cs[i].sentence == cs[members[0]].sentence;
    if (one_sentence) continue;
    const claim& first = cs[members[0]];
    std::string list, ranges;
    finding f;
    for (const auto& e : estimates) {
      const claim& c = cs[e.claims.front()];
      list += (list.empty() ? "" : ", ") + money(c.value->point, c.currency, ctx.lang) + " (" +
              e.source + ")";
      ranges += (ranges.empty() ? "" : "; ") + e.source + ": " +
                money_range(e.low, e.high, c.currency, ctx.lang);
      for (auto i : e.claims) f.claims.push_back(cs[i].id);
    }
    std::sort(f.claims.begin(), f.claims.end(), [&](const std::string& a, const std::string& b) {
      return std::stoul(a.substr(1)) < std::stoul(b.substr(1));
    });
    f.rule = info.id;
    f.level = info.default_severity;
    f.message = fill(message_template(info, ctx.lang), {{"count", std::to_string(estimates.size())},
                                                        {"year", std::to_string(*first.year)},
                                                        {"subject", first.subject.value_or("")},
                                                        {"list", list}});
    std::size_t last = members[0];
    for (const auto& e : estimates) last = std::max(last, e.claims.back());
    f.where = cs[last].where;
    std::string hi = money(top->low, first.currency, ctx.lang);
    std::string lo = money(bottom->high, first.currency, ctx.lang);
    f.explanation = ko ? "출처별 범위: " + ranges + ". " + top->source + "의 하한 " + hi + "이 " +
                             bottom->source + "의 상한 " + lo +
                             "보다 커서 모든 추정에 들어가는 값이 없습니다."
                       : "Ranges by source: " + ranges + ". The lower bound of " + top->source +
                             " (" + hi + ") is above the upper bound of " + bottom->source + " (" +
                             lo + "), so no value lies in every estimate.";
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
