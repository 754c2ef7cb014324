// currency-mix: one subject's figures in several currencies cannot be compared without a rate
// table, so the checks skip them and say so.
#include <algorithm>
#include <map>
#include <set>

#include "rules/format.hpp"
#include "rules/rule.hpp"

namespace fc::rules {

void currency_mix(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  std::map<std::string, std::set<std::string>> currencies;
  std::map<std::string, std::vector<const claim*>> members;
  for (const auto& c : ctx.claims) {
    if (c.kind != claim_kind::size || !c.subject_key || !c.currency || c.conversion_of || c.per ||
        !c.year || c.currency_inferred)
      continue;
    currencies[*c.subject_key].insert(c.converted_from.value_or(*c.currency));
    members[*c.subject_key].push_back(&c);
  }
  for (const auto& [key, set] : currencies) {
    if (set.size() < 2) continue;
    const auto& list = members[key];
    std::string names;
    for (const auto& cur : set) names += (names.empty() ? "" : ", ") + cur;
    finding f;
    f.rule = info.id;
    f.level = info.default_severity;
    f.message = fill(message_template(info, ctx.lang),
                     {{"subject", list.front()->subject.value_or(key)}, {"currencies", names}});
    for (const auto* c : list)
      if (c->currency != list.front()->currency || c->converted_from) {
        f.where = c->where;
        break;
      }
    for (const auto* c : list) f.claims.push_back(c->id);
    bool converted = std::any_of(list.begin(), list.end(),
                                 [](const claim* c) { return c->converted_from.has_value(); });
    if (converted)
      f.message = ctx.lang == "ko"
                      ? list.front()->subject.value_or(key) +
                            " 수치를 설정된 환율로 환산해 비교했습니다 (" + names + ")"
                      : "Figures for " + list.front()->subject.value_or(key) +
                            " were compared through the configured rates (" + names + ")";
    f.explanation =
        converted
            ? (ctx.lang == "ko" ? "설정 파일의 [currency.rates] 환율을 사용했습니다."
                                : "The rates of [currency.rates] in the configuration were used.")
        : ctx.lang == "ko"
            ? "환율표가 설정되지 않아 통화가 다른 수치는 비교하지 않습니다."
            : "No rate table is configured, so figures in different currencies are not compared.";
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
