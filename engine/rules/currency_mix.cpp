// currency-mix: one subject's figures in several currencies cannot be compared without a rate
// table, so the checks skip them and say so.
#include <algorithm>
#include <map>
#include <set>

#include "rules/format.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

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
    static constexpr wording compared{
        .en = "Figures for {subject} were compared through the configured rates ({currencies})",
        .ko = "{subject} 수치를 설정된 환율로 환산해 비교했습니다 ({currencies})",
        .zh = "{subject}的数字已按配置的汇率换算后比较（{currencies}）",
        .ja = "{subject}の数字を設定された為替レートで換算して比較しました（{currencies}）"};
    static constexpr wording rates_used{
        .en = "The rates of [currency.rates] in the configuration were used.",
        .ko = "설정 파일의 [currency.rates] 환율을 사용했습니다.",
        .zh = "使用了配置文件中[currency.rates]的汇率。",
        .ja = "設定ファイルの[currency.rates]の為替レートを使いました。"};
    static constexpr wording no_rates{
        .en = "No rate table is configured, so figures in different currencies are not compared.",
        .ko = "환율표가 설정되지 않아 통화가 다른 수치는 비교하지 않습니다.",
        .zh = "未配置汇率表，因此不比较不同货币的数字。",
        .ja = "為替レート表が設定されていないため、通貨の異なる数字は比較しません。"};
    if (converted)
      f.message = say(compared, ctx.lang, fmt::arg("subject", list.front()->subject.value_or(key)),
                      fmt::arg("currencies", names));
    f.explanation = pick(converted ? rates_used : no_rates, ctx.lang);
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
