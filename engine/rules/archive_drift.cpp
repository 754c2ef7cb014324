// archive-drift: one source's figure for a subject and year changed across published articles,
// and the text repeats one of them without saying it was revised. Info: forecasts are revised,
// but a reader of the series deserves to be told.
#include <algorithm>

#include "rules/archive_match.hpp"
#include "rules/format.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {

void archive_drift(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  for (const auto& m : archive_matches(ctx)) {
    const claim& c = ctx.claims[m.figure];
    const auto& ps = m.published;
    bool agrees = std::any_of(ps.begin(), ps.end(),
                              [&](const auto* p) { return p->figure.value->overlaps(*c.value); });
    bool drifted = false;
    for (std::size_t a = 0; a < ps.size() && !drifted; ++a)
      for (std::size_t b = a + 1; b < ps.size() && !drifted; ++b)
        drifted =
            ps[a]->path != ps[b]->path && !ps[a]->figure.value->overlaps(*ps[b]->figure.value);
    if (!agrees || !drifted) continue;  // no agreement at all is archive-disagreement's
    // One entry per article, oldest first (the store's order), at most five.
    std::string list;
    std::vector<std::string> seen;
    finding f;
    for (const auto* p : ps) {
      if (std::find(seen.begin(), seen.end(), p->path) != seen.end() || seen.size() == 5) continue;
      seen.push_back(p->path);
      static constexpr wording item{
          .en = "{value} ({date})", .zh = "{value}（{date}）", .ja = "{value}（{date}）"};
      static constexpr wording comma{.en = ", ", .zh = "、", .ja = "、"};
      if (!list.empty()) list += pick(comma, ctx.lang);
      list += say(item, ctx.lang,
                  fmt::arg("value", money(p->figure.value->point, p->figure.currency, ctx.lang)),
                  fmt::arg("date", published_date(*p, ctx.lang)));
      f.published.push_back(reference(*p));
    }
    f.rule = info.id;
    f.level = info.default_severity;
    f.message = fill(message_template(info, ctx.lang), {{"source", *c.source},
                                                        {"year", std::to_string(*c.year)},
                                                        {"subject", c.subject.value_or("")},
                                                        {"list", list}});
    f.where = c.where;
    f.claims = {c.id};
    static constexpr wording matches_some{
        .en =
            "This text's {here} matches only some of the published articles. If the source "
            "revised its forecast, say so (for example \"raised its forecast\").",
        .ko =
            "이 글의 {here_neun} 앞선 기사 중 일부와만 맞습니다. 출처가 전망을 바꿨다면 본문에 "
            "그렇게 적어 주세요(예: \"상향 조정\").",
        .zh =
            "本文的{here}只与部分先前的文章相符。若来源修改了预测，请在文中注明（例如“上调预测”"
            "）。",
        .ja =
            "本文の{here}は先行記事の一部としか一致しません。出典が予測を改めたのなら、本文にそう"
            "書いてください（例：「上方修正」）。"};
    std::string here = money(c.value->point, c.currency, ctx.lang);
    f.explanation = say(matches_some, ctx.lang, fmt::arg("here", here),
                        fmt::arg("here_neun", josa(here, "는")));
    for (const auto& p : f.published)  // the articles listed, each once
      f.explanation += " " + p.path + " (" + (p.published ? p.published->iso() : "-") + "): \"" +
                       p.sentence + "\"";
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
