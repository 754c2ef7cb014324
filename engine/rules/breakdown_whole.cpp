// part-exceeds-whole, for a breakdown: a part bound to its whole ("이 중 …", "of which", a list
// after "split into" or "By region,") above that whole, or the items of one list adding up to
// more than it, each at its lowest reading against the whole at its highest.
#include <algorithm>
#include <map>

#include "rules/format.hpp"
#include "rules/rule.hpp"

namespace fc::rules {
namespace {

bool readable(const claim& c) { return c.value && c.value->low && c.value->high && !c.vague; }

std::string join_names(const std::vector<const claim*>& parts, bool ko) {
  // Parts the text gives no names of their own go by their figures.
  bool named = std::all_of(parts.begin(), parts.end(), [&](const claim* p) {
    return p->subject && !p->subject->empty() &&
           (parts.size() == 1 || p == parts.front() || p->subject != parts.front()->subject);
  });
  std::string out;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (k) out += k + 1 == parts.size() ? (ko ? ", " : " and ") : ", ";
    out += named ? *parts[k]->subject : parts[k]->text;
  }
  return out;
}

finding exceeds(const context& ctx, const rule_info& info, const claim& whole,
                const std::vector<const claim*>& parts) {
  bool ko = ctx.lang == "ko";
  double low = 0, point = 0;
  std::string readings;
  for (const claim* p : parts) {
    low += *p->value->low;
    point += p->value->point;
    if (!readings.empty()) readings += ", ";
    readings += (p->subject && !p->subject->empty() ? *p->subject + " " : std::string()) +
                interval_text(*p->value, p->currency, ctx.lang);
  }
  std::string whole_name = whole.subject.value_or(ko ? "전체" : "the total");
  std::string part_name = parts.size() == 1 ? join_names(parts, ko)
                          : ko              ? join_names(parts, ko) + " 합계"
                                            : join_names(parts, ko) + " together";
  finding f;
  f.rule = info.id;
  f.level = info.default_severity;
  f.message =
      fill(message_template(info, ctx.lang),
           {{"part", part_name},
            {"whole", whole_name},
            {"in_year", whole.year ? " in " + std::to_string(*whole.year) : std::string()},
            {"year_prefix", whole.year ? std::to_string(*whole.year) + "년 " : std::string()},
            {"part_value", money(point, parts.front()->currency, ctx.lang)},
            {"whole_value", money(whole.value->point, whole.currency, ctx.lang)}});
  f.where = parts.back()->where;
  f.claims.push_back(whole.id);
  for (const claim* p : parts) f.claims.push_back(p->id);
  std::string whole_range = interval_text(*whole.value, whole.currency, ctx.lang);
  std::string high = money(*whole.value->high, whole.currency, ctx.lang);
  std::string sum = money(low, parts.front()->currency, ctx.lang);
  f.explanation =
      ko ? "부분은 " + readings + ", 전체(" + whole_name + ")는 " + whole_range +
               "(으)로 읽힙니다. 부분의 하한" + (parts.size() > 1 ? " 합계 " : " ") + sum +
               " > 전체의 상한 " + high + "이므로 부분이 전체보다 큽니다."
         : "The parts read as " + readings + " and the whole (" + whole_name + ") as " +
               whole_range + ": the part" +
               (parts.size() > 1 ? "s' lower bounds add up to " : "'s lower bound is ") + sum +
               ", above the whole's upper bound " + high + ".";
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
