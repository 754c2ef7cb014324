// part-exceeds-whole: a region's figure above the global figure of the same product and year
// ("중국 클라우드 시장" over "글로벌 클라우드 시장"). Only same-year figures are compared: a
// growing whole bounds a later part only with proof the text rarely gives. The hierarchy's
// words are data (rules/subject-hierarchy.toml).
#include <algorithm>
#include <cctype>

#include "claims/assemble.hpp"
#include "consistency/growth_check.hpp"
#include "rules/format.hpp"
#include "rules/pairs.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"
#include "support/utf8.hpp"

namespace fc::rules {
namespace {

enum class level { none, whole, region };

std::string lower(std::string_view s) { return utf8::ascii_lowered(s); }

// The subject's level and the product after its opening word ("클라우드 시장"); the product
// is normalized like a subject key so that spelling variants meet.
std::pair<level, std::string> split(const std::string& display) {
  const auto& h = shipped_subject_hierarchy();
  std::string d = lower(display);
  auto match = [&](const std::vector<std::string>& words) -> std::optional<std::string> {
    std::size_t best = 0;
    for (const auto& w : words) {
      if (d.size() > w.size() + 1 && d.starts_with(w) && d[w.size()] == ' ')
        best = std::max(best, w.size());
    }
    if (!best) return std::nullopt;
    return claims::normalize_subject(display.substr(best + 1));
  };
  // Generic products ("시장", "market") name nothing to compare.
  auto product_ok = [](const std::string& p) {
    return !p.empty() && p != claims::normalize_subject("시장") &&
           p != claims::normalize_subject("market");
  };
  if (auto p = match(h.wholes); p && product_ok(*p)) return {level::whole, *p};
  if (auto p = match(h.regions); p && product_ok(*p)) return {level::region, *p};
  return {level::none, ""};
}

}  // namespace

finding part_above_whole(const context& ctx, const rule_info& info, const claim& pc,
                         const claim& wc, std::string_view because) {
  static constexpr wording year_prefix{
      .en = "{year} ", .ko = "{year}년 ", .zh = "{year}年", .ja = "{year}年"};
  finding f;
  f.rule = info.id;
  f.level = info.default_severity;
  f.message = fill(message_template(info, ctx.lang),
                   {{"part", pc.subject.value_or("")},
                    {"whole", wc.subject.value_or("")},
                    {"in_year", " in " + std::to_string(*pc.year)},
                    {"year_prefix", say(year_prefix, ctx.lang, fmt::arg("year", *pc.year))},
                    {"part_value", money(pc.value->point, pc.currency, ctx.lang)},
                    {"whole_value", money(wc.value->point, wc.currency, ctx.lang)}});
  f.where = pc.where.start > wc.where.start ? pc.where : wc.where;
  f.claims =
      pc.where.start < wc.where.start ? std::vector{pc.id, wc.id} : std::vector{wc.id, pc.id};
  static constexpr wording steps{
      .en =
          "{part} ({year}) reads as {part_range} and {whole} as {whole_range}: the part's "
          "lower bound {part_low} > the whole's upper bound {whole_high}.",
      .ko =
          "{part}({year}년)은 {part_range}, {whole}은 {whole_range}(으)로 읽힙니다. 부분의 "
          "하한 {part_low} > 전체의 상한 {whole_high}: 부분이 전체보다 큽니다.",
      .zh =
          "{part}（{year}年）读作{part_range}，{whole}读作{whole_range}。部分的下限{part_low} "
          "> 总体的上限{whole_high}，因此部分大于总体。",
      .ja =
          "{part}（{year}年）は{part_range}、{whole}は{whole_range}と読めます。部分の下限"
          "{part_low} > 全体の上限{whole_high}なので、部分が全体より大きくなります。"};
  f.explanation = std::string(because) +
                  say(steps, ctx.lang, fmt::arg("part", *pc.subject), fmt::arg("year", *pc.year),
                      fmt::arg("part_range", interval_text(*pc.value, pc.currency, ctx.lang)),
                      fmt::arg("whole", *wc.subject),
                      fmt::arg("whole_range", interval_text(*wc.value, wc.currency, ctx.lang)),
                      fmt::arg("part_low", money(*pc.value->low, pc.currency, ctx.lang)),
                      fmt::arg("whole_high", money(*wc.value->high, wc.currency, ctx.lang)));
  return f;
}

void part_exceeds_whole(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  breakdown_exceeds_whole(ctx, info, out);
  country_exceeds_region(ctx, info, out);
  const auto& cs = ctx.claims;
  std::vector<std::pair<level, std::string>> levels(cs.size());
  // "국내 … 시장은 3조1000억원(약 23억 달러)": a conversion is the region's figure in the
  // whole's currency.
  for (std::size_t i = 0; i < cs.size(); ++i)
    if (comparable_with_conversions(cs[i], cs[i]) && cs[i].subject && !cs[i].part &&
        !cs[i].part_year && cs[i].value->low && cs[i].value->high)
      levels[i] = split(*cs[i].subject);
  for (std::size_t p = 0; p < cs.size(); ++p) {
    if (levels[p].first != level::region) continue;
    // The whole of the same product, currency and year with the lowest upper bound.
    std::optional<std::size_t> whole;
    for (std::size_t w = 0; w < cs.size(); ++w)
      if (levels[w].first == level::whole && levels[w].second == levels[p].second &&
          cs[w].year == cs[p].year && cs[w].currency == cs[p].currency &&
          cs[w].unit == cs[p].unit && cs[w].kind == cs[p].kind &&
          (!whole || *cs[w].value->high < *cs[*whole].value->high))
        whole = w;
    if (!whole || *cs[p].value->low <= *cs[*whole].value->high) continue;
    out.push_back(part_above_whole(ctx, info, cs[p], cs[*whole]));
  }
}

}  // namespace fc::rules
