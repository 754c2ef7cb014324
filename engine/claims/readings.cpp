// Readings of a mention in its sentence: interval, rate kind, flows, bases, conversions.
#include "claims/readings.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "claims/words.hpp"
#include "lang/lang.hpp"
#include "support/utf8.hpp"

namespace fc::claims {

using grammar::mention;
using grammar::mention_kind;

namespace {

bool direction_follows(std::string_view a) {
  if (!a.empty() && a[0] == ' ') a.remove_prefix(1);
  return lang::words("directions.change_after").prefix_of(a) != nullptr;
}

// "an increase of 5%", "up 5%": the rate is a change even in a sentence about shares.
bool direction_precedes(std::string_view b) {
  std::string_view verb = b;
  while (verb.ends_with(' ')) verb.remove_suffix(1);
  // "now makes up 47% of sales", "making up 52% of resale value": a share verb ending in "up".
  if (lang::words("shares.verbs_before").suffix_of(verb)) return false;
  return lang::words("directions.change_before").suffix_of(b) != nullptr;
}

// "24% of units sold", "40% of the region's capacity": a part of a named whole. Not "5% of
// 2023" nor "of $4 billion", where a figure follows.
bool of_noun(std::string_view a) {
  if (a.rfind(" of ", 0) != 0) return false;
  a.remove_prefix(4);
  // "55% of 2023 revenue": the whole's year, then the whole.
  if (a.size() > 5 &&
      std::all_of(a.begin(), a.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
      a[4] == ' ')
    a.remove_prefix(5);
  return !a.empty() && std::isalpha(static_cast<unsigned char>(a[0]));
}

// A level, not a change: "fell to 56%", "from 66%", "56%로 하락", "66%에서". The direction word
// nearby says which way the level moved; it does not make the level negative.
bool level_position(std::string_view b, std::string_view a) {
  for (std::string_view w : {"to ", "from ", "to about ", "from about ", "to nearly "})
    if (b.ends_with(w)) return true;
  return a.rfind("에서", 0) == 0 || a.rfind("로 ", 0) == 0 || a.rfind("으로 ", 0) == 0 ||
         a.rfind("로,", 0) == 0 || a == "로" || a == "으로";
}

// An exclusion word with a basis beside it ("excluding currency effects", "환율 효과를 제외하면"):
// English names what it strips after the word, Korean before it.
bool strips_a_basis(std::string_view w) {
  for (const auto& x : lang::words("roles.basis_exclusions").entries())
    for (std::size_t at = lang::find(w, x); at != std::string_view::npos;
         at = lang::find(w, x, at + 1)) {
      std::size_t from = at > 24 ? at - 24 : 0;
      if (lang::words("roles.excluded_bases").in(w.substr(from, at - from + x.word.size() + 32)))
        return true;
    }
  return false;
}

// A percentage written right after `lead`: digits and a point, then '%'. Returns what follows.
std::optional<std::string_view> percent_after(std::string_view a, std::string_view lead) {
  if (!a.starts_with(lead)) return std::nullopt;
  a.remove_prefix(lead.size());
  std::size_t n = 0;
  while (n < a.size() && (std::isdigit(static_cast<unsigned char>(a[n])) || a[n] == '.')) ++n;
  if (n == 0 || n >= a.size() || a[n] != '%') return std::nullopt;
  return a.substr(n + 1);
}

// "71%에서 62%로", "from 27% to 31%": one percentage moving to another, either end. Such a pair
// is a level that moves (a share, a ratio), not two changes; a rate noun in the clause ("성장률이
// 5%에서 4%로") keeps them rates.
bool percent_move(std::string_view s, const mention& m) {
  std::string_view a = after(s, m.end, 24), b = before(s, m.begin, 24);
  auto korean_end = [](std::string_view rest) {
    // "47.9%에서 14% 수준으로": a level word or a hedge may stand before the particle.
    if (const auto* filler = lang::words("roles.move_end_fillers").prefix_of(rest))
      rest.remove_prefix(filler->word.size());
    return rest.starts_with("로") || rest.starts_with("으로") || rest.starts_with("까지");
  };
  for (std::string_view lead : {"에서 ", "에서"})
    if (auto rest = percent_after(a, lead); rest && korean_end(*rest)) return true;
  if (b.ends_with("에서 ") || b.ends_with("에서")) {
    std::string_view head = b.substr(0, b.size() - (b.ends_with(" ") ? 7 : 6));
    if (head.ends_with("%") && korean_end(a)) return true;
  }
  if (b.ends_with("from ") && percent_after(a, " to ")) return true;
  if (b.ends_with("% to ")) {
    std::size_t from = b.rfind("from ");
    if (from != std::string_view::npos && percent_after(b.substr(from), "from ")) return true;
  }
  return false;
}

// "연5.31%", "연-5%": 연 glued to the number is "a year" (a rate per year), as "연 5%" is; inside a
// word (공연, 주연) it is not.
bool annual_glued(std::string_view s, std::size_t begin) {
  std::string_view b = s.substr(0, begin);
  return b.ends_with("연") && !utf8::is_hangul(utf8::before(s, begin - 3));
}

}  // namespace

interval apply_hedge(const mention& m, const hedge& h, double nearly_band) {
  double v = m.value;
  double half = m.half;
  if (m.kind == mention_kind::vague_amount) return {v, m.vague_low, m.vague_high};
  if (m.digit_band) return {(v + m.range_high) / 2, v, m.range_high};
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
  // "1割強", "3割弱": a coarse share a bit past its figure stays within its written step
  // (1割強 is up to 15%), wider than a tenth of it.
  bool coarse = m.kind == mention_kind::percent && half > v * 0.1;
  if (n == "a_bit_over") return {v, v, coarse ? v + half : v * 1.1};
  if (n == "a_bit_under") return {v, coarse ? v - half : v * 0.9, v};
  if (n == "band") {
    // The unit of the last non-zero digit (§8.3): `2000억원대` is [2000억, 3000억), `30%대`
    // [30%, 40%); the written precision is where the search starts.
    double u = 2 * half;
    while (u > 0 && v != 0) {
      double q = v / (u * 10);
      if (std::abs(q - std::round(q)) > 1e-6 * std::max(1.0, std::abs(q)) || std::round(q) == 0)
        break;
      u *= 10;
    }
    if (h.band_unit_third == 1) return {v, v, v + 0.4 * u};
    if (h.band_unit_third == 2) return {v, v + 0.3 * u, v + 0.7 * u};
    if (h.band_unit_third == 3) return {v, v + 0.6 * u, v + u};
    return {v, v, v + u};
  }
  return interval::around(v, half);
}

rate_reading read_rate(std::string_view s, const mention& m) {
  rate_reading r;
  std::string_view b = before(s, m.begin, 48);
  std::string_view a = after(s, m.end, 40);
  // "약 40%(1,250억 달러)로 가장 큰 비중을": the amount a share comes to, in brackets, is no cue of
  // the rate; the words past it are.
  if (std::size_t close = a.find(')'); a.starts_with("(") && close != std::string_view::npos &&
                                       close <= 30 && a.substr(0, close).find('%') == a.npos &&
                                       a.substr(0, close).find_first_of("0123456789") != a.npos)
    a = after(s, m.end + close + 1, 40);
  if (m.kind == mention_kind::points) {
    r.kind = claim_kind::change, r.rk = rate_kind::points;
  } else if (b.ends_with("전년 동기(") || b.ends_with("전년(") || b.ends_with("작년 동기(") ||
             b.ends_with("전년 동월(")) {
    r.kind = claim_kind::share,
    r.rk = rate_kind::none;  // "22%로 전년 동기(17%)보다": last year's level
  } else if (contains_any_ci(b, {"금리", "이자", "수익률", "이익률", "세율", "부가세", "margin",
                                 "interest", "yield", "coupon", "tax rate", "tax of"}) ||
             contains_any(after(s, m.end, 12), {"금리", "이자", "수익률", "이율"}) ||
             contains_any_ci(after(s, m.end, 14), {" interest", " coupon", " yield"})) {
    r.rk = rate_kind::other;
  } else if (lang::words("shares.verbs_after").prefix_of(a) ||
             lang::words("shares.nouns_after").prefix_of(a)) {
    // "4분기 매출은 연간 매출의 28%를 차지했다": what a share verb takes is a share, whatever
    // "연간" (annual) said before it.
    r.kind = claim_kind::share, r.rk = rate_kind::none;
  } else if ((lang::words("shares.verbs_before").in(own_before(s, m.begin, 40)) ||
              lang::words("shares.nouns_before").in(own_before(s, m.begin, 48))) &&
             !direction_precedes(b) &&  // "This represents growth of 245%"
             !contains_any_ci(own_after(s, m.end, 20), {"a year", "annually", "cagr"}) &&
             // "represents a CAGR of 11%": a share verb before a named rate.
             !contains_any_ci(before(s, m.begin, 24), {"cagr of", "growth rate of", "compound"})) {
    // "6% annual growth, with OTC products accounting for 9% of that total": a share verb in
    // the figure's own clause makes it a share, whatever rate words the clause before had.
    r.kind = claim_kind::share, r.rk = rate_kind::none;
  } else if (contains_any_ci(after(s, m.end, 30), {"from a year earlier", "year-on-year",
                                                   "year over year", "from a year ago"})) {
    r.rk = rate_kind::yoy;
  } else if (contains_any(b, {"연평균", "매년", "해마다", "CAGR", "연 "}) || annual_adverb(b) ||
             annual_glued(s, m.begin) ||
             contains_any_ci(
                 b, {"compound annual", "compound rate", "compound growth", "compounded",
                     "annual growth", "annual average", "a cagr", "annualized", "average annual",
                     "annual rate of ", "annual pace of ", "yearly rate of ", "yearly pace of "}) ||
             a.rfind("씩", 0) == 0 || contains_any(a, {"CAGR"}) ||
             // "a roughly 27% annual clip", "a 5% yearly pace": the noun after it is annual.
             a.starts_with(" annual ") || a.starts_with(" yearly ") ||
             (contains_any_ci(
                  own_after(s, m.end, 20),
                  {"a year", "annually", "per year", "per annum", "p.a.", "cagr", "annual growth",
                   "annual rate", "compound", "every year", "each year"}) &&
              !contains_any_ci(after(s, m.end, 30),
                               {"a year earlier", "a year ago", "a year before"}))) {
    r.rk = rate_kind::cagr;
    // "매년 15~25%씩", "grew 20–30% a year": the rate binds each year's step; "연평균", "CAGR",
    // "average annual" state only the span's average (range-rate-step reads the difference).
    std::string_view own_b = own_before(s, m.begin, 40), own_a = own_after(s, m.end, 24);
    bool average = contains_any(b, {"평균", "CAGR"}) || contains_any(a, {"CAGR", "평균"}) ||
                   contains_any_ci(b, {"compound", "average", "annualized", "a cagr"}) ||
                   contains_any_ci(own_a, {"cagr", "compound", "average", "on average"});
    // "15.4% a year" over a decade is its average; a range a year ("20–30% a year") or an
    // explicit "every year" / "매년" / "씩" binds each step.
    bool every =
        contains_any(own_b, {"매년", "해마다"}) || a.rfind("씩", 0) == 0 ||
        contains_any_ci(own_a, {"every year", "each year"}) ||
        (m.is_range &&
         (contains_any(own_b, {"연 "}) ||
          contains_any_ci(own_a, {"a year", "annually", "per year", "per annum", "p.a."})));
    r.each_year = every && !average;
  } else if (percent_move(s, m) &&
             !lang::words("roles.rate_nouns").in(own_before(s, m.begin, 40))) {
    r.kind = claim_kind::share, r.rk = rate_kind::none;
  } else if (lang::words("shares.ratio_nouns").in(b) &&
             (a.rfind("에서", 0) == 0 || a.rfind("로", 0) == 0 || a.rfind("으로", 0) == 0)) {
    // "비중도 같은 기간 18%에서 47%로 높아질": a share moving between two levels, not a rate.
    r.kind = claim_kind::share, r.rk = rate_kind::none;
  } else if (contains_any(clause_before(b),  // not another clause's ("…낮아졌고, 화웨이가 35%")
                          {"전년 대비", "전년보다", "전년 동기", "같은 기간", "1년 전", "전년비",
                           "성장률은 ", "성장률이 ", "성장률을 "}) ||
             contains_any_ci(a, {"year over year", "year-on-year", "year on year", "yoy", "y/y",
                                 "from a year earlier"})) {
    r.rk = rate_kind::yoy;
  } else if (direction_follows(a) || direction_precedes(b)) {
    r.rk = rate_kind::total;  // "5% 늘었다": a change, even right after 점유율
  } else if (lang::words("shares.ratio_nouns").in(b) ||
             // "분야별 비중은 하드웨어가 41.2%, 소프트웨어가 33.5%": items of a ratio named as the
             // sentence's topic.
             lang::words("shares.ratio_topics").in(before(s, m.begin, 160)) ||
             contains_any_ci(b, {"accounts for", "account for", "accounted for", "accounting for",
                                 "took ", " take ", " takes ", " taking ", "captured ", "made up ",
                                 "makes up ", "make up ", "represented ", "represents ",
                                 "comprises ", "comprised ", "held ", "holds ", "holding "}) ||
             contains_any(a, {"를 차지", "을 차지", "를 점유"}) || a.rfind("로", 0) == 0 ||
             a.rfind(" share", 0) == 0 || a.rfind(" market share", 0) == 0 ||
             a.rfind("으로", 0) == 0 || b.ends_with("to ") ||
             // "신규 설치량의 약 40%": past a hedge.
             b.substr(0, b.size() - trailing_prefix_hedge(b)).ends_with("의 ") ||
             contains_any_ci(after(s, m.end, 14),
                             {" of the", " of global", " of gdp", " of all", " of total", " of its",
                              " of revenue", " of sales", " of the market"}) ||
             of_noun(a) ||
             // "2위는 한결전자(24.8%)": a rank's holder holds a share (shares.rank_before).
             ranked_holder(before(s, m.begin, 32)) ||
             // "플랫폼별로는 모바일게임 10조7200억원(57.5%), PC게임 …", "split between blue units
             // at 48%, …": in a breakdown, a bare percentage in brackets or after "at" is a share.
             (!m.negative && ((b.ends_with("(") && lang::words("roles.breakdown_cues").in(s)) ||
                              ((b.ends_with("(") || b.ends_with(" at ")) &&
                               lang::words("shares.split_cues").in(s.substr(0, m.begin)))))) {
    r.kind = claim_kind::share, r.rk = rate_kind::none;
  } else {
    r.uncued = true;
  }
  if (r.kind != claim_kind::share &&
      (lang::words("directions.fall_after").in(a) || lang::words("directions.fall_before").in(b) ||
       lang::words("directions.fall_noun_after").prefix_of(a)))
    r.negative = true;
  if (r.kind == claim_kind::change && lang::words("directions.change_fall_before").in(b))
    r.negative = true;
  // A change on another basis than the reported figures (roles.other_bases), or one that strips
  // a basis out ("excluding currency effects"), is not a change of the dated levels.
  for (std::string_view w : {own_before(s, m.begin, 40), own_after(s, m.end, 48)})
    if (lang::words("roles.other_bases").in(w) || strips_a_basis(w)) r.other_basis = true;
  // "코로나19 기간 해마다 30% 안팎씩 뛰던 것과 비교하면": a verb in the retrospective tells of
  // another time, the rate the text compares with, not a change of its figures.
  for (auto w : words(own_after(s, m.end, 24)))
    if (lang::words("roles.retrospective_endings").suffix_of(w)) r.other_basis = true;
  // A compound rate keeps its direction ("연평균 3%로 감소할").
  if (r.kind != claim_kind::change && r.rk != rate_kind::cagr &&
      level_position(b, after(s, m.end, 8)))
    r.negative = false;
  // "성장률이 연평균 11%대로 낮아질", "growth slowing to 4% a year": the verb moves the rate
  // itself, and the rate it reaches is still the market's rise.
  if (r.kind == claim_kind::growth &&
      lang::words("roles.rate_nouns").in(own_before(s, m.begin, 40)) &&
      !lang::words("directions.fall_before").in(b)) {  // "감소율도 8.6%에서": a decline's rate
    std::string_view level = after(s, m.end, 8);
    if (level.starts_with("대")) level.remove_prefix(std::string_view("대").size());
    if (level_position(b, level)) r.negative = false;
  }
  // A written minus is the rate's own sign: a decline word beside it repeats the direction,
  // never flips it back (§6.3), and a level keeps it ("-5%로 떨어졌다").
  if (m.negative) r.negative = true;
  return r;
}

bool factor_falls(std::string_view s, const mention& m) {
  if (m.value < 1) return false;  // "halved" is its own fall
  // Korean puts the verb after the multiple ("3배 이상 줄었다"); the first verb decides, so a
  // later clause ("…늘었고 비용은 줄었다") does not.
  std::string_view a = own_after(s, m.end, 30);
  std::size_t up = a.size(), down = a.size();
  for (const auto& w : lang::words("directions.factor_rise_after").entries())
    up = std::min(up, lang::find(a, w));
  for (const auto& w : lang::words("directions.factor_fall_after").entries())
    down = std::min(down, lang::find(a, w));
  if (down < up) return true;
  // English puts it before ("fell threefold") or names the fall after ("a 5x drop", "8x lower").
  if (lang::words("directions.factor_fall_before").suffix_of(own_before(s, m.begin, 24)))
    return true;
  if (lang::words("directions.factor_fall_noun_after").prefix_of(after(s, m.end, 16))) return true;
  return false;
}

interval falling(const interval& iv, rate_kind rk) {
  if (rk != rate_kind::factor)
    return {-iv.point, iv.high ? std::optional<double>(-*iv.high) : std::nullopt,
            iv.low ? std::optional<double>(-*iv.low) : std::nullopt};
  auto inverse = [](std::optional<double> x) {
    return x && *x > 0 ? std::optional<double>(1 / *x) : std::nullopt;
  };
  auto high = inverse(iv.low);
  return {1 / iv.point, iv.high ? inverse(iv.high) : std::optional<double>(0), high};
}

// "A에서 B로", "from A … to B": the base is a measurement unless its year is in the future.
bool is_base(std::string_view s, const mention& m) {
  // Skip a bracketed conversion ("14억 달러(약 1조8000억원)에서").
  std::size_t at = m.end;
  if (std::size_t close = s.find(')', at); at < s.size() && s[at] == '(' && close != s.npos)
    at = close + 1;
  std::string_view a = after(s, at, 16);
  std::string_view b = before(s, m.begin, 32);
  // "from about 48 million", "from an estimated $3 billion": a hedge between; "its range runs
  // from" opens a range (directions.range_before).
  b.remove_suffix(trailing_prefix_hedge(b));
  if (lang::words("directions.range_before").suffix_of(b)) return false;
  // "52億ドルから", "against $54 million", "2800억 원이던 … 5100억 원으로" (directions.base_*).
  if (base_marker_after(a) || lang::words("directions.base_before").suffix_of(b)) return true;
  if (std::size_t cong = b.rfind("从"); cong != std::string_view::npos &&
                                        b.substr(cong).find(',') == std::string_view::npos &&
                                        b.substr(cong).find("，") == std::string_view::npos)
    return true;
  // "from last year's 12.3 gigawatts", "a 31% increase on the $7.5 billion recorded in 2022": a
  // base word, then an article, a possessive or a word that qualifies the level.
  for (const auto& e : lang::words("directions.base_before").entries()) {
    std::size_t at = lang::rfind(b, e);
    if (at == std::string_view::npos) continue;
    std::string_view between = b.substr(at + e.word.size());
    // "由2019年的人民币396亿元增至…": the base's own year and "的" between.
    std::string_view dated =
        between.substr(std::min(between.size(), between.find_first_not_of("0123456789")));
    if (dated.size() < between.size() && (dated == "年的" || dated == "年度的")) return true;
    if (between.find_first_of(",;()") == std::string_view::npos && words(between).size() <= 3 &&
        (between.ends_with("'s ") || between.ends_with("\u2019s ") ||
         lang::words("directions.base_determiners").equal_to(between)))
      return true;
  }
  return false;
}

// "14억 달러(약 1조8000억원)": an amount in another currency in brackets right after an
// amount restates it (claim-language §4.4).
bool is_conversion(std::string_view s, const mention& prev, const mention& m) {
  if (prev.kind != mention_kind::amount || m.kind != mention_kind::amount) return false;
  if (prev.currency.empty() || m.currency.empty() || prev.currency == m.currency) return false;
  std::string_view gap = s.substr(prev.end, m.begin - prev.end);
  while (!gap.empty() && gap[0] == ' ') gap.remove_prefix(1);
  // "1160亿美元（约合人民币1.1万亿元）": a full-width bracket opens a conversion too.
  bool full_width = gap.starts_with("（");
  if (gap.empty() || (gap[0] != '(' && !full_width) || gap.size() > 40) return false;
  return gap.find(')') == std::string_view::npos && gap.find("）") == std::string_view::npos;
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

}  // namespace fc::claims
