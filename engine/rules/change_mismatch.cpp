// change-mismatch: "A에서 B로 N배/N% 증가" — the stated change must fit the ratio of the two
// figures it links, read with both figures' rounding.
#include <fmt/format.h>

#include "consistency/growth_check.hpp"
#include "rules/format.hpp"
#include "rules/pairs.hpp"
#include "rules/rule.hpp"

namespace fc::rules {
namespace {

std::string factor_text(double v) { return fmt::format("{:.3g}", v); }

}  // namespace

void change_mismatch(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (const auto& group : sentence_groups(cs)) {
    const auto& ids = group;
    std::vector<std::size_t> figures, changes, leading;
    for (auto i : ids) {
      if (consistency::comparable_figures(cs[i], cs[i]) && !cs[i].conversion_of) figures.push_back(i);
      bool factor = cs[i].kind == claim_kind::change && cs[i].rate_of == rate_kind::factor;
      bool total = cs[i].kind == claim_kind::growth && cs[i].rate_of == rate_kind::total;
      if (factor || total) (figures.empty() ? leading : changes).push_back(i);
    }
    if (figures.size() != 2 || changes.size() + leading.size() != 1) continue;
    const claim& a = cs[figures[0]];
    const claim& b = cs[figures[1]];
    // "A에서 B로 20% 증가", "from A to B, up 20%": the change follows both figures; "doubled
    // from A to B", "grew 20% from A to B": it comes first and A is the move's written base.
    const claim& c = cs[changes.empty() ? leading[0] : changes[0]];
    if (!consistency::comparable_figures(a, b) || *a.year == *b.year) continue;
    if (changes.empty() ? !a.move_base : c.where.start < b.where.end) continue;
    const claim& earlier = *a.year < *b.year ? a : b;
    const claim& later = *a.year < *b.year ? b : a;
    auto r = ratio(*later.value, *earlier.value);
    if (!r) continue;
    interval stated = *c.rate;
    if (c.rate_of != rate_kind::factor) {  // a percent change is the factor 1 + r
      stated.point += 1;
      if (stated.low) *stated.low += 1;
      if (stated.high) *stated.high += 1;
    }
    if (overlaps(stated, r->first, r->second)) continue;
    double implied = later.value->point / earlier.value->point;
    finding f;
    f.rule = info.id;
    f.level = info.default_severity;
    std::string stated_text = c.rate_of == rate_kind::factor ? c.text : c.text + " (×" + factor_text(stated.point) + ")";
    f.message = fill(message_template(info, ctx.lang),
                     {{"implied", factor_text(implied)}, {"stated", stated_text}});
    f.where = c.where;
    f.claims = {earlier.id, later.id, c.id};
    f.explanation =
        ctx.lang == "ko"
            ? fmt::format("{} ÷ {} = {}배 (반올림을 감안하면 {}~{}배)이고, {}는 {}~{}배를 뜻합니다.",
                          money(later.value->point, later.currency, "ko"),
                          money(earlier.value->point, earlier.currency, "ko"), factor_text(implied),
                          factor_text(r->first), factor_text(r->second), c.text,
                          stated.low ? factor_text(*stated.low) : "−", stated.high ? factor_text(*stated.high) : "∞")
            : fmt::format("{} / {} = ×{} (×{} to ×{} with rounding); {} means ×{} to ×{}.",
                          money(later.value->point, later.currency, "en"),
                          money(earlier.value->point, earlier.currency, "en"), factor_text(implied),
                          factor_text(r->first), factor_text(r->second), c.text,
                          stated.low ? factor_text(*stated.low) : "−", stated.high ? factor_text(*stated.high) : "∞");
    expected_value ex;
    double offset = c.rate_of == rate_kind::factor ? 0 : 1;
    ex.rate = interval{implied - offset, r->first - offset, r->second - offset};
    f.expected = ex;
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
