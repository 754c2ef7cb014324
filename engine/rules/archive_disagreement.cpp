// archive-disagreement: a figure of the text and the same source's figure for the same subject
// and year in an earlier article cannot overlap. The finding names the latest such article, its
// date and sentence, and which side the subject's log-linear trend finds less plausible.
#include <cmath>

#include "consistency/trend.hpp"
#include "rules/archive_match.hpp"
#include "rules/format.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {
namespace {

// The sentence on plausibility: the trend of every other figure of the subject (the text's and
// the archive's, any source and year) at the disputed year, and the side farther from it.
std::string plausibility(const context& ctx, std::size_t figure,
                         const archive::published_claim& p) {
  const claim& c = ctx.claims[figure];
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
  static constexpr wording no_trend{
      .en =
          " No other figures for this subject span two years, so the trend cannot tell which "
          "side is less plausible.",
      .ko =
          " 이 시장의 다른 수치가 두 해 이상에 걸쳐 있지 않아 어느 쪽이 덜 그럴듯한지는 추세로 "
          "가릴 수 없습니다.",
      .zh = "该市场的其他数字未跨越两个以上年份，无法用趋势判断哪一方更不可信。",
      .ja =
          "この市場の他の数字は二年以上にわたらないため、どちらがより疑わしいかは傾向から判断で"
          "きません。"};
  if (!at) return std::string(pick(no_trend, ctx.lang));
  double here = std::abs(std::log(c.value->point) - *at);
  double there = std::abs(std::log(p.figure.value->point) - *at);
  static constexpr wording trend_says{
      .en =
          " The log-linear trend of the subject's {n} other figures puts {year} near {trend}, "
          "so the fit finds {side} the less plausible.",
      .ko =
          " 다른 수치 {n}개의 로그 선형 추세로는 {year}년이 {trend} 안팎이어서 {side} 덜 "
          "그럴듯합니다.",
      .zh = "按其他{n}个数字的对数线性趋势，{year}年约为{trend}，因此{side}更不可信。",
      .ja =
          "他の{n}個の数字の対数線形トレンドでは{year}年は{trend}前後となり、{side}の方が疑わしい"
          "と言えます。"};
  static constexpr wording this_side{
      .en = "this text's figure", .ko = "이 글의 수치가", .zh = "本文的数字", .ja = "本文の数字"};
  static constexpr wording published_side{.en = "the published figure",
                                          .ko = "앞서 실린 수치가",
                                          .zh = "先前发表的数字",
                                          .ja = "既に掲載された数字"};
  return say(trend_says, ctx.lang, fmt::arg("n", points.size()), fmt::arg("year", *c.year),
             fmt::arg("trend", money(std::exp(*at), c.currency, ctx.lang)),
             fmt::arg("side", pick(here > there ? this_side : published_side, ctx.lang)));
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
    static constexpr wording published_in{
        .en =
            "Published in {path} ({date}): \"{sentence}\". Here the figure reads as {here}, "
            "there as {there}; the ranges do not overlap.",
        .ko =
            "앞선 기사: {path} ({date}) \"{sentence}\". 이 글의 수치는 {here}, 앞선 수치는 "
            "{there}(으)로 읽히며 두 범위가 겹치지 않습니다.",
        .zh =
            "先前的文章：{path}（{date}）“{sentence}”。本文的数字读作{here}，先前的数字读作"
            "{there}，两个范围没有重叠。",
        .ja =
            "先行記事：{path}（{date}）「{sentence}」。本文の数字は{here}、先行記事の数字は"
            "{there}と読め、二つの範囲は重なりません。"};
    static constexpr wording more_articles{
        .en =
            " {others} more published article(s) give this source's figure, none overlapping "
            "it.",
        .ko = " 같은 출처의 수치가 겹치지 않는 기사가 {others}건 더 있습니다.",
        .zh = "同一来源的数字与之不重叠的文章还有{others}篇。",
        .ja = "同じ出典の数字が重ならない記事がほかに{others}件あります。"};
    f.explanation =
        say(published_in, ctx.lang, fmt::arg("path", p.path),
            fmt::arg("date", published_date(p, ctx.lang)), fmt::arg("sentence", p.sentence),
            fmt::arg("here", range(c)), fmt::arg("there", range(p.figure)));
    if (conflicting > 1)
      f.explanation += say(more_articles, ctx.lang, fmt::arg("others", conflicting - 1));
    f.explanation += plausibility(ctx, m.figure, p);
    for (const auto* q : m.published)
      if (!q->figure.value->overlaps(*c.value)) f.published.push_back(reference(*q));
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
