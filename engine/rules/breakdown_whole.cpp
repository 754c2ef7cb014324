// part-exceeds-whole, for a breakdown: a part bound to its whole ("이 중 …", "of which", a list
// after "split into" or "By region,") above that whole, or the items of one list adding up to
// more than it, each at its lowest reading against the whole at its highest.
#include <algorithm>
#include <map>

#include "rules/format.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {
namespace {

bool readable(const claim& c) { return c.value && c.value->low && c.value->high && !c.vague; }

std::string join_names(const std::vector<const claim*>& parts, const std::string& lang) {
  static constexpr wording last_separator{.en = " and ", .ko = ", ", .zh = "和", .ja = "と"};
  static constexpr wording separator{.en = ", ", .zh = "、", .ja = "、"};
  // Parts the text gives no names of their own go by their figures.
  bool named = std::all_of(parts.begin(), parts.end(), [&](const claim* p) {
    return p->subject && !p->subject->empty() &&
           (parts.size() == 1 || p == parts.front() || p->subject != parts.front()->subject);
  });
  std::string out;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (k) out += pick(k + 1 == parts.size() ? last_separator : separator, lang);
    out += named ? *parts[k]->subject : parts[k]->text;
  }
  return out;
}

finding exceeds(const context& ctx, const rule_info& info, const claim& whole,
                const std::vector<const claim*>& parts) {
  static constexpr wording reading_gap{.en = " ", .zh = "", .ja = ""};
  static constexpr wording reading_separator{.en = ", ", .zh = "，", .ja = "、"};
  double low = 0, point = 0;
  std::string readings;
  for (const claim* p : parts) {
    low += *p->value->low;
    point += p->value->point;
    if (!readings.empty()) readings += pick(reading_separator, ctx.lang);
    readings +=
        (p->subject && !p->subject->empty() ? *p->subject + std::string(pick(reading_gap, ctx.lang))
                                            : std::string()) +
        interval_text(*p->value, p->currency, ctx.lang);
  }
  static constexpr wording the_total{.en = "the total", .ko = "전체", .zh = "总体", .ja = "全体"};
  static constexpr wording together{
      .en = "{parts} together", .ko = "{parts} 합계", .zh = "{parts}合计", .ja = "{parts}の合計"};
  static constexpr wording year_prefix{
      .en = "{year} ", .ko = "{year}년 ", .zh = "{year}年", .ja = "{year}年"};
  std::string whole_name = whole.subject.value_or(std::string(pick(the_total, ctx.lang)));
  std::string part_name = join_names(parts, ctx.lang);
  if (parts.size() > 1) part_name = say(together, ctx.lang, fmt::arg("parts", part_name));
  finding f;
  f.rule = info.id;
  f.level = info.default_severity;
  f.message =
      fill(message_template(info, ctx.lang),
           {{"part", part_name},
            {"whole", whole_name},
            {"in_year", whole.year ? " in " + std::to_string(*whole.year) : std::string()},
            {"year_prefix", whole.year ? say(year_prefix, ctx.lang, fmt::arg("year", *whole.year))
                                       : std::string()},
            {"part_value", money(point, parts.front()->currency, ctx.lang)},
            {"whole_value", money(whole.value->point, whole.currency, ctx.lang)}});
  f.where = parts.back()->where;
  f.claims.push_back(whole.id);
  for (const claim* p : parts) f.claims.push_back(p->id);
  // One part, or a list whose lower bounds are summed.
  static constexpr wording one_part{
      .en =
          "The parts read as {readings} and the whole ({whole}) as {whole_range}: the part's "
          "lower bound is {sum}, above the whole's upper bound {high}.",
      .ko =
          "부분은 {readings}, 전체({whole})는 {whole_range}(으)로 읽힙니다. 부분의 하한 {sum} "
          "> 전체의 상한 {high}이므로 부분이 전체보다 큽니다.",
      .zh =
          "部分读作{readings}，总体（{whole}）读作{whole_range}。部分的下限{sum} > 总体的上限"
          "{high}，因此部分大于总体。",
      .ja =
          "部分は{readings}、全体（{whole}）は{whole_range}と読めます。部分の下限{sum} > "
          "全体の上限{high}なので、部分が全体より大きくなります。"};
  static constexpr wording parts_sum{
      .en =
          "The parts read as {readings} and the whole ({whole}) as {whole_range}: the parts' "
          "lower bounds add up to {sum}, above the whole's upper bound {high}.",
      .ko =
          "부분은 {readings}, 전체({whole})는 {whole_range}(으)로 읽힙니다. 부분의 하한 합계 "
          "{sum} > 전체의 상한 {high}이므로 부분이 전체보다 큽니다.",
      .zh =
          "部分读作{readings}，总体（{whole}）读作{whole_range}。部分下限之和{sum} > 总体的"
          "上限{high}，因此部分大于总体。",
      .ja =
          "部分は{readings}、全体（{whole}）は{whole_range}と読めます。部分の下限の合計{sum} "
          "> 全体の上限{high}なので、部分が全体より大きくなります。"};
  f.explanation =
      say(parts.size() > 1 ? parts_sum : one_part, ctx.lang, fmt::arg("readings", readings),
          fmt::arg("whole", whole_name),
          fmt::arg("whole_range", interval_text(*whole.value, whole.currency, ctx.lang)),
          fmt::arg("sum", money(low, parts.front()->currency, ctx.lang)),
          fmt::arg("high", money(*whole.value->high, whole.currency, ctx.lang)));
  return f;
}

}  // namespace

void breakdown_exceeds_whole(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  std::map<std::string, std::size_t> by_id;
  for (std::size_t i = 0; i < cs.size(); ++i) by_id.emplace(cs[i].id, i);
  // Parts by whole and list; a part outside any list is a list of its own. A figure given to
  // several sources is one part.
  std::map<std::pair<std::string, std::size_t>, std::vector<const claim*>> lists;
  for (std::size_t i = 0; i < cs.size(); ++i) {
    const claim& p = cs[i];
    if (!p.whole_of || !readable(p)) continue;
    std::vector<const claim*>& list =
        lists.try_emplace({*p.whole_of, p.partition ? p.partition : cs.size() + i}).first->second;
    bool listed = false;
    for (const claim* q : list) listed = listed || q->where.start == p.where.start;
    if (!listed) list.push_back(&p);
  }
  for (const auto& [key, parts] : lists) {
    auto w = by_id.find(key.first);
    if (w == by_id.end()) continue;
    const claim& whole = cs[w->second];
    if (!readable(whole) || whole.currency != parts.front()->currency) continue;
    // One part above the whole is its own finding; otherwise the list's sum.
    bool single = false;
    for (const claim* p : parts)
      if (*p->value->low > *whole.value->high) {
        out.push_back(exceeds(ctx, info, whole, {p}));
        single = true;
      }
    double low = 0;
    for (const claim* p : parts) low += *p->value->low;
    if (!single && parts.size() > 1 && low > *whole.value->high)
      out.push_back(exceeds(ctx, info, whole, parts));
  }
}

}  // namespace fc::rules
