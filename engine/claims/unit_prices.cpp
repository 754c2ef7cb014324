// Figures per something (claim-language §4.7): a flow per day or year, a figure per customer,
// and a unit price. "㎏당 1만2000원", "출고가는 199만8700원", "$132 per kilowatt-hour", "sells for
// about $2,400 a ton" state what one unit costs, never a market's size, so they are never
// compared with totals. The price words are language data (roles.price_before,
// roles.price_after).
#include <cctype>

#include "claims/measures.hpp"
#include "claims/readings.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

using grammar::mention;

namespace {

// "㎏당 ", "장당 ", "가구당 ": a Korean word ending in 당 right before the figure is its unit,
// but "해당 " (the said) and "상당 " (considerable) are not.
bool korean_unit_word(std::string_view lead) {
  if (!lead.ends_with("당 ")) return false;
  return !lead.ends_with("해당 ") && !lead.ends_with("상당 ") && !lead.ends_with("정당 ");
}

}  // namespace

std::optional<std::string> read_per(std::string_view s, const mention& m) {
  // "Average revenue per user rose to $11.50", "가입자당 평균 매출(ARPU)": a figure per customer.
  if (contains_any(before(s, m.begin, 48),
                   {"revenue per user", "revenue per subscriber", "revenue per customer", "ARPU",
                    "per-user", "Revenue per user"}) ||
      contains_any(before(s, m.begin, 32), {"가입자당", "이용자당", "고객당"}))
    return "capita";
  std::string_view b = before(s, m.begin, 24);
  std::string_view a = after(s, m.end, 16);
  if (contains_any(b, {"하루", "일일", "일평균"}) ||
      contains_any_ci(a, {" a day", " per day", " daily"}))
    return "day";
  if (contains_any(b, {"1인당", "인당"}) || contains_any_ci(a, {" per capita", " per person"}))
    return "capita";
  // "$11 a month", "월 구독료 1만3500원": a fee per month, which times its subscribers is a
  // month's revenue, not a year's.
  if (contains_any(b, {"월 구독료", "월정액", "월 이용료", "월 요금", "매달 ", "매월 "}) ||
      contains_any_ci(a, {" a month", " per month", " monthly", " each month"}))
    return "month";
  // "$218 million per vessel", "$3,400 per household": a figure per item of any kind (the
  // times and people are read above).
  if (contains_any_ci(a, {" per cent", " per annum"})) return std::nullopt;
  if (a.starts_with(" per ") && a.size() > 6 && std::isalpha(static_cast<unsigned char>(a[5])))
    return "unit";
  if (contains_any(b, {"톤당", "배럴당", "개당", "대당", "주당"}) ||
      contains_any_ci(a, {" per unit", " per tonne", " each", " per share", " a share", " apiece"}))
    return "unit";
  if (contains_any_ci(a, {" a year earlier", " a year ago", " a year before"})) return std::nullopt;
  if (contains_any_ci(a, {" a year", " per year", " annually", " every year", " each year"}) ||
      contains_any_ci(after(s, m.end, 30), {" every year", " each year"}))
    return "year";
  // A unit price: a price noun or verb right before the figure, past a hedge ("평균 가격은
  // 1만5000원 안팎", "selling for more than $600"), or a unit right after it.
  std::string_view lead = before(s, m.begin, 40);
  lead.remove_suffix(trailing_prefix_hedge(lead));
  if (korean_unit_word(lead) || lang::words("roles.price_before").suffix_of(lead) ||
      lang::words("roles.price_after").prefix_of(a))
    return "unit";
  // "The average price of a 2kg bag of dry dog food rose to £11.40", "대당 평균판매가격(ASP)이
  // 약 102만원으로": a price noun leads the figure's clause, with no measure named after it.
  std::string_view clause = before(s, m.begin, 96);
  if (std::size_t cut = clause.find_last_of(",;"); cut != std::string_view::npos)
    clause.remove_prefix(cut + 1);
  for (const auto& e : lang::words("roles.price_nouns").entries())
    if (std::size_t at = lang::find(clause, e);
        at != std::string_view::npos && measure_hits(clause.substr(at + e.word.size())).empty())
      return "unit";
  return std::nullopt;
}

}  // namespace fc::claims
