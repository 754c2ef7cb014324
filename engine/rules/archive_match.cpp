// Matching the text's figures with published ones. Only a named source's own figures are
// matched: two sources may differ, but one source's figure for a year should not change
// between articles without the text saying so (issue 17).
#include "rules/archive_match.hpp"

#include "rules/pairs.hpp"
#include "rules/wording.hpp"

namespace fc::rules {

std::vector<archive_match> archive_matches(const context& ctx) {
  std::vector<archive_match> out;
  if (!ctx.published || ctx.published->empty()) return out;
  for (std::size_t i = 0; i < ctx.claims.size(); ++i) {
    const claim& c = ctx.claims[i];
    if (!consistency::comparable_figures(c, c) || c.part_year || c.part || !c.source ||
        c.says_revision)
      continue;
    archive_match m{i, {}};
    for (const auto& p : *ctx.published)
      if (p.comparable && p.figure.year == c.year && consistency::same_measure(p.figure, c) &&
          same_source(p.figure.source, c.source))
        m.published.push_back(&p);
    if (!m.published.empty()) out.push_back(std::move(m));
  }
  return out;
}

published_ref reference(const archive::published_claim& p) {
  return {p.path, p.title, p.published, p.figure.id, p.figure.text, p.sentence, p.figure.where};
}

std::string published_date(const archive::published_claim& p, const std::string& lang) {
  if (p.published) return p.published->iso();
  static constexpr wording undated{
      .en = "undated", .ko = "날짜 미상", .zh = "日期不详", .ja = "日付不明"};
  return std::string(pick(undated, lang));
}

std::string article_name(const archive::published_claim& p) {
  return p.title.empty() ? p.path : "\"" + p.title + "\" (" + p.path + ")";
}

}  // namespace fc::rules
