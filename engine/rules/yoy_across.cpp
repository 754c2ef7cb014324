// change-mismatch across sentences (and a leading multiple, below): "국내 중고거래 시장은 … 지난해
// 20조원으로 커졌다. 리포트는 올해 시장 규모가 24조원으로 전년 대비 35% 늘어날 것으로 예상했다." A
// year-on-year rate tied to one year's level (frames/yoy_of_level.cpp) must fit the level of the
// year before, written up to two sentences before or after it.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "consistency/growth_check.hpp"
#include "rules/pairs.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {

std::optional<finding> change_conflict(const context& ctx, const rule_info& info,
                                       const claim& earlier, const claim& later, const claim& c);
void read_as_warning(finding& f, const wording& reading, std::string_view lang);

namespace {

// The single level of `year` for the rate's measure near it, or nullopt when there is none or
// the text gives several that disagree (figure-disagreement reports those).
// Among the claims of the rate's `window` of sentences (sentence_window).
std::optional<std::size_t> level_of(const std::vector<claim>& cs, const claim& rate,
                                    std::pair<std::size_t, std::size_t> window, int year,
                                    const claim* like) {
  std::optional<std::size_t> found;
  for (std::size_t i = window.first; i < window.second; ++i) {
    const claim& c = cs[i];
    if (c.year != year || c.subject_key != rate.subject_key || !c.value ||
        !consistency::comparable_figures(c, c) || c.conversion_of)
      continue;
    if (like && !consistency::comparable_figures(c, *like)) continue;
    if (found && !cs[*found].value->overlaps(*c.value)) return std::nullopt;
    // A headline restating the level: the rate's own sentence's copy is the one it is read with.
    if (!found || (c.sentence == rate.sentence && cs[*found].sentence != rate.sentence)) found = i;
  }
  return found;
}

}  // namespace

// "grow 4.1% in 2025" and, later, "rise 7.2% in 2025" for one subject: two rates for one step
// must agree. One source saying both is an error; two sources, a warning naming both.
void rates_for_one_step(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  static constexpr wording two_rates{
      .en = "Two rates for the change into {year}: {first} and {second}",
      .ko = "{year}년 증가율이 {first}와 {second} 두 가지로 적혀 있습니다",
      .zh = "{year}年的增长率有{first}和{second}两种写法",
      .ja = "{year}年の増加率が{first}と{second}の二通りに書かれています"};
  static constexpr wording one_change{
      .en = "One subject ({subject}) has one change from {from} to {to}{sources}",
      .ko = "같은 대상({subject})의 {from}→{to}년 변화율은 하나여야 합니다{sources}",
      .zh = "同一对象（{subject}）从{from}年到{to}年的变化率只能有一个{sources}",
      .ja = "同じ対象（{subject}）の{from}→{to}年の変化率は一つのはずです{sources}"};
  static constexpr wording sources{.en = " (sources: {first}, {second})",
                                   .ko = " (출처: {first}, {second})",
                                   .zh = "（来源：{first}、{second}）",
                                   .ja = "（出典：{first}、{second}）"};
  // The rates of one step, by subject, years and part ("分品类看，智能音箱…同比下降12.5%" is a
  // part's own change), each written value once: repeated rates cost nothing more.
  using step = std::tuple<std::string, int, int, bool>;
  std::map<step, std::vector<std::size_t>> seen;
  for (std::size_t j = 0; j < cs.size(); ++j) {
    const claim& b = cs[j];
    // "今年上半年…同比增长3.0%": a half's change is no change of the year.
    if (b.kind != claim_kind::growth || b.rate_of != rate_kind::yoy || !b.rate || !b.subject_key ||
        !b.period_to || b.other_basis || b.part_year || !b.rate->low || !b.rate->high)
      continue;
    const step key{*b.subject_key, b.period_from.value_or(0), *b.period_to, b.part};
    std::vector<std::size_t>& earlier = seen.try_emplace(key).first->second;
    bool fresh = std::none_of(earlier.begin(), earlier.end(), [&](std::size_t i) {
      return *cs[i].rate->low == *b.rate->low && *cs[i].rate->high == *b.rate->high;
    });
    std::vector<std::size_t> before = earlier;
    if (fresh) earlier.push_back(j);
    for (std::size_t i : before) {
      const claim& a = cs[i];
      if (a.where.start == b.where.start) continue;
      if (*a.rate->high >= *b.rate->low && *b.rate->high >= *a.rate->low) continue;
      bool one_source =
          a.source && b.source && *a.source == *b.source && !a.source_carried && !b.source_carried;
      finding f;
      f.rule = info.id;
      f.level = one_source ? info.default_severity : severity::warning;
      f.message = say(two_rates, ctx.lang, fmt::arg("year", *b.period_to),
                      fmt::arg("first", a.text), fmt::arg("second", b.text));
      f.where = b.where;
      f.claims = {a.id, b.id};
      std::string named = one_source
                              ? ""
                              : say(sources, ctx.lang, fmt::arg("first", a.source.value_or("?")),
                                    fmt::arg("second", b.source.value_or("?")));
      f.explanation = say(one_change, ctx.lang, fmt::arg("subject", b.subject.value_or("")),
                          fmt::arg("from", *b.period_from), fmt::arg("to", *b.period_to),
                          fmt::arg("sources", named));
      out.push_back(std::move(f));
      break;
    }
  }
}

namespace {

// Words that name what a figure measures, without the generic ones ("market", "시장").
std::set<std::string> naming_words(const std::optional<std::string>& subject) {
  static const std::set<std::string> generic = {"시장",   "규모",   "시장은", "market", "the",
                                                "global", "글로벌", "세계",   "국내",   "of"};
  std::set<std::string> out;
  if (!subject) return out;
  std::string word;
  for (char ch : *subject + " ") {
    if (ch != ' ') {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      continue;
    }
    if (word.size() >= 2 && !generic.count(word)) out.insert(word);
    word.clear();
  }
  return out;
}

bool name_alike(const claim& a, const claim& b) {
  if (a.subject_key && a.subject_key == b.subject_key) return true;
  auto wa = naming_words(a.subject), wb = naming_words(b.subject);
  return std::any_of(wa.begin(), wa.end(), [&](const std::string& w) { return wb.count(w); });
}

}  // namespace

// "ESS용 배터리 수요가 3년 만에 세 배 가까이 늘어날 것이라는 전망이 나왔다. … 수요가 올해
// 185GWh에서 2027년 333GWh로 늘어날 것으로 예상했다.": a leading multiple (frames/factor_lede.cpp)
// is the one move of its measure in the next two sentences, over the years it says. Read across
// sentences, a conflict is a warning.
void factor_ledes(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (std::size_t k = 0; k < cs.size(); ++k) {
    const claim& c = cs[k];
    if (!c.lede || !c.rate || c.other_basis) continue;
    std::vector<std::pair<std::size_t, std::size_t>> moves;
    // Claims are in text order: the next two sentences' claims follow the lede's. With no move
    // after it, a multiple that sums up the move of the sentence before ("…로 성장할 전망이다.
    // 6년 만에 4배 이상으로 불어나는 셈이다") is held to that one.
    std::size_t first = k + 1;
    bool after =
        std::any_of(cs.begin() + static_cast<std::ptrdiff_t>(k) + 1, cs.end(), [&](const claim& a) {
          return a.sentence > c.sentence && a.sentence <= c.sentence + 2 && a.move_base && a.year &&
                 a.value && name_alike(c, a);
        });
    if (!after)
      while (first > 0 && cs[first - 1].sentence + 1 >= c.sentence) --first;
    // "…revenue reached $2.4bn last year and will climb to $8.1bn in 2028": a sentence's only two
    // dated levels of one measure are a move too, written without "from".
    auto pair_start = [&](std::size_t i) {
      std::size_t from = i, dated = 0;
      while (from > 0 && cs[from - 1].sentence == cs[i].sentence) --from;
      for (std::size_t j = from; j < cs.size() && cs[j].sentence == cs[i].sentence; ++j)
        dated += cs[j].year && cs[j].value && !cs[j].conversion_of &&
                 consistency::comparable_figures(cs[j], cs[i]);
      return dated == 2;
    };
    for (std::size_t i = first; i < cs.size() && cs[i].sentence <= c.sentence + 2; ++i) {
      const claim& a = cs[i];
      if (a.sentence == c.sentence || !(a.move_base || pair_start(i)) || !a.year ||
          !name_alike(c, a))
        continue;
      for (std::size_t j = i + 1; j < cs.size() && cs[j].sentence == a.sentence; ++j) {
        const claim& b = cs[j];
        if (b.move_base || !b.year || *b.year <= *a.year || b.subject_key != a.subject_key ||
            !consistency::comparable_figures(a, b))
          continue;
        moves.emplace_back(i, j);
        break;
      }
    }
    if (moves.size() != 1) continue;
    const claim& a = cs[moves[0].first];
    const claim& b = cs[moves[0].second];
    if ((c.year && *c.year != *b.year) || (c.span_years && *b.year - *a.year != c.span_years))
      continue;
    auto f = change_conflict(ctx, info, a, b, c);
    if (!f) continue;
    static constexpr wording multiple_leads{
        .en = " (The multiple leads; the move is given in a later sentence.)",
        .ko = " (앞 문장의 배수를 다음 문장의 두 수치와 맞춰 본 결과입니다.)",
        .zh = "（把前一句的倍数与后一句的两个数字对照的结果。）",
        .ja = "（前の文の倍数を次の文の二つの数字と照らし合わせた結果です。）"};
    read_as_warning(*f, multiple_leads, ctx.lang);
    out.push_back(std::move(*f));
  }
}

// "…about $84 billion by 2030. That would be a six-fold jump from roughly $20 billion last
// year": a change that refers back (frames/anaphor_change.cpp) runs from its sentence's one
// level to the one later level of its measure the sentence before gave. Read across sentences,
// a conflict is a warning.
void anaphor_changes(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (std::size_t k = 0; k < cs.size(); ++k) {
    const claim& c = cs[k];
    if (!c.anaphor_move || c.scenario) continue;
    // Claims are in text order: the sentence before and the change's own are its neighbours.
    std::size_t lo = k, hi = k;
    while (lo > 0 && cs[lo - 1].sentence + 1 >= c.sentence) --lo;
    while (hi < cs.size() && cs[hi].sentence == c.sentence) ++hi;
    const claim* base = nullptr;
    for (std::size_t i = lo; i < hi; ++i) {
      const claim& b = cs[i];
      if (b.sentence == c.sentence && written_base(b) && b.value && b.year && !b.conversion_of)
        base = &b;
    }
    // "이는 2020년의 약 3배": the level of the year the multiple names, in the sentence before.
    if (!base && c.year)
      for (std::size_t i = lo; i < hi; ++i) {
        const claim& b = cs[i];
        if (b.sentence + 1 == c.sentence && b.year == c.year && b.value && !b.conversion_of &&
            !b.superseded && name_alike(c, b) && consistency::comparable_figures(b, b))
          base = &b;
      }
    if (!base) continue;
    const claim* end = nullptr;
    std::size_t ends = 0;
    for (std::size_t i = lo; i < hi; ++i) {
      const claim& e = cs[i];
      if (e.sentence + 1 == c.sentence && e.value && e.year && *e.year > *base->year &&
          !written_base(e) && !e.conversion_of && !e.part && !e.superseded && !e.scenario &&
          name_alike(*base, e) && consistency::comparable_figures(e, *base))
        end = &e, ends += 1;
    }
    if (ends != 1) continue;
    auto f = change_conflict(ctx, info, *base, *end, c);
    if (!f) continue;
    static constexpr wording refers_back{
        .en = " (The change refers back to the figure of the sentence before.)",
        .ko = " (앞 문장의 수치를 가리키는 변화로 읽은 결과입니다.)",
        .zh = "（把这一变化读作指向前一句数字的结果。）",
        .ja = "（前の文の数字を指す変化として読んだ結果です。）"};
    read_as_warning(*f, refers_back, ctx.lang);
    out.push_back(std::move(*f));
  }
}

void yoy_across_sentences(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  rates_for_one_step(ctx, info, out);
  factor_ledes(ctx, info, out);
  anaphor_changes(ctx, info, out);
  const auto& cs = ctx.claims;
  // The rates the sentences' own pairings have already reported, gathered once.
  std::set<std::string> reported;
  for (const auto& f : out)
    if (f.rule == info.id) reported.insert(f.claims.begin(), f.claims.end());
  for (std::size_t k = 0; k < cs.size(); ++k) {
    const claim& rate = cs[k];
    if (rate.kind != claim_kind::growth || rate.rate_of != rate_kind::yoy || !rate.rate ||
        !rate.period_from || !rate.period_to || *rate.period_to != *rate.period_from + 1 ||
        !rate.subject_key || rate.other_basis)
      continue;
    const auto window = sentence_window(cs, k, 2, 2);  // two sentences either side
    auto later = level_of(cs, rate, window, *rate.period_to, nullptr);
    if (!later) continue;
    auto earlier = level_of(cs, rate, window, *rate.period_from, &cs[*later]);
    if (!earlier) continue;
    // Both in another sentence: the rate is no change of theirs. Both in its own: the
    // sentence's pairing has read them, unless the sentence holds more figures than the pair
    // ("2021년 215억원, 지난해 288억원 … 올해는 390억원으로 전년 대비 52% 증가").
    bool here_later = cs[*later].sentence == rate.sentence;
    bool here_earlier = cs[*earlier].sentence == rate.sentence;
    if (!here_later && !here_earlier) continue;
    if (reported.count(rate.id)) continue;
    if (auto f = change_conflict(ctx, info, cs[*earlier], cs[*later], rate)) {
      // "트렌드포스는 올해 시장 규모를 전년 대비 41.4% 늘어난 22억8000만달러로" after Yole's 2022
      // figure: a base from another source than the rate's is a reading, so the conflict is a
      // warning that names both sources.
      const claim& base = cs[*earlier];
      bool other_source = base.source && rate.source && !same_source(base.source, rate.source);
      // "가트너는 내년 시장이 919억달러로 올해보다 29% … 반면 IDC는 올해 … 841억달러로": another
      // source's level written after the rate is a rival estimate, never what the rate grew from.
      if (other_source && base.sentence > rate.sentence) continue;
      if (other_source) {
        f->level = severity::warning;
        static constexpr wording base_and_rate{
            .en = " (the base is {base}'s, the rate {rate}'s)",
            .ko = " (기준 수치의 출처 {base}, 증가율의 출처 {rate})",
            .zh = "（基数来自{base}，增长率来自{rate}）",
            .ja = "（基準の数字の出典は{base}、増加率の出典は{rate}）"};
        f->explanation += say(base_and_rate, ctx.lang, fmt::arg("base", *base.source),
                              fmt::arg("rate", *rate.source));
      }
      out.push_back(std::move(*f));
    }
  }
}

}  // namespace fc::rules
