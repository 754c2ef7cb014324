// Small text helpers for the claims layer.
#include "claims/context.hpp"

#include <algorithm>
#include <cctype>

#include "claims/words.hpp"
#include "lang/lang.hpp"
#include "support/utf8.hpp"

namespace fc::claims {
namespace {
bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::string_view before(std::string_view s, std::size_t pos, std::size_t bytes) {
  std::size_t b = pos > bytes ? pos - bytes : 0;
  while (b < pos && continuation(s[b])) ++b;
  // A window cut inside a word starts after it: "…eased on Wednesday" from "released" is no
  // "eased", since a word that opens the window counts as whole.
  auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  while (b > 0 && b < pos && letter(s[b - 1]) && letter(s[b])) ++b;
  return s.substr(b, pos - b);
}

std::string_view after(std::string_view s, std::size_t pos, std::size_t bytes) {
  if (pos >= s.size()) return {};
  std::size_t e = std::min(s.size(), pos + bytes);
  while (e > pos && e < s.size() && continuation(s[e])) --e;
  return s.substr(pos, e - pos);
}

// What follows a rate up to the next number: "a year" in " from 66% a year earlier" is the
// next figure's, not this one's.
std::string_view own_after(std::string_view s, std::size_t end, std::size_t bytes) {
  std::string_view a = after(s, end, bytes);
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::isdigit(static_cast<unsigned char>(a[i]))) return a.substr(0, i);
  return a;
}

std::string_view clause_before(std::string_view b) {
  std::size_t at = b.rfind(", ");
  return at == std::string_view::npos ? b : b.substr(at + 2);
}

std::string_view own_before(std::string_view s, std::size_t begin, std::size_t bytes) {
  std::string_view b = before(s, begin, bytes);
  if (auto d = b.find_last_of("0123456789"); d != std::string_view::npos) b.remove_prefix(d + 1);
  return b;
}

bool contains_any(std::string_view hay, std::initializer_list<std::string_view> needles) {
  return std::any_of(needles.begin(), needles.end(),
                     [&](std::string_view n) { return hay.find(n) != std::string_view::npos; });
}

bool contains_any_ci(std::string_view hay, std::initializer_list<std::string_view> needles) {
  std::string lower(hay);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return contains_any(lower, needles);
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool estimate_verb_only(std::string_view s) {
  if (!contains_any_ci(s, {" puts ", " put ", " pegs ", " pegged "})) return false;
  return !contains_any_ci(s, {"expect", "project", "forecast", " will ", "to reach", "to hit",
                              "predict", "could ", "would "});
}

namespace {

// "…할 것으로 보인다" forecasts; "…낸 것으로 알려졌다", "…늘어난 것으로 나타났다" report what
// happened. A "것으로" counts unless a verb of reporting follows it.
bool forecasting_geos(std::string_view s) {
  static constexpr std::string_view geos = "것으로";
  for (std::size_t p = s.find(geos); p != std::string_view::npos; p = s.find(geos, p + 1)) {
    // "늘어날 것으로" looks ahead; "머문 것으로", "늘어난 것으로" report what happened. The
    // future adnominal ends in ㄹ; any other ending is no forecast.
    std::size_t at = p > 0 && s[p - 1] == ' ' ? p - 1 : p;
    char32_t last = utf8::before(s, at);
    if (int jong = utf8::hangul_final(last); jong >= 0 && jong != 8) continue;
    std::string_view next = after(s, p + geos.size(), 16);
    if (!next.empty() && next.front() == ' ') next.remove_prefix(1);
    if (!contains_any(next.substr(0, std::min<std::size_t>(next.size(), 9)),
                      {"알려졌", "나타났", "파악됐", "확인됐", "조사됐", "집계됐", "드러났"}))
      return true;
  }
  return false;
}

}  // namespace

bool forecast_signal(std::string_view s) {
  // The words of every language at once: a sentence's figures may be quoted in another.
  return lang::words("forecast.words").in(s) || forecasting_geos(s);
}

std::pair<std::string, std::string> shared_measure(const sentence_view& sv) {
  std::string currency, unit;
  for (const auto& m : sv.mentions) {
    if (m.kind != grammar::mention_kind::amount) continue;
    if (!m.currency.empty())
      currency = currency.empty() || currency == m.currency ? m.currency : "?";
    if (!m.unit.empty()) unit = unit.empty() || unit == m.unit ? m.unit : "?";
  }
  return {currency, unit};
}

int scene_year_of(const sentence_view& sv) {
  int year = 0;
  const auto language = language_of(sv);
  for (const auto& m : sv.mentions) {
    if (m.kind != grammar::mention_kind::year) return 0;
    if (year || m.year_to != m.year) return 0;
    // "2013년 이후 10년 만이다", "the first fall since 2013": a year counted from is no scene.
    const auto* after =
        lang::words(language, "time.relations_after").prefix_of(sv.text.substr(m.end));
    const auto* before = lang::words(language, "time.relations_before")
                             .suffix_of(trim_right(sv.text.substr(0, m.begin)));
    if ((after && after->text == "from") || (before && before->text == "from")) return 0;
    // "2025年10月に…サポートが終了する": a year with its month dates an event, not a scene.
    std::string_view rest = sv.text.substr(m.end);
    std::size_t digits = rest.find_first_not_of("0123456789");
    if (digits && digits != std::string_view::npos && rest.substr(digits).starts_with("月"))
      return 0;
    year = m.year;
  }
  return year;
}

// "to", "and", "about", a year: words that join a figure to the one before without a verb
// of their own.
bool connective_only(std::string_view gap) {
  for (auto w : words(gap)) {
    while (!w.empty() && (w.back() == ',' || w.front() == ','))
      w = w.back() == ',' ? w.substr(0, w.size() - 1) : w.substr(1);
    if (w.empty()) continue;
    static const std::string_view ok[] = {
        "to",   "and",      "or", "about", "around", "some", "roughly", "nearly", "almost", "a",
        "year", "annually", "of", "—",     "-",      "–",    "through", "by",     "until",  "in"};
    if (std::all_of(w.begin(), w.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      continue;  // a year
    if (std::find(std::begin(ok), std::end(ok), w) == std::end(ok)) return false;
  }
  return true;
}

std::string_view korean_clause(std::string_view after_figure) {
  std::size_t cut = after_figure.size();
  for (std::string_view closer :
       {"했으며", "했고", "였으며", "였고", "됐으며", "됐고", "었으며", "었고"})
    if (auto at = after_figure.find(closer); at != std::string_view::npos)
      cut = std::min(cut, at + closer.size());
  return after_figure.substr(0, cut);
}

}  // namespace fc::claims
