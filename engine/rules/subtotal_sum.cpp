// share-overflow, for a subtotal that counts its items: "TSMC … 62.3%, followed by Samsung at
// 21.5%, SMIC at 5.7%, UMC at 5.3% and GlobalFoundries at 4.9%. Together the top five held
// 89.7%": the five shares listed before it add up to at least 99.5%, more than the 89.75% the
// subtotal allows. The items are the shares written just before the subtotal, in its sentence
// or the one before; the count comes from its words (roles.subtotal_counts).
#include "rules/format.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {

void subtotal_exceeded(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (std::size_t t = 0; t < cs.size(); ++t) {
    const claim& total = cs[t];
    if (!total.subtotal || total.subtotal_count < 2 || !total.rate || !total.rate->high) continue;
    std::vector<std::size_t> items;
    for (std::size_t i = t; i-- > 0 && cs[i].sentence + 1 >= total.sentence;) {
      const claim& c = cs[i];
      if (c.kind != claim_kind::share) continue;
      if (c.subtotal || c.remainder || c.move_base || c.prior || !c.rate || !c.rate->low ||
          (c.subject_key && total.subject_key && c.subject_key != total.subject_key) ||
          c.year != total.year || (!items.empty() && cs[items.back()].where.start == c.where.start))
        continue;
      items.push_back(i);
      if (items.size() == static_cast<std::size_t>(total.subtotal_count)) break;
    }
    if (items.size() != static_cast<std::size_t>(total.subtotal_count)) continue;
    double low = 0;
    std::string sum;
    for (auto k = items.size(); k-- > 0;) {
      low += *cs[items[k]].rate->low;
      sum += (sum.empty() ? "" : " + ") + percent(*cs[items[k]].rate->low);
    }
    if (low <= *total.rate->high + 1e-9) continue;
    static constexpr wording given_as_sum{.en = "the {total} given as their sum",
                                          .ko = "합계로 적힌 {total}",
                                          .zh = "作为合计写出的{total}",
                                          .ja = "合計として書かれた{total}"};
    static constexpr wording read_as_sum{
        .en = " (read as the sum of the {n} shares listed just before it)",
        .ko = " (합계를 바로 앞에 적힌 비중 {n}개의 합으로 읽은 경우)",
        .zh = "（把合计读作紧接其前的{n}个比重之和时）",
        .ja = "（合計を直前に書かれた{n}個の比率の和と読んだ場合）"};
    finding f;
    f.rule = info.id;
    // Which shares the subtotal counts is read from their order: a warning that says so.
    f.level = severity::warning;
    f.message = fill(message_template(info, ctx.lang),
                     {{"total", percent(low)},
                      {"whole", say(given_as_sum, ctx.lang, fmt::arg("total", total.text))}});
    f.where = total.where;
    for (auto k = items.size(); k-- > 0;) f.claims.push_back(cs[items[k]].id);
    f.claims.push_back(total.id);
    f.explanation = sum + " = " + percent(low) + " > " + percent(*total.rate->high) +
                    say(read_as_sum, ctx.lang, fmt::arg("n", items.size()));
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
