// Claim assembly: turns each mention into a claim with its interval (precision + hedge), its
// kind (size, quantity, growth, change, share), year or period, subject, source and forecast.
#include "claims/assemble.hpp"

#include <cmath>

#include "claims/context.hpp"
#include "grammar/mention.hpp"
#include "support/line_index.hpp"
#include "support/utf8.hpp"

namespace fc::claims {
namespace {

using grammar::mention;
using grammar::mention_kind;

interval apply_hedge(const mention& m, const hedge& h, double nearly_band = 0.10) {
  double v = m.value;
  double half = m.half;
  if (m.kind == mention_kind::vague_amount) return {v, m.vague_low, m.vague_high};
  if (m.is_range) {
    if (h.name == "at_least") return {v, v, std::nullopt};
    return {(v + m.range_high) / 2, v, m.range_high};
  }
  if (m.odd_unit > 0) return {v, v, v + m.odd_unit};  // 10여억: (1e9, 2e9)
  const std::string& n = h.name;
  if (n == "nearly") return {v, v * (1 - nearly_band), v};
  if (n == "over" || n == "at_least") return {v, v, std::nullopt};
  if (n == "at_least_about") return {v, v - half, std::nullopt};
  if (n == "under" || n == "at_most") return {v, std::nullopt, v};
  if (n == "a_bit_over") return {v, v, v * 1.1};
  if (n == "a_bit_under") return {v, v * 0.9, v};
  if (n == "band") {
    double u = 2 * half;  // the unit of the last significant digit
    if (h.band_unit_third == 1) return {v, v, v + 0.4 * u};
    if (h.band_unit_third == 2) return {v, v + 0.3 * u, v + 0.7 * u};
    if (h.band_unit_third == 3) return {v, v + 0.6 * u, v + u};
    return {v, v, v + u};
  }
  return interval::around(v, half);
}

struct rate_reading {
  claim_kind kind = claim_kind::growth;
  rate_kind rk = rate_kind::total;
  bool negative = false;
};

bool direction_follows(std::string_view a) {
  if (a.rfind(" ", 0) == 0) a.remove_prefix(1);
  for (std::string_view w : {"늘", "증가", "감소", "줄", "상승", "하락", "높아", "낮아", "확대", "축소",
                             "성장", "급증", "급감", "뛰", "떨어"})
    if (a.rfind(w, 0) == 0) return true;
  return false;
}

// "an increase of 5%", "up 5%": the rate is a change even in a sentence about shares.
bool direction_precedes(std::string_view b) {
  for (std::string_view w : {"increase of ", "rise of ", "gain of ", "growth of ", "jump of ",
                             "decline of ", "drop of ", "fall of ", "decrease of ", " up ",
                             " down ", "rose ", "fell ", "grew ", "by "})
    if (b.ends_with(w)) return true;
  return false;
}

rate_reading read_rate(std::string_view s, const mention& m) {
  rate_reading r;
  std::string_view b = before(s, m.begin, 48);
  std::string_view a = after(s, m.end, 40);
  if (m.kind == mention_kind::points) {
    r.kind = claim_kind::change, r.rk = rate_kind::points;
  } else if (contains_any_ci(b, {"금리", "이자", "수익률", "이익률", "세율", "부가세", "margin",
                                  "interest", "yield", "coupon", "tax rate", "tax of"}) ||
             contains_any(after(s, m.end, 12), {"금리", "이자", "수익률", "이율"}) ||
             contains_any_ci(after(s, m.end, 14), {" interest", " coupon", " yield"})) {
    r.rk = rate_kind::other;
  } else if (contains_any(b, {"연평균", "매년", "해마다", "연간", "CAGR", "연 "}) ||
             contains_any_ci(b, {"compound annual", "annual growth", "annual average",
                                 "a cagr", "annualized"}) ||
             a.rfind("씩", 0) == 0 || contains_any(a, {"CAGR"}) ||
             contains_any_ci(after(s, m.end, 20),
                             {"a year", "annually", "per year", "per annum", "p.a.", "cagr",
                              "annual growth", "annual rate", "compound"})) {
    r.rk = rate_kind::cagr;
  } else if (contains_any(b, {"전년 대비", "전년보다", "전년 동기", "같은 기간", "1년 전",
                              "전년비"}) ||
             contains_any_ci(a, {"year over year", "year-on-year", "year on year", "yoy", "y/y",
                                 "from a year earlier"})) {
    r.rk = rate_kind::yoy;
  } else if (direction_follows(a) || direction_precedes(b)) {
    r.rk = rate_kind::total;  // "5% 늘었다": a change, even right after 점유율
  } else if (contains_any(b, {"점유율", "비중"}) || contains_any_ci(b, {"share", "accounts for", "account for"}) ||
             contains_any(a, {"를 차지", "을 차지", "를 점유"}) || a.rfind("로", 0) == 0 ||
             a.rfind(" share", 0) == 0 || a.rfind(" market share", 0) == 0 ||
             a.rfind("으로", 0) == 0 || b.ends_with("to ") || b.ends_with("의 ") ||
             contains_any_ci(after(s, m.end, 14), {" of the", " of global", " of gdp", " of all",
                                                   " of total", " of its"})) {
    r.kind = claim_kind::share, r.rk = rate_kind::none;
  }
  if (r.kind != claim_kind::share &&
      (contains_any(a, {"감소", "줄", "하락", "축소", "역성장", "떨어"}) ||
       contains_any_ci(b, {"fell", "declined", "dropped", "down ", "slid", "decreased",
                           "shrank", "contracted", "decline of", "drop of", "decrease of",
                           "fall of", "contraction of"})))
    r.negative = true;
  if (r.kind == claim_kind::change && contains_any_ci(b, {"slipped", "fell", "cut", "lower"}))
    r.negative = true;
  return r;
}

std::optional<std::string> read_per(std::string_view s, const mention& m) {
  std::string_view b = before(s, m.begin, 24);
  std::string_view a = after(s, m.end, 16);
  if (contains_any(b, {"하루", "일일", "일평균"}) || contains_any_ci(a, {" a day", " per day", " daily"}))
    return "day";
  if (contains_any(b, {"1인당", "인당"}) || contains_any_ci(a, {" per capita", " per person"}))
    return "capita";
  if (contains_any(b, {"톤당", "배럴당", "개당", "대당"}) || contains_any_ci(a, {" per unit", " per tonne"}))
    return "unit";
  if (contains_any_ci(a, {" a year", " per year", " annually", " every year", " each year"}) ||
      contains_any_ci(after(s, m.end, 30), {" every year", " each year"}))
    return "year";
  return std::nullopt;
}

// "A에서 B로", "from A … to B": the base is a measurement unless its year is in the future.
bool is_base(std::string_view s, const mention& m) {
  // Skip a bracketed conversion ("14억 달러(약 1조8000억원)에서") and a 규모/수준 noun.
  std::size_t at = m.end;
  if (at < s.size() && s[at] == '(') {
    std::size_t close = s.find(')', at);
    if (close != std::string_view::npos) at = close + 1;
  }
  std::string_view a = after(s, at, 16);
  for (std::string_view noun : {" 수준", " 규모", "수준", "규모"})
    if (a.rfind(noun, 0) == 0) a.remove_prefix(noun.size());
  std::string_view b = before(s, m.begin, 12);
  return a.rfind("에서", 0) == 0 || b.ends_with("from ") || b.ends_with("up from ");
}

// "14억 달러(약 1조8000억원)": an amount in another currency in brackets right after an
// amount restates it (claim-language §4.4).
bool is_conversion(std::string_view s, const mention& prev, const mention& m) {
  if (prev.kind != mention_kind::amount || m.kind != mention_kind::amount) return false;
  if (prev.currency.empty() || m.currency.empty() || prev.currency == m.currency) return false;
  std::string_view gap = s.substr(prev.end, m.begin - prev.end);
  while (!gap.empty() && gap[0] == ' ') gap.remove_prefix(1);
  if (gap.empty() || gap[0] != '(' || gap.size() > 40) return false;
  return gap.find(')') == std::string_view::npos;
}

// "¥120 billion (about $16.6 billion)": ¥ is yuan when the conversion implies about 7 per
// dollar, yen when it implies about 150 (claim-language §4.1 resolution order).
void resolve_yen(claim& base, claim& conversion) {
  claim* yen = base.text.find("\xC2\xA5") != std::string::npos ? &base
               : conversion.text.find("\xC2\xA5") != std::string::npos ? &conversion
                                                                       : nullptr;
  claim* dollars = yen == &base ? &conversion : &base;
  if (!yen || !dollars->currency || *dollars->currency != "USD" || !yen->value || !dollars->value ||
      dollars->value->point <= 0)
    return;
  double per_dollar = yen->value->point / dollars->value->point;
  if (per_dollar > 4 && per_dollar < 12) yen->currency = "CNY";
}

// "리포트링커는 2028년 시장 규모를 …. 양사 모두 생성 AI 시장이 …": a bare "시장 규모" with no
// market named before it is the market the next two sentences name.
void resolve_forward(std::vector<claim>& out, const std::vector<bool>& bare,
                     const std::vector<bool>& named) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (!bare[i]) continue;
    for (std::size_t j = i + 1; j < out.size() && out[j].sentence <= out[i].sentence + 2; ++j) {
      if (!named[j]) continue;
      out[i].subject = out[j].subject;
      out[i].subject_key = out[j].subject_key;
      break;
    }
  }
}

}  // namespace

std::string normalize_subject(std::string_view display) { return subject_key(display); }

std::string detect_language(std::string_view text) {
  std::size_t hangul = 0, latin = 0;
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    std::size_t n = utf8::decode(text, i, cp);
    if (utf8::is_hangul(cp)) ++hangul;
    if (cp < 0x80 && std::isalpha(static_cast<int>(cp))) ++latin;
    i += n ? n : 1;
  }
  return hangul * 2 >= latin && hangul > 0 ? "ko" : "en";
}

std::vector<claim> extract(const document::document& doc, const options& opts) {
  std::vector<claim> out;
  line_index lines(doc.original);
  std::optional<subject_phrase> last_subject;
  std::vector<std::string> previous_sources;
  std::optional<int> article_year;
  std::vector<bool> bare_markets, named_markets;  // per claim, for the forward resolution
  if (opts.article_date) article_year = opts.article_date->year;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const auto& sent = doc.sentences[si];
    sentence_view sv;
    sv.text = std::string_view(doc.text).substr(sent.begin, sent.end - sent.begin);
    sv.mentions = grammar::scan(sv.text);
    sv.english = detect_language(sv.text) == "en";
    // One currency shared by the sentence's other amounts lends itself to bare ones (§4.5).
    std::string sentence_currency;
    bool money_context = contains_any(sv.text, {"시장", "매출", "투자", "예산", "수출", "규모", "가치"});
    for (const auto& m : sv.mentions)
      if (m.kind == mention_kind::amount && !m.currency.empty()) {
        if (sentence_currency.empty()) sentence_currency = m.currency;
        else if (sentence_currency != m.currency) sentence_currency = "?";
      }
    std::optional<subject_phrase> sentence_subject;
    std::optional<std::pair<std::size_t, std::size_t>> last_amount;  // mention, first claim
    for (std::size_t mi = 0; mi < sv.mentions.size(); ++mi) {
      const mention& m = sv.mentions[mi];
      if (m.kind == mention_kind::year) continue;
      claim c;
      c.sentence = si;
      bool inferred = false;
      bool negative_rate = false;
      bool local_subject = false;
      if (m.kind == mention_kind::amount && m.value < 1e5 &&
          (contains_any(before(sv.text, m.begin, 12), {"환율", "달러=", "달러 =", "$1 =", "$1="}) ||
           after(sv.text, m.end, 8).rfind(" 기준", 0) == 0))
        continue;  // an exchange-rate note ("환율 1,300원 기준"), not an amount of money
      if (m.kind == mention_kind::amount || m.kind == mention_kind::vague_amount) {
        std::string cur = m.currency;
        if (cur.empty() && m.unit.empty()) {
          if (!m.big_unit || sv.english) continue;
          if (!sentence_currency.empty() && sentence_currency != "?") cur = sentence_currency;
          else if (money_context) cur = "KRW";
          else continue;
          inferred = true;
        }
        if (!cur.empty()) {
          c.kind = claim_kind::size;
          c.currency = cur;
        } else {
          c.kind = claim_kind::quantity;
          c.unit = m.unit;
        }
        c.currency_inferred = inferred;
        c.vague = m.kind == mention_kind::vague_amount;
      } else if (m.kind == mention_kind::factor) {
        c.kind = claim_kind::change;
        c.rate_of = rate_kind::factor;
      } else {
        auto r = read_rate(sv.text, m);
        c.kind = r.kind;
        c.rate_of = r.rk;
        negative_rate = r.negative;
      }
      bool base = is_base(sv.text, m);
      // The verb of a figure's own clause decides: English puts it before the figure ("is
      // expected to reach $X"), Korean after ("X로 예측했다"). Neighbouring figures bound it.
      std::size_t prev_end = 0, next_begin = sv.text.size();
      for (std::size_t j = 0; j < sv.mentions.size(); ++j) {
        if (sv.mentions[j].kind == mention_kind::year || j == mi) continue;
        if (j < mi) prev_end = sv.mentions[j].end;
        if (j > mi && next_begin == sv.text.size()) next_begin = sv.mentions[j].begin;
      }
      std::string_view local = sv.english ? sv.text.substr(prev_end, m.begin - prev_end)
                                          : sv.text.substr(m.end, next_begin - m.end);
      // A Korean clause that already ends in a past or copula verb ("규모였으며") is decided
      // by that verb; otherwise the sentence's final verb governs ("10억 달러, … 내놨다").
      bool clause_closed = contains_any(local, {"였", "됐다", "이었", "기록", "집계"});
      bool forecast_words = forecast_signal(local) ||
                            (!sv.english && !clause_closed && forecast_signal(sv.text));
      auto yb = bind_year(sv, mi, opts.article_date);
      c.forecast = (forecast_words && !(base && !(yb && article_year && yb->year > *article_year))) ||
                   (yb && article_year && yb->year > *article_year);
      if (yb && article_year && yb->year < *article_year && !forecast_words) c.forecast = false;
      hedge h = read_hedge(sv.text, m, c.forecast);
      interval iv = apply_hedge(m, h);
      c.value_hedge = h.name == "at_least_about" ? "at_least" : h.name;
      if (m.odd_unit > 0) c.value_hedge = "a_bit_over";
      if (c.vague) c.value_hedge = "vague";
      if (c.kind == claim_kind::size || c.kind == claim_kind::quantity) {
        c.value = iv;
        c.per = read_per(sv.text, m);
        // "103억 달러 적자", "영업손실 500억원", "a loss of $3.2bn": a negative balance (§4.2).
        if (c.kind == claim_kind::size &&
            (after(sv.text, m.end, 10).rfind(" 적자", 0) == 0 ||
             contains_any(before(sv.text, m.begin, 16), {"적자", "손실", "순손실"}) ||
             contains_any_ci(before(sv.text, m.begin, 16), {"loss of", "deficit of"}) ||
             contains_any_ci(after(sv.text, m.end, 10), {" deficit", " loss"})))
          c.value = interval{-iv.point, iv.high ? std::optional<double>(-*iv.high) : std::nullopt,
                             iv.low ? std::optional<double>(-*iv.low) : std::nullopt};
      } else {
        c.rate = iv;
        if (negative_rate) {
          c.rate = interval{-iv.point, iv.high ? std::optional<double>(-*iv.high) : std::nullopt,
                            iv.low ? std::optional<double>(-*iv.low) : std::nullopt};
        }
      }
      if (yb && c.kind != claim_kind::growth) {
        c.year = yb->year;
        c.year_relation = yb->relation;
      }
      if (c.kind == claim_kind::growth || c.kind == claim_kind::change) {
        auto [from, to] = bind_period(sv, mi);
        c.period_from = from;
        c.period_to = to;
      }
      // Subject: this sentence's phrase, else carried over from the last named one.
      auto sp = find_subject(sv, mi);
      // A bare measure ("시장 규모", "the market") is the market named last; a bare other
      // measure ("투자할 계획") stays local to its sentence so unrelated figures never meet.
      bool bare_market = false;
      if (sp && !sp->named && sp->market && last_subject && last_subject->market) {
        sp = last_subject;
      } else if (sp && !sp->named && sp->market) {
        bare_market = true;  // resolved forward below when the market is named just after
      } else if (sp && !sp->named && !sp->market) {
        local_subject = true;
      }
      if (!sp) sp = sentence_subject ? sentence_subject : last_subject;
      if (sp) {
        c.subject = sp->display;
        c.subject_key = subject_key(sp->display);
        if (local_subject) *c.subject_key += "#" + std::to_string(si);
        sentence_subject = sp;
        if (sp->named) last_subject = sp;
      }
      std::size_t ob = doc.original_start(sent.begin + m.begin);
      std::size_t oe = doc.original_end(sent.begin + m.end);
      c.text = doc.original.substr(ob, oe - ob);
      auto lb = lines.at(ob), le = lines.at(oe);
      c.where = span{ob, oe, lb.line, lb.column, le.line, le.column};
      if (last_amount && is_conversion(sv.text, sv.mentions[last_amount->first], m)) {
        claim& base_claim = out[last_amount->second];
        resolve_yen(base_claim, c);
        c.conversion_of = base_claim.id;
        c.year = base_claim.year;
        c.year_relation = base_claim.year_relation;
        c.forecast = base_claim.forecast;
      }
      auto sources = find_sources(sv, mi, previous_sources);
      if (sources.empty()) sources.push_back({});
      for (const auto& src : sources) {
        claim each = c;
        if (!src.empty()) each.source = src;
        each.id = "c" + std::to_string(out.size() + 1);
        out.push_back(std::move(each));
        bare_markets.push_back(bare_market);
        named_markets.push_back(sp && sp->named && sp->market);
      }
      if (m.kind == mention_kind::amount) last_amount = {mi, out.size() - sources.size()};
    }
    // Track the subject named last, even in sentences without figures.
    if (auto sp = find_subject_at(sv.text, sv.text.size()); sp && sp->named) last_subject = sp;
    auto named = named_sources(sv);
    if (!named.empty()) previous_sources = named;
  }
  resolve_forward(out, bare_markets, named_markets);
  return out;
}

}  // namespace fc::claims
