// source-disagreement: estimates of one market and year from different named sources whose
// intervals cannot all overlap. One finding names every source and figure: a reader weighs the
// whole spread, not each pair. A source contradicting itself stays figure-disagreement's.
// agreement-mismatch: the same spread, where the text says the sources agree.
#include <algorithm>

#include "rules/format.hpp"
#include "rules/pairs.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {
namespace {

// One source's figures in the group, read as the hull of them all (its own contradictions are
// figure-disagreement's, never counted twice here).
struct estimate {
  std::string source;
  std::vector<std::size_t> claims;
  double low = 0, high = 0;
};

// Every subject and year whose sources' estimates cannot all hold, with whether the text says
// they agree.
struct disagreement {
  std::vector<std::size_t> members;
  std::vector<estimate> estimates;
  std::size_t top = 0, bottom = 0;  ///< the estimates with the highest low, the lowest high
  bool said_to_agree = false;
  bool one_sentence = true;
};

std::vector<disagreement> disagreements(const std::vector<claim>& cs) {
  std::vector<disagreement> out;
  for (const auto& members : figure_groups(cs)) {
    disagreement d;
    d.members = members;
    for (auto i : members) {
      if (!cs[i].source || !cs[i].value->low || !cs[i].value->high) continue;
      d.said_to_agree = d.said_to_agree || cs[i].says_agreement;
      d.one_sentence = d.one_sentence && cs[i].sentence == cs[members[0]].sentence;
      auto same = std::find_if(d.estimates.begin(), d.estimates.end(), [&](const estimate& e) {
        return same_source(e.source, cs[i].source);
      });
      if (same == d.estimates.end()) {
        d.estimates.push_back({*cs[i].source, {i}, *cs[i].value->low, *cs[i].value->high});
        continue;
      }
      same->claims.push_back(i);
      same->low = std::min(same->low, *cs[i].value->low);
      same->high = std::max(same->high, *cs[i].value->high);
    }
    if (d.estimates.size() < 2) continue;
    auto top = std::max_element(d.estimates.begin(), d.estimates.end(),
                                [](auto& a, auto& b) { return a.low < b.low; });
    auto bottom = std::min_element(d.estimates.begin(), d.estimates.end(),
                                   [](auto& a, auto& b) { return a.high < b.high; });
    if (top->low <= bottom->high) continue;  // one value lies in every estimate
    d.top = static_cast<std::size_t>(top - d.estimates.begin());
    d.bottom = static_cast<std::size_t>(bottom - d.estimates.begin());
    out.push_back(std::move(d));
  }
  return out;
}

finding spread(const context& ctx, const rule_info& info, const disagreement& d) {
  const auto& cs = ctx.claims;
  const auto& estimates = d.estimates;
  const estimate* top = &estimates[d.top];
  const estimate* bottom = &estimates[d.bottom];
  const claim& first = cs[d.members[0]];
  std::string list, ranges;
  // The list's punctuation as the language writes it.
  static constexpr wording item{
      .en = "{value} ({source})", .zh = "{value}（{source}）", .ja = "{value}（{source}）"};
  static constexpr wording comma{.en = ", ", .zh = "、", .ja = "、"};
  static constexpr wording source_range{
      .en = "{source}: {range}", .zh = "{source}：{range}", .ja = "{source}：{range}"};
  static constexpr wording semicolon{.en = "; ", .zh = "；", .ja = "；"};
  finding f;
  for (const auto& e : estimates) {
    const claim& c = cs[e.claims.front()];
    if (!list.empty()) list += pick(comma, ctx.lang);
    list += say(item, ctx.lang, fmt::arg("value", money(c.value->point, c.currency, ctx.lang)),
                fmt::arg("source", e.source));
    if (!ranges.empty()) ranges += pick(semicolon, ctx.lang);
    ranges += say(source_range, ctx.lang, fmt::arg("source", e.source),
                  fmt::arg("range", money_range(e.low, e.high, c.currency, ctx.lang)));
    for (auto i : e.claims) f.claims.push_back(cs[i].id);
  }
  std::sort(f.claims.begin(), f.claims.end(), [&](const std::string& a, const std::string& b) {
    return std::stoul(a.substr(1)) < std::stoul(b.substr(1));
  });
  f.rule = info.id;
  f.level = info.default_severity;
  f.message = fill(message_template(info, ctx.lang), {{"count", std::to_string(estimates.size())},
                                                      {"year", std::to_string(*first.year)},
                                                      {"subject", first.subject.value_or("")},
                                                      {"list", list}});
  std::size_t last = d.members[0];
  for (const auto& e : estimates) last = std::max(last, e.claims.back());
  f.where = cs[last].where;
  std::string hi = money(top->low, first.currency, ctx.lang);
  std::string lo = money(bottom->high, first.currency, ctx.lang);
  static constexpr wording no_common_value{
      .en =
          "Ranges by source: {ranges}. The lower bound of {top} ({hi}) is above the upper bound "
          "of {bottom} ({lo}), so no value lies in every estimate.",
      .ko =
          "출처별 범위: {ranges}. {top}의 하한 {hi}이 {bottom}의 상한 {lo}보다 커서 모든 "
          "추정에 들어가는 값이 없습니다.",
      .zh =
          "各来源的范围：{ranges}。{top}的下限{hi}高于{bottom}的上限{lo}，因此没有一个值落在"
          "所有估计之内。",
      .ja =
          "出典別の範囲：{ranges}。{top}の下限{hi}が{bottom}の上限{lo}を上回るため、すべての"
          "推計に入る値はありません。"};
  static constexpr wording said_to_agree{.en = " The text says the estimates agree.",
                                         .ko = " 본문은 두 추정이 일치한다고 서술합니다.",
                                         .zh = "文中称两项估计一致。",
                                         .ja = "本文は二つの推計が一致すると述べています。"};
  f.explanation =
      say(no_common_value, ctx.lang, fmt::arg("ranges", ranges), fmt::arg("top", top->source),
          fmt::arg("hi", hi), fmt::arg("bottom", bottom->source), fmt::arg("lo", lo));
  if (d.said_to_agree) f.explanation += pick(said_to_agree, ctx.lang);
  return f;
}

}  // namespace

void source_disagreement(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  for (const auto& d : disagreements(ctx.claims))
    // "가트너와 IDC는 각각 710억 달러, 670억 달러로 추정했다": estimates one sentence sets side
    // by side are its own point, not a conflict.
    if (!d.said_to_agree && !d.one_sentence) out.push_back(spread(ctx, info, d));
}

void agreement_mismatch(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  for (const auto& d : disagreements(ctx.claims))
    if (d.said_to_agree) out.push_back(spread(ctx, info, d));
}

}  // namespace fc::rules
