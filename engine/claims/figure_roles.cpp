// The role a figure plays in its sentence: the year before's figure, a flow, a quarter's
// figure, a revised estimate, or the figure a change led to.
#include <algorithm>
#include <cctype>
#include <string>

#include "claims/readings.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"
#include "support/utf8.hpp"

namespace fc::claims {

using grammar::mention;
using grammar::mention_kind;

bool is_prior_figure(std::string_view s, const mention& m) {
  if (m.kind != mention_kind::amount && m.kind != mention_kind::percent) return false;
  // Not inside a Korean word: "재작년(…)" names the year before last, not the year before.
  std::string_view lead = before(s, m.begin, 16);
  for (const auto& e : lang::words("time.prior_before").entries())
    if (std::size_t at = lang::find(lead, e); at != std::string_view::npos) {
      char32_t prev = at ? utf8::before(lead, at) : 0;
      if (!utf8::is_hangul(prev)) return true;
    }
  // "2024年…较上一财年的约9.7万亿卢比增长", "2023年度は…前年度の1兆円から": past the
  // sentence's own year or figure, a sentence-relative year of the year before, with its
  // possessive and a hedge, names the figure of the year before. One that opens its sentence
  // counts from the sentence before (frame_counted_year).
  if (m.kind == mention_kind::amount) {
    std::string_view named = before(s, m.begin, 40);
    if (const auto* h = lang::words("lists.label_hedges").suffix_of(named))
      named.remove_suffix(h->word.size());
    if (const auto* p = lang::words("time.year_possessives").suffix_of(named)) {
      named.remove_suffix(p->word.size());
      if (const auto* r = lang::words("time.sentence_relative_years").suffix_of(named);
          r && static_cast<int>(r->number) < 0 &&
          s.substr(
               0, static_cast<std::size_t>(named.data() - s.data()) + named.size() - r->word.size())
                  .find_first_of("0123456789") != std::string_view::npos)
        return true;
    }
  }
  // "fell 18% year on year to $412 million in 2024 from $468 million": in a year-on-year
  // move, the undated base is the year before.
  if (m.kind == mention_kind::amount && is_base(s, m) &&
      !contains_any(after(s, m.end, 10), {" in 1", " in 2", "년"}) &&
      contains_any_ci(s, {"year on year", "year-on-year", "year over year"}))
    return true;
  // The phrase may follow a short clause of the figure's own ("it earned", "it posted"), never
  // another number or a clause break.
  std::string_view a = own_after(s, m.end, 40);
  for (const auto& p : lang::words("time.prior_after").entries()) {
    std::size_t at = lang::find(a, p);
    if (at == std::string_view::npos) continue;
    std::string_view gap = a.substr(0, at);
    if (gap.find_first_of(",;(") == std::string_view::npos && words(gap).size() <= 3) return true;
  }
  return false;
}

bool is_sequential_base(std::string_view s, const mention& m) {
  if (m.kind != mention_kind::amount) return false;
  if (contains_any(before(s, m.begin, 20), {"전 분기(", "전분기(", "직전 분기(", "전 분기 (",
                                            "전월(", "전 반기(", "직전 반기("}))
    return true;
  std::string_view a = own_after(s, m.end, 40);
  return contains_any_ci(
      a, {" in the previous quarter", " in the prior quarter", " in the preceding quarter",
          " a quarter earlier", " the quarter before", " in the previous month"});
}

bool part_amount(std::string_view s, const mention& m) {
  if (m.kind != mention_kind::amount) return false;
  std::string_view a = after(s, m.end, 64);
  // "245 billion yuan ($34 billion) of that": past the figure's conversion.
  if (a.starts_with(" (") || a.starts_with(")")) {
    std::size_t close = a.find(')');
    if (close != std::string_view::npos) a.remove_prefix(close + 1);
  }
  // "Devices … will account for $398.3 billion": what a part verb takes is a part of the whole
  // before it (roles.part_verbs_before).
  std::string_view lead = before(s, m.begin, 32);
  lead.remove_suffix(trailing_prefix_hedge(lead));
  if (lang::words("roles.part_verbs_before").suffix_of(lead)) return true;
  // "…, with online sportsbooks alone bringing in $13.1 billion": an item singled out of the
  // total in an absolute clause ("China's market alone was $120 billion" may be no part).
  if (std::string_view own = own_before(s, m.begin, 48);
      lang::words("roles.nested_part_words").find_in(own) && own.find(", with ") != own.npos)
    return true;
  // "$34 billion of that in 2028", "$31 billion of this total" (lists.part_after).
  if (const auto* marker = lang::words("lists.part_after").prefix_of(a);
      marker && (a.size() == marker->word.size() ||
                 !std::isalpha(static_cast<unsigned char>(a[marker->word.size()]))))
    return true;
  if (!a.starts_with(" of ")) return false;
  a = a.substr(0, a.find_first_of(",.;"));
  // "$90 billion of this year's total", "$31 billion of the total": a part of the total named.
  return a.find(" total") != std::string_view::npos && words(a).size() <= 5;
}

bool is_flow(std::string_view s, const mention& m) {
  if (m.kind != mention_kind::amount) return false;
  // "added 5.1 million", "当年新增投运21.5GW", "순증 12만명" (roles.flow_before, flow_after).
  std::string_view b = before(s, m.begin, 24);
  b.remove_suffix(trailing_prefix_hedge(b));
  return lang::words("roles.flow_before").suffix_of(b) ||
         lang::words("roles.flow_after").prefix_of(after(s, m.end, 12));
}

bool same_period_as_before(std::string_view s, const mention& m) {
  std::string_view b = own_before(s, m.begin, 24);
  return lang::words("time.same_period").in(b);
}

namespace {

// "1~4월", "1-9월": a span of months, a part of a year.
bool month_span(std::string_view b) {
  auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t at = b.find("월"); at != std::string_view::npos; at = b.find("월", at + 1)) {
    std::size_t d = at;
    while (d > 0 && digit(b[d - 1])) --d;
    if (d == at || d == 0) continue;
    std::string_view dash = b.substr(0, d);
    for (std::string_view w : {"~", "-", "\u223C", "\uFF5E"})
      if (dash.ends_with(w) && dash.size() > w.size() && digit(dash[dash.size() - w.size() - 1]))
        return true;
  }
  return false;
}

}  // namespace

bool is_part_year(std::string_view s, const mention& m) {
  // Most sentences name no quarter or half at all: one pass of cheap searches rules them out.
  // Where the sentence first names a Chinese or Japanese part of a year, found once per
  // sentence: each figure of it asks.
  thread_local std::string cached_text;
  thread_local std::size_t first_period = std::string_view::npos;
  if (s != cached_text || cached_text.empty()) {
    cached_text.assign(s);
    first_period = std::string_view::npos;
    for (const auto& e : lang::words("time.part_year_words").entries())
      first_period = std::min(first_period, lang::find(s, e));
  }
  if (s.find("uarter") == std::string_view::npos && s.find("alf") == std::string_view::npos &&
      s.find("분기") == std::string_view::npos && s.find("반기") == std::string_view::npos &&
      s.find("월") == std::string_view::npos && first_period == std::string_view::npos)
    return false;
  // "2024年4~6月期の…市場は1,520億円", "一季度…销售额为": a Chinese or Japanese period of
  // part of a year anywhere before the figure in its sentence.
  if (first_period < m.begin) return true;
  // "올해 1~4월 수입액도 6400만 달러": a span of months right before the figure.
  if (month_span(before(s, m.begin, 36))) return true;
  std::string_view b = own_before(s, m.begin, 40);
  std::string_view a = own_after(s, m.end, 40);
  const auto& near = lang::words("time.part_year_near");
  if (near.in(b) || near.in(a)) return true;
  // "In the first half of this year, revenue at Gannett, …, fell 6% to $612 million": a
  // clause that opens the sentence dates its figures, but for one given for the whole year
  // ("compared with $1.3 billion for all of 2024").
  if (std::size_t comma = s.find(", "); comma != std::string_view::npos && comma <= 64 &&
                                        comma < m.begin && near.in(s.substr(0, comma)) &&
                                        !lang::words("time.full_year_after").in(a))
    return true;

  // "Fourth-quarter 2024 revenue was …", "2024년 4분기 매출은 …": the period opens the clause.
  std::string_view lead = before(s, m.begin, 64);
  if (auto cut = lead.find_last_of(",;"); cut != std::string_view::npos)
    lead.remove_prefix(cut + 1);
  // Only the clause's own opening: nothing before the last amount written in it.
  for (std::string_view amount :
       {"$", "billion", "million", "trillion", "억", "조", "원", "달러", "%"})
    if (auto at = lead.rfind(amount); at != std::string_view::npos)
      lead.remove_prefix(at + amount.size());
  return contains_any_ci(lead, {"-quarter ", "first-half ", "second-half "}) ||
         contains_any(lead, {"분기 ", "상반기 ", "하반기 "});
}

bool change_reaches(std::string_view s, const mention& rate, const mention& next) {
  if (next.begin < rate.end) return false;
  std::string_view gap = s.substr(rate.end, next.begin - rate.end);
  return gap == " to " || gap == " to about " || gap == " to nearly " || gap == " to a record " ||
         gap == " to around ";
}

// Where a part-of-whole cue opens the figures after it as parts: at the sentence's start
// ("이 중 …", "Of this, …") or after a clause break ("…집계됐으며, 이 중 …", ", of which …").
// npos: none.
std::size_t cue_position(std::string_view s) {
  // "이 중 …", "Of the 2030 total, …", "By region, China …": the sentence opens on the whole
  // before it, or on one of its dimensions (roles.part_lead).
  if (const auto* lead = lang::words("roles.part_lead")
                             .prefix_of(s.substr(0, std::min<std::size_t>(s.size(), 24)))) {
    // "Of the $3.4 billion the firm expects in 2025, Europe will account for 68%": an English
    // lead runs to its comma, and a figure inside it is the whole.
    std::size_t comma = s.find(',');
    bool english = !lead->word.empty() && static_cast<unsigned char>(lead->word[0]) < 0x80;
    return english && comma != std::string_view::npos && comma < 120 ? comma : 0;
  }
  // "By cycle type, fresh IVF held …": any dimension named at the head of the sentence, up to
  // its comma (roles.dimension_lead).
  if (lang::words("roles.dimension_lead").prefix_of(s)) {
    std::size_t comma = s.find(',');
    if (comma != std::string_view::npos && comma <= 32 &&
        s.substr(0, comma).find_first_of("0123456789") == std::string_view::npos)
      return 0;
  }
  // "장르별로 보면 …", "国・地域別では…", "分区域看，…": a dimension named at the head of the
  // sentence, before any figure, ends on its marker (roles.dimension_lead_end).
  std::string_view head = s.substr(0, std::min<std::size_t>(s.size(), 72));
  // A count before it ("市場を構成する2分野をみると") is no figure; an amount or a percentage is.
  // "从更宽的交易规模口径看，": a basis the figures are measured on is no dimension
  // (roles.basis_words).
  for (const auto& e : lang::words("roles.dimension_lead_end").entries())
    if (std::size_t at = lang::find(head, e);
        at != std::string_view::npos && !lang::words("roles.basis_words").in(s.substr(0, at)) &&
        (s.substr(0, at).find_first_of("0123456789") == std::string_view::npos ||
         !contains_any(s.substr(0, at), {"%", "億", "兆", "万", "円", "元", "ドル", "달러", "원"})))
      return 0;
  // "…, of which …", "…，其中…": the parts follow the cue inside the sentence.
  std::size_t best = std::string_view::npos;
  for (const auto& e : lang::words("roles.part_inline").entries())
    best = std::min(best, lang::find(s, e));
  return best;
}

bool continues_list(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
  return lang::words("lists.continue_openers").prefix_of(s) ||
         lang::words("lists.continue_verbs").in(s);
}

const claim* share_listed_before(const std::vector<claim>& out, std::size_t si,
                                 std::string_view sentence) {
  // The last percentage before, past the amounts a list pairs with its shares, and past a move
  // of a share in points ("비중은 1.4%p 낮아졌다"), which changes a share and ends no list.
  auto last = std::find_if(out.rbegin(), out.rend(), [](const claim& c) {
    return c.kind == claim_kind::share || c.kind == claim_kind::growth ||
           (c.kind == claim_kind::change && c.rate_of != rate_kind::points);
  });
  if (last == out.rend() || last->kind != claim_kind::share) return nullptr;
  bool here = last->sentence == si;
  return here || (last->sentence + 1 == si && continues_list(sentence)) ? &*last : nullptr;
}

// "시나리오별로는 …": scenarios' figures are alternatives, never parts (roles.scenario_words).
std::size_t part_cue_position(std::string_view s) {
  std::size_t at = cue_position(s);
  return at == std::string_view::npos || lang::words("roles.scenario_words").in(s)
             ? std::string_view::npos
             : at;
}

bool part_of_whole_sentence(std::string_view s) {
  return part_cue_position(s) != std::string_view::npos;
}

std::pair<bool, bool> part_role(std::string_view s, const mention& m, bool sentence_part) {
  bool part = (sentence_part && m.begin >= part_cue_at(s)) || part_amount(s, m);
  bool led =
      part && sentence_part &&
      lang::words("roles.part_lead").prefix_of(s.substr(0, std::min<std::size_t>(s.size(), 24)));
  return {part, led};
}

std::size_t part_cue_at(std::string_view s) {
  std::size_t at = part_cue_position(s);
  return at == std::string_view::npos ? 0 : at;
}

bool is_subtotal(std::string_view s, const mention& m) {
  // "… 구글 클라우드 7.1%로 외국계 3사가 91.3%를 차지했다", "the top three together held 91%":
  // the sum of the parts just listed, not one more part (roles.subtotal_before).
  std::string_view b = before(s, m.begin, 36);  // "두 나라가 전체의 약 33%"
  if (auto d = b.find_last_of("%"); d != std::string_view::npos) b.remove_prefix(d + 1);
  // "상위 5개 보험사가 전체의 98%": a ranked group (roles.ranked_groups), named further back.
  std::string_view group = before(s, m.begin, 48);
  if (auto d = group.find_last_of("%,"); d != std::string_view::npos) group.remove_prefix(d + 1);
  // "Asia accounts for 91%, with China alone contributing 57%": a part of an item listed, not
  // one more item.
  if (lang::words("roles.nested_part_words").find_in(b)) return true;
  // "38% of sales, of which delivery apps handled 71%", "매출의 38%를 차지했고, 이 중 배달앱이
  // 71%": a share after an inline breakdown of the share before it is that share's part.
  std::string_view since = before(s, m.begin, 120);
  if (auto d = since.find_last_of('%');
      d != std::string_view::npos && lang::words("roles.part_inline").find_in(since.substr(d)))
    return true;
  const auto* cue = lang::words("roles.subtotal_before").find_in(b);
  if (cue && before(b, lang::find(b, *cue), 4).ends_with("of "))
    return false;  // "largest of the …"
  if (!cue) cue = lang::words("roles.ranked_groups").find_in(group);
  if (!cue) {
    const auto& counters = lang::words("roles.subtotal_counters");
    for (const auto& e : counters.entries())
      for (std::size_t at = lang::find(b, e); at != std::string_view::npos;
           at = lang::find(b, e, at + 1))
        if (at > 0 && std::isdigit(static_cast<unsigned char>(b[at - 1]))) return true;
    return false;
  }
  // "the Pacific Southwest and Pacific Northwest combined 26.6%": names the sentence has not
  // listed before are one item of two parts, not a sum of the items before.
  std::string_view lead = before(s, m.begin, 96);
  if (auto d = lead.find_last_of("%,;"); d != std::string_view::npos) lead.remove_prefix(d + 1);
  std::string_view earlier = s.substr(0, static_cast<std::size_t>(lead.data() - s.data()));
  for (std::string_view w : words(lead))
    if (w.size() > 1 && std::isupper(static_cast<unsigned char>(w[0])) && w != "The" &&
        earlier.find(w) == std::string_view::npos && !lang::words("roles.subtotal_before").in(w))
      return false;
  return true;
}

bool negative_balance(std::string_view s, const mention& m) {
  return contains_any(after(s, m.end, 20), {" 적자", "대 적자", " 영업손실", "대 영업손실"}) ||
         contains_any(before(s, m.begin, 16), {"적자", "손실", "순손실"}) ||
         contains_any_ci(before(s, m.begin, 16), {"loss of", "deficit of"}) ||
         contains_any_ci(after(s, m.end, 10), {" deficit", " loss"});
}

bool past_verb_right_before(const sentence_view& sv, const mention& m) {
  std::string_view lead = before(sv.text, m.begin, 32);
  lead.remove_suffix(trailing_prefix_hedge(lead));
  return lang::words(language_of(sv), "forecast.past_before").suffix_of(lead) != nullptr;
}

bool reported_as_measured(const sentence_view& sv, const mention& m) {
  if (!sv.english) return false;
  if (past_verb_right_before(sv, m)) return true;
  // "the record $4.4 trillion set in 2021": a past participle and its year right after.
  if (lang::words(language_of(sv), "forecast.past_after").prefix_of(after(sv.text, m.end, 20)))
    return true;
  // "grew 5.3% year-on-year in 2023 to reach 299 million units": the level a past change
  // reached is measured too.
  std::string_view lead = before(sv.text, m.begin, 48);
  lead.remove_suffix(trailing_prefix_hedge(lead));
  if (!lang::words(language_of(sv), "roles.change_end_before").suffix_of(lead)) return false;
  const mention* change = nullptr;
  for (const auto& x : sv.mentions) {
    if (x.begin >= m.begin) break;
    if (x.kind == grammar::mention_kind::percent)
      change = &x;
    else if (x.kind != grammar::mention_kind::year)
      change = nullptr;
  }
  return change && past_verb_right_before(sv, *change);
}

}  // namespace fc::claims
