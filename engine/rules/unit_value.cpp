// unit-value-mismatch: a count of units times their average price cannot give the value the
// text states. "2.6 million units were sold at an average price of €6,800, giving a market value
// of €24.5 billion": 2.55–2.65 million × €6,750–6,850 is €17.2–18.2 billion. Only one count, one
// unit price and one value of the price's currency may sit within a sentence of each other, so
// the three are read as one product; a price per month or per user is never one of them.
#include <algorithm>
#include <optional>

#include "rules/format.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {
namespace {

bool near(const claim& a, const claim& b) {
  return a.sentence + 1 >= b.sentence && b.sentence + 1 >= a.sentence;
}

bool bounded(const claim& c) { return c.value && c.value->low && c.value->high; }

bool same_time(const claim& a, const claim& b) { return !a.year || !b.year || a.year == b.year; }

}  // namespace

void unit_value_mismatch(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (const auto& price : cs) {
    if (price.kind != claim_kind::size || price.per != "unit" || !bounded(price) ||
        !price.currency || price.vague)
      continue;
    std::vector<const claim*> counts, values;
    for (const auto& c : cs) {
      // An open-ended count ("1만 8000대를 넘어설") still makes the product ambiguous.
      if (!near(c, price) || !c.value || c.per || c.vague || c.superseded || c.conversion_of ||
          c.move_base || c.part || !same_time(c, price))
        continue;
      if (c.kind == claim_kind::quantity && c.unit && !c.unit->empty()) counts.push_back(&c);
      if (c.kind == claim_kind::size && c.currency == price.currency && bounded(c) &&
          c.value->point > price.value->point * 100)
        values.push_back(&c);
    }
    // Several counts (this year's and next year's, units and households) leave the product
    // unknown; so do several values of the count's time.
    if (counts.size() != 1) continue;
    const claim& count = *counts.front();
    std::erase_if(values,
                  [&](const claim* v) { return !near(count, *v) || !same_time(count, *v); });
    // A quarter's count times a price is no year's value ("3분기 출하량도 310만대 … 시장 규모는
    // 약 13조원"): with periods that differ, which product is meant is unknown.
    if (std::any_of(values.begin(), values.end(),
                    [&](const claim* v) { return v->part_year != count.part_year; }))
      continue;
    if (values.size() != 1) continue;
    const claim& value = *values.front();
    if (!bounded(count)) continue;
    double low = *count.value->low * *price.value->low;
    double high = *count.value->high * *price.value->high;
    if (*value.value->high >= low && *value.value->low <= high) continue;
    finding f;
    f.rule = info.id;
    f.level = info.default_severity;
    f.message = fill(message_template(info, ctx.lang),
                     {{"count", count.text},
                      {"price", price.text},
                      {"product", money_range(low, high, price.currency, ctx.lang)},
                      {"value", value.text}});
    f.where = value.where;
    f.claims = {count.id, price.id, value.id};
    std::string count_range = interval_text(*count.value, std::nullopt, ctx.lang);
    std::string price_range = interval_text(*price.value, price.currency, ctx.lang);
    static constexpr wording steps{
        .en =
            "{count} ({count_range}) × {price} ({price_range}) = {product}, which {value} misses "
            "even with every rounding. If the value includes other revenue (services, parts), "
            "the text should say so.",
        .ko =
            "{count}({count_range}) × {price}({price_range}) = {product}로, {value}과 반올림을 "
            "모두 감안해도 맞지 않습니다. 다른 매출(서비스, 부품)이 더해진 수치라면 본문에 "
            "밝히세요.",
        .zh =
            "{count}（{count_range}）× {price}（{price_range}）= {product}，即使计入所有四舍五入"
            "也与{value}不符。若该数值包含其他收入（服务、零部件），请在文中注明。",
        .ja =
            "{count}（{count_range}）× {price}（{price_range}）= {product}で、四捨五入をすべて"
            "考慮しても{value}と合いません。他の売上（サービス、部品）を含む数字なら本文に"
            "明記してください。"};
    f.explanation =
        say(steps, ctx.lang, fmt::arg("count", count.text), fmt::arg("count_range", count_range),
            fmt::arg("price", price.text), fmt::arg("price_range", price_range),
            fmt::arg("product", money_range(low, high, price.currency, ctx.lang)),
            fmt::arg("value", value.text));
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
