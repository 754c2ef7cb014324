// archive-disagreement: a figure of the text and the same source's figure for the same subject
// and year in an earlier article cannot overlap. The finding names the latest such article, its
// date and sentence, and which side the subject's log-linear trend finds less plausible.
#include <cmath>

#include "consistency/trend.hpp"
#include "rules/archive_match.hpp"
#include "rules/format.hpp"
#include "rules/rule.hpp"

namespace fc::rules {
namespace {

// The sentence on plausibility: the trend of every other figure of the subject (the text's and
// the archive's, any source and year) at the disputed year, and the side farther from it.
std::string plausibility(const context& ctx, std::size_t figure,
                         const archive::published_claim& p) {
  const claim& c = ctx.claims[figure];
  bool ko = ctx.lang == "ko";
  std::vector<std::pair<int, double>> points;
  for (std::size_t i = 0; i < ctx.claims.size(); ++i) {
    const claim& o = ctx.claims[i];
    if (i != figure && consistency::comparable_figures(o, c) && o.text != c.text)
      points.emplace_back(*o.year, o.value->point);
  }
  bool skipped = false;  // the published figure under dispute is one of the trend points
  if (ctx.trend)
    for (const auto& q : *ctx.trend) {
      if (q.subject_key != c.subject_key || q.kind != to_string(c.kind) ||
          q.currency != c.currency || q.unit != c.unit)
        continue;
      if (!skipped && q.path == p.path && q.year == *p.figure.year &&
          q.value == p.figure.value->point) {
        skipped = true;
        continue;
      }
      points.emplace_back(q.year, q.value);
    }
  auto at = consistency::log_trend_at(points, *c.year);
  if (!at)
    return ko ? " 이 시장의 다른 수치가 두 해 이상에 걸쳐 있지 않아 어느 쪽이 덜 그럴듯한지는 "
                "추세로 가릴 수 없습니다."
              : " No other figures for this subject span two years, so the trend cannot tell "
                "which side is less plausible.";
  double here = std::abs(std::log(c.value->point) - *at);
  double there = std::abs(std::log(p.figure.value->point) - *at);
  std::string trend = money(std::exp(*at), c.currency, ctx.lang);
  std::string n = std::to_string(points.size());
  if (ko)
    return " 다른 수치 " + n + "개의 로그 선형 추세로는 " + std::to_string(*c.year) + "년이 " +
           trend + " 안팎이어서 " +
           (here > there ? "이 글의 수치가 덜 그럴듯합니다." : "앞서 실린 수치가 덜 그럴듯합니다.");
  return " The log-linear trend of the subject's " + n + " other figures puts " +
         std::to_string(*c.year) + " near " + trend + ", so the fit finds " +
         (here > there ? "this text's figure" : "the published figure") + " the less plausible.";
}

}  // namespace

void archive_disagreement(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  for (const auto& m : archive_matches(ctx)) {
    const claim& c = ctx.claims[m.figure];
    const archive::published_claim* latest = nullptr;
    std::size_t conflicting = 0;
    bool agrees = false;
    for (const auto* p : m.published) {
      if (p->figure.value->overlaps(*c.value)) {
        agrees = true;
        continue;
      }
      ++conflicting;
      if (!latest ||
          (p->published && (!latest->published || latest->published->iso() <= p->published->iso())))
        latest = p;
    }
    if (agrees || !latest) continue;  // a figure that matches one article is archive-drift's
    const auto& p = *latest;
    finding f;
    f.rule = info.id;
    f.level = info.default_severity;
    f.message = fill(message_template(info, ctx.lang),
                     {{"source", *c.source},
                      {"year", std::to_string(*c.year)},
                      {"subject", c.subject.value_or("")},
                      {"draft", money(c.value->point, c.currency, ctx.lang)},
                      {"published", money(p.figure.value->point, p.figure.currency, ctx.lang)},
                      {"date", published_date(p, ctx.lang)},
                      {"article", article_name(p)}});
    f.where = c.where;
    f.claims = {c.id};
    auto range = [&](const claim& x) { return interval_text(*x.value, x.currency, ctx.lang); };
    bool ko = ctx.lang == "ko";
    std::string others = std::to_string(conflicting - 1);
    f.explanation =
        ko ? "앞선 기사: " + p.path + " (" + published_date(p, ctx.lang) + ") \"" + p.sentence +
                 "\". 이 글의 수치는 " + range(c) + ", 앞선 수치는 " + range(p.figure) +
                 "(으)로 읽히며 두 범위가 겹치지 않습니다." +
                 (conflicting > 1
                      ? " 같은 출처의 수치가 겹치지 않는 기사가 " + others + "건 더 있습니다."
                      : "")
           : "Published in " + p.path + " (" + published_date(p, ctx.lang) + "): \"" + p.sentence +
                 "\". Here the figure reads as " + range(c) + ", there as " + range(p.figure) +
                 "; the ranges do not overlap." +
                 (conflicting > 1 ? " " + others +
                                        " more published article(s) give this source's figure, "
                                        "none overlapping it."
                                  : "");
    f.explanation += plausibility(ctx, m.figure, p);
    for (const auto* q : m.published)
      if (!q->figure.value->overlaps(*c.value)) f.published.push_back(reference(*q));
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
