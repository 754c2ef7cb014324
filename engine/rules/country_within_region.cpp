// part-exceeds-whole for a country inside its region: "아시아태평양이 약 110억달러 … 그중에서도
// 중국이 약 130억달러", "Asia-Pacific at $11 billion … China alone at $13 billion". A country's
// figure above its region's, for one year, source and measure, is a part above its whole,
// whichever list each was named in. Which country lies in which region is data
// (rules/subject-hierarchy.toml, `within`).
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

// The word of `words` the subject is named by, whole or as its first word, and the rest of
// the subject after it ("china cloud market" → "cloudmarket"); nullopt when none.
std::optional<std::string> named_by(const std::string& display,
                                    const std::vector<std::string>& words) {
  std::string d = utf8::ascii_lowered(display);
  for (const auto& w : words) {
    if (d == w) return std::string();
    if (d.size() > w.size() + 1 && d.starts_with(w) && d[w.size()] == ' ')
      return claims::normalize_subject(display.substr(w.size() + 1));
  }
  return std::nullopt;
}

bool level(const claim& c) {
  return c.subject && c.year && c.value && c.value->low && c.value->high && !c.conversion_of &&
         !c.superseded && !c.scenario && !c.part_year && consistency::comparable_figures(c, c);
}

}  // namespace

void country_exceeds_region(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  const auto& hierarchy = shipped_subject_hierarchy();
  const auto& regions = hierarchy.regions_within;
  // Each figure's region and country names, read once: per figure and region, the rest of its
  // subject after the region's name and after a country's.
  std::vector<std::vector<std::optional<std::string>>> as_region(cs.size()), as_member(cs.size());
  for (std::size_t i = 0; i < cs.size(); ++i) {
    if (!level(cs[i])) continue;
    std::string lowered = utf8::ascii_lowered(*cs[i].subject);
    bool excluding =
        std::any_of(hierarchy.exclusions.begin(), hierarchy.exclusions.end(),
                    [&](const std::string& x) { return lowered.find(x) != std::string::npos; });
    for (const auto& within : regions) {
      as_region[i].push_back(excluding ? std::nullopt : named_by(*cs[i].subject, within.region));
      as_member[i].push_back(named_by(*cs[i].subject, within.members));
    }
  }
  // A pair the breakdown check has reported already ("그중에서도 중국" bound to its region).
  auto reported = [&](const claim& a, const claim& b) {
    return std::any_of(out.begin(), out.end(), [&](const finding& f) {
      return f.rule == info.id &&
             std::find(f.claims.begin(), f.claims.end(), a.id) != f.claims.end() &&
             std::find(f.claims.begin(), f.claims.end(), b.id) != f.claims.end();
    });
  };
  for (std::size_t r = 0; r < cs.size(); ++r)
    for (std::size_t w = 0; w < as_region[r].size(); ++w) {
      const auto& region_rest = as_region[r][w];
      if (!region_rest) continue;
      const claim& wc = cs[r];
      // Claims are in text order: the figures within two sentences are the region's neighbours.
      std::size_t lo = r, hi = r;
      while (lo > 0 && cs[lo - 1].sentence + 2 >= wc.sentence) --lo;
      while (hi < cs.size() && cs[hi].sentence <= wc.sentence + 2) ++hi;
      for (std::size_t p = lo; p < hi; ++p) {
        const claim& pc = cs[p];
        if (as_member[p].empty() || !as_member[p][w] || pc.year != wc.year ||
            pc.currency != wc.currency || pc.unit != wc.unit || pc.kind != wc.kind ||
            pc.source != wc.source)
          continue;
        const std::string& member_rest = *as_member[p][w];
        // Named alone, a country or region is the product of the text; named with one, the
        // same product on both sides.
        if (!member_rest.empty() && !region_rest->empty() && member_rest != *region_rest) continue;
        if (*pc.value->low <= *wc.value->high || reported(pc, wc)) continue;
        static constexpr wording lies_within{.en = "{part} lies within {whole}. ",
                                             .ko = "{part}은(는) {whole}에 속합니다. ",
                                             .zh = "{part}属于{whole}。",
                                             .ja = "{part}は{whole}に含まれます。"};
        out.push_back(part_above_whole(ctx, info, pc, wc,
                                       say(lies_within, ctx.lang, fmt::arg("part", *pc.subject),
                                           fmt::arg("whole", *wc.subject))));
      }
    }
}

}  // namespace fc::rules
