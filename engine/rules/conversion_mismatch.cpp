// conversion-mismatch: "147억 9700만 달러(199조 1340억 원)" implies ₩13,458 per dollar — a lost
// or extra scale word. The plausible band per currency pair is data (rules/*.toml params).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "rules/format.hpp"
#include "rules/pairs.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"

namespace fc::rules {
namespace {

// "900-1700": both ends finite, 0 < low < high; anything else is no band.
std::optional<std::pair<double, double>> parse_band(const std::string& text) {
  auto dash = text.find('-', 1);
  if (dash == std::string::npos) return std::nullopt;
  char* end = nullptr;
  double lo = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + dash) return std::nullopt;
  double hi = std::strtod(text.c_str() + dash + 1, &end);
  if (*end != '\0' || !std::isfinite(lo) || !std::isfinite(hi) || !(lo > 0 && hi > lo))
    return std::nullopt;
  return std::pair{lo, hi};
}

std::optional<std::pair<double, double>> band(const rule_info& info, const std::string& pair) {
  auto it = info.params.find(pair);
  return it == info.params.end() ? std::nullopt : parse_band(it->second);
}

// The years whose rates the writer could have used: the article's, and the figure's own when it
// is not a forecast past the article. A conversion is done at the rate of its day, so a 2030
// forecast is converted at today's rate, not 2030's.
std::vector<int> conversion_years(const claim& base, const std::optional<date>& article) {
  std::vector<int> years;
  if (article) years.push_back(article->year);
  if (base.year && (!article || *base.year < article->year)) years.push_back(*base.year);
  return years;
}

// "JPY/KRW 2022" = "8.9-10.9": the band of those years when every one of them has its own,
// else the pair's band for any year. The label names the years when they were used.
std::optional<std::pair<double, double>> dated_band(const rule_info& info, const std::string& pair,
                                                    const std::vector<int>& years,
                                                    std::string& label) {
  std::optional<std::pair<double, double>> joined;
  for (int y : years) {
    auto b = band(info, pair + " " + std::to_string(y));
    if (!b) {
      joined.reset();
      break;
    }
    joined = joined
                 ? std::pair{std::min(joined->first, b->first), std::max(joined->second, b->second)}
                 : *b;
    label += (label.empty() ? "" : "/") + std::to_string(y);
  }
  if (joined) return joined;
  label.clear();
  return band(info, pair);
}

}  // namespace

std::optional<param_problem> conversion_mismatch_params(const rule_info& info) {
  for (const auto& [pair, text] : info.params)
    if (!parse_band(text))
      return param_problem{pair, "'" + pair + "' must be a band \"LOW-HIGH\" with 0 < LOW < HIGH"};
  return std::nullopt;
}

void conversion_mismatch(const context& ctx, const rule_info& info, std::vector<finding>& out) {
  const auto& cs = ctx.claims;
  for (std::size_t i = 0; i < cs.size(); ++i) {
    const claim& conv = cs[i];
    if (!conv.conversion_of || !conv.value || !conv.currency) continue;
    if (i > 0 && cs[i - 1].where.start == conv.where.start) continue;  // distributed copy
    auto at = index_of_claim(cs, *conv.conversion_of);
    const claim* base = at ? &cs[*at] : nullptr;
    if (!base || !base->value || !base->currency) continue;
    // Express as quote-currency units per base-currency unit, in the band's direction.
    std::string pair = *base->currency + "/" + *conv.currency;
    bool inverted = false;
    auto years = conversion_years(*base, ctx.article_date);
    std::string label;
    auto b = dated_band(info, pair, years, label);
    if (!b) {
      pair = *conv.currency + "/" + *base->currency;
      b = dated_band(info, pair, years, label);
      inverted = true;
    }
    if (!b) continue;
    const claim& num = inverted ? *base : conv;
    const claim& den = inverted ? conv : *base;
    auto r = ratio(*num.value, *den.value);
    if (!r) continue;
    interval implied{num.value->point / den.value->point, r->first, r->second};
    if (overlaps(implied, b->first, b->second)) continue;
    std::string base_iso = *den.currency, quote_iso = *num.currency;
    std::string rate = fmt::format("{:.4g}", implied.point);
    static constexpr wording label_joint{.en = " in ", .ko = ", ", .zh = "，", .ja = "、"};
    std::string band_text = fmt::format("{:g}–{:g}", b->first, b->second) +
                            (label.empty() ? "" : std::string(pick(label_joint, ctx.lang)) + label);
    finding f;
    f.rule = info.id;
    f.level = info.default_severity;
    f.message =
        fill(message_template(info, ctx.lang), {{"amount", base->text},
                                                {"converted", conv.text},
                                                {"rate", rate},
                                                {"quote", quote_iso},
                                                {"base", base_iso},
                                                {"base_ko", korean_currency(base_iso)},
                                                {"quote_ko", korean_currency(quote_iso)},
                                                {"base_word", currency_word(base_iso, ctx.lang)},
                                                {"quote_word", currency_word(quote_iso, ctx.lang)},
                                                {"band", band_text}});
    f.where = conv.where;
    f.claims = {base->id, conv.id};
    static constexpr wording steps{
        .en = "{num} / {den} = {rate} {quote} per {base} (plausible {pair} {band})",
        .zh = "{num} / {den} = 每{base_word}{rate}{quote_word}（{pair}的合理范围为{band}）",
        .ja = "{num} / {den} = 1{base_word}あたり{rate}{quote_word}（{pair}の妥当な範囲は{band}）"};
    static constexpr wording off_by{.en = "A scale word looks off by a factor of 10^{tens:g}",
                                    .ko = "단위가 10^{tens:g}배 어긋난 것으로 보입니다",
                                    .zh = "单位似乎差了10^{tens:g}倍",
                                    .ja = "単位が10^{tens:g}倍ずれているようです"};
    f.explanation =
        say(steps, ctx.lang, fmt::arg("num", money(num.value->point, num.currency, ctx.lang)),
            fmt::arg("den", money(den.value->point, den.currency, ctx.lang)),
            fmt::arg("rate", rate), fmt::arg("quote", quote_iso), fmt::arg("base", base_iso),
            fmt::arg("base_word", currency_word(base_iso, ctx.lang)),
            fmt::arg("quote_word", currency_word(quote_iso, ctx.lang)), fmt::arg("pair", pair),
            fmt::arg("band", band_text));
    double factor = implied.point / std::sqrt(b->first * b->second);
    double tens = std::round(std::log10(factor));
    if (std::abs(tens) >= 1) f.suggestion = say(off_by, ctx.lang, fmt::arg("tens", tens));
    out.push_back(std::move(f));
  }
}

}  // namespace fc::rules
