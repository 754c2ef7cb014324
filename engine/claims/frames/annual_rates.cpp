// Frame: a sequence of annual rates. A rate written with its own year beside it ("2024년
// 19.0%", "9.5% in 2025") in a sentence with another such rate is the change of that year over
// the year before. Read as one compound rate over the span, it would be checked against the
// span's first and last figures and raise a false cagr-mismatch.
#include <string_view>

#include "claims/frames.hpp"

namespace fc::claims {
namespace {

using grammar::mention;
using grammar::mention_kind;

// The year written right beside a rate: before it in Korean ("2024년 19.0%", "2024년에는
// 19%"), after it in English ("9.5% in 2025", "12.6% for 2025").
int own_year(const sentence_view& sv, std::size_t index) {
  const auto& ms = sv.mentions;
  const mention& m = ms[index];
  auto gap = [&](std::size_t from, std::size_t to) { return sv.text.substr(from, to - from); };
  if (sv.english) {
    if (index + 1 < ms.size() && ms[index + 1].kind == mention_kind::year) {
      std::string_view g = gap(m.end, ms[index + 1].begin);
      if (g == " in " || g == " for " || g == " in fiscal ") return ms[index + 1].year;
    }
    return 0;
  }
  if (index > 0 && ms[index - 1].kind == mention_kind::year) {
    std::string_view g = gap(ms[index - 1].end, m.begin);
    if (g == " " || g == "년 " || g == "에 " || g == "에는 " || g == "년에 " || g == "년에는 " ||
        g == "엔 " || g == "년엔 ")
      return ms[index - 1].year;
  }
  return 0;
}

bool is_rate_of_change(const claim& c) {
  return c.kind == claim_kind::growth && c.rate &&
         (c.rate_of == rate_kind::cagr || c.rate_of == rate_kind::total ||
          c.rate_of == rate_kind::yoy);
}

}  // namespace

void frame_annual_rates(const sentence_claims& s) {
  struct dated_rate {
    std::vector<std::size_t> claims;
    int year;
    std::size_t begin, end;  ///< the rate with its year
  };
  const auto& ms = s.sv.mentions;
  std::vector<dated_rate> rates;
  for (std::size_t mi = 0; mi < ms.size(); ++mi) {
    if (ms[mi].kind != mention_kind::percent) continue;
    int year = own_year(s.sv, mi);
    if (!year) continue;
    auto cs = s.of_mention(ms[mi].begin);
    if (cs.empty()) continue;
    std::size_t begin = s.sv.english ? ms[mi].begin : ms[mi - 1].begin;
    std::size_t end = s.sv.english ? ms[mi + 1].end : ms[mi].end;
    const claim& c = s.out[cs.front()];
    // "from 18.8% in 2024 to 12.6% in 2025 and 6.4% in 2026": the rates a change moves to
    // are changes too, whatever their own words suggest ("to 12.6%" reads like a share).
    bool continues = false;
    if (!rates.empty() && c.kind == claim_kind::share && !c.subtotal) {
      std::string_view gap = s.sv.text.substr(rates.back().end, begin - rates.back().end);
      for (std::string_view link : {" to ", ", ", " and ", ", and ", "에서 ", "로, "})
        continues = continues || gap == link;
    }
    if (!is_rate_of_change(c) && !continues) {
      if (!rates.empty() && is_rate_of_change(s.out[rates.front().claims.front()])) break;
      continue;
    }
    rates.push_back({cs, year, begin, end});
  }
  // One dated rate may be a compound rate "through 2030"; two or more with different years
  // are a sequence.
  if (rates.size() < 2) return;
  for (std::size_t a = 0; a < rates.size(); ++a)
    for (std::size_t b = a + 1; b < rates.size(); ++b)
      if (rates[a].year == rates[b].year) return;
  for (const auto& r : rates)
    for (auto i : r.claims) {
      claim& c = s.out[i];
      c.kind = claim_kind::growth;
      c.rate_of = rate_kind::yoy;
      c.year.reset();
      c.period_from = r.year - 1;
      c.period_to = r.year;
    }
}

}  // namespace fc::claims
