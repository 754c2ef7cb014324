// Currencies that a text's conversions resolve. "¥120 billion (about $16.6 billion)": ¥ is
// yuan or yen by the rate the conversion implies. "$4.2 billion (US$3.0 billion)": a text that
// converts its bare dollars into US dollars writes them in a dollar of its own country. A bare
// "$" is a US dollar unless the text names another (claim-language §4.1); this conversion names
// it. The country the text names tells which dollar (currency.dollar_countries); when it names
// none, or several, the dollar stays unnamed ("$"), so that no figure of it is compared with a
// US-dollar one.
#include <algorithm>
#include <cctype>
#include <set>

#include "claims/readings.hpp"
#include "lang/lang.hpp"

namespace fc::claims {
namespace {

bool bare_dollar(std::string_view text) {
  std::size_t at = text.find('$');
  return at != std::string_view::npos &&
         (at == 0 ||
          (!std::isalpha(static_cast<unsigned char>(text[at - 1])) && text[at - 1] != '.'));
}

bool us_marked(std::string_view text) {
  return lang::words("currency.us_dollar_marks").find_in(text) != nullptr;
}

std::string local_dollar(std::string_view document) {
  std::set<std::string> named;
  for (const auto& e : lang::words("currency.dollar_countries").entries())
    if (lang::find(document, e) != std::string_view::npos) named.insert(e.text);
  return named.size() == 1 ? *named.begin() : "$";
}

}  // namespace

// "¥120 billion (about $16.6 billion)": ¥ is yuan when the conversion implies about 7 per
// dollar, yen when it implies about 150 (claim-language §4.1 resolution order).
void resolve_yen(claim& base, claim& conversion) {
  claim* yen = base.text.find("\xC2\xA5") != std::string::npos         ? &base
               : conversion.text.find("\xC2\xA5") != std::string::npos ? &conversion
                                                                       : nullptr;
  claim* dollars = yen == &base ? &conversion : &base;
  if (!yen || !dollars->currency || *dollars->currency != "USD" || !yen->value || !dollars->value ||
      dollars->value->point <= 0)
    return;
  double per_dollar = yen->value->point / dollars->value->point;
  if (per_dollar > 4 && per_dollar < 12) yen->currency = "CNY";
}

void resolve_local_dollars(std::vector<claim>& out, std::string_view document) {
  auto usd = [](const claim& c) { return c.currency && *c.currency == "USD"; };
  // One dollar figure right after the other in brackets, one bare and one a US dollar.
  bool converted = false;
  for (std::size_t i = 0; i + 1 < out.size() && !converted; ++i) {
    const claim &a = out[i], &b = out[i + 1];
    if (!usd(a) || !usd(b) || b.where.start < a.where.end || b.where.start > a.where.end + 3)
      continue;
    std::string_view gap = document.substr(a.where.end, b.where.start - a.where.end);
    converted = (gap == " (" || gap == "(") && ((bare_dollar(a.text) && us_marked(b.text)) ||
                                                (bare_dollar(b.text) && us_marked(a.text)));
  }
  if (!converted) return;
  const std::string local = local_dollar(document);
  for (auto& c : out)
    if (usd(c) && bare_dollar(c.text)) c.currency = local, c.currency_inferred = true;
}

}  // namespace fc::claims
