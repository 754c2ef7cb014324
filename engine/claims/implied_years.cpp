// Years a sentence implies rather than writes: a prior-period figure is a year before the
// sentence's other figure of its kind; a move "over the same period" ("같은 기간 국내 시장은
// 8000억원에서 2조원으로") spans the years of the dated move before it.
#include "claims/readings.hpp"

namespace fc::claims {

namespace {

// A figure of the same measure as the prior-period figure `prior`, and no prior figure itself:
// what dates it and names it.
bool figure_of_prior_measure(const claim& other, const claim& prior) {
  return !other.prior && !other.conversion_of && other.kind == prior.kind &&
         other.kind != claim_kind::growth && other.currency == prior.currency &&
         other.unit == prior.unit;
}

}  // namespace

void date_prior_figures(std::vector<claim>& out, const std::vector<std::size_t>& prior,
                        std::size_t sentence) {
  for (std::size_t k : prior) {
    auto dates = [&](std::size_t o) {
      const claim& other = out[o];
      // Another prior figure (a distributed copy of this one) dates nothing.
      if (o == k || !other.year || !figure_of_prior_measure(other, out[k])) return false;
      out[k].year = *other.year - out[k].prior_years;
      out[k].part_year = other.part_year;  // "전년 동기(…)": the same quarter a year back
      out[k].year_relation = other.year_relation;
      out[k].forecast = false;
      return true;
    };
    // "rose 9% in 2022 to €22 billion, from €20.2 billion a year earlier, and … €24 billion this
    // year": the figure it is the year before of is the nearest before it, else the first after.
    // "전년(10조원)보다 20% 늘어난 12조원": the figure after it in its sentence; the sentence
    // before only when its own has none.
    bool dated = false;
    for (std::size_t o = k; !dated && o-- > 0 && out[o].sentence == out[k].sentence;)
      dated = dates(o);
    for (std::size_t o = k + 1; !dated && o < out.size() && out[o].sentence == out[k].sentence; ++o)
      dated = dates(o);
    for (std::size_t o = k; !dated && o-- > 0 && out[o].sentence + 1 >= sentence;) dated = dates(o);
    // "지난해에는 전년(3350억원)보다 6.9% 감소해": with no figure to date it from, the year its
    // sentence is about is the one after it.
    if (!dated && out[k].year) {
      *out[k].year -= out[k].prior_years;
      out[k].forecast = false;
    }
  }
}

void share_prior_subjects(std::vector<claim>& out) {
  for (std::size_t k = 0; k < out.size(); ++k) {
    if (!out[k].prior) continue;
    // "한국산은 1억 2,600만 달러로 전년(9,800만 달러)보다": in one sentence, the figure of the
    // year before is the same measure's as the nearest figure of its kind, whatever words stand
    // before its bracket.
    auto alike = [&](std::size_t o) {
      return o != k && out[o].sentence == out[k].sentence &&
             figure_of_prior_measure(out[o], out[k]);
    };
    std::optional<std::size_t> same;
    for (std::size_t o = k; !same && o-- > 0 && out[o].sentence == out[k].sentence;)
      if (alike(o)) same = o;
    for (std::size_t o = k + 1; !same && o < out.size() && out[o].sentence == out[k].sentence; ++o)
      if (alike(o)) same = o;
    if (!same || out[k].subject_key == out[*same].subject_key) continue;
    // "物販系分野は14兆6760億円と全体の59.1%を占め、前年の13兆9997億円から6.8%伸びた": the change
    // written right after the prior figure is the move out of it and measures what it does.
    if (std::size_t r = k + 1;
        r < out.size() && out[r].sentence == out[k].sentence && out[r].kind == claim_kind::growth &&
        (out[r].rate_of == rate_kind::total || out[r].rate_of == rate_kind::yoy))
      out[r].subject = out[*same].subject, out[r].subject_key = out[*same].subject_key;
    out[k].subject = out[*same].subject, out[k].subject_key = out[*same].subject_key;
  }
}

void date_same_period(std::vector<claim>& out, std::size_t first, std::string_view text) {
  if (!contains_any(text, {"같은 기간", "동기간", "같은 기간에"}) &&
      !contains_any(text, {"same period", "same time frame", "same timeframe"}))
    return;
  auto amount = [](const claim& c) {
    return (c.kind == claim_kind::size || c.kind == claim_kind::quantity) && c.value &&
           !c.conversion_of;
  };
  std::vector<std::size_t> undated;
  for (std::size_t k = first; k < out.size(); ++k)
    if (amount(out[k]) && !out[k].year &&
        (undated.empty() || out[k].where.start != out[undated.back()].where.start))
      undated.push_back(k);
  if (undated.size() != 2 || !out[undated[0]].move_base) return;
  // The dated move before: its base and the next later figure of the same subject.
  std::size_t sentence = out[undated[0]].sentence;
  for (std::size_t b = undated[0]; b-- > 0 && out[b].sentence + 1 >= sentence;) {
    const claim& base = out[b];
    if (!amount(base) || !base.move_base || !base.year) continue;
    for (std::size_t e = b + 1; e < undated[0]; ++e) {
      const claim& end = out[e];
      if (!amount(end) || !end.year || *end.year <= *base.year ||
          end.subject_key != base.subject_key)
        continue;
      // Another subject over the same years; the same subject would be a second reading of
      // the one move, which the rules would then compare.
      if (out[undated[0]].subject_key == base.subject_key) return;
      for (std::size_t k = first; k < out.size(); ++k) {
        if (out[k].where.start == out[undated[0]].where.start) out[k].year = base.year;
        if (out[k].where.start == out[undated[1]].where.start) {
          out[k].year = end.year;
          out[k].year_relation = end.year_relation;
        }
      }
      return;
    }
    return;
  }
}

bool part_year_before(const std::vector<claim>& out, std::size_t sentence) {
  for (std::size_t k = out.size(); k-- > 0 && out[k].sentence + 1 >= sentence;)
    if (out[k].kind == claim_kind::size || out[k].kind == claim_kind::quantity)
      return out[k].part_year;
  return false;
}

}  // namespace fc::claims
