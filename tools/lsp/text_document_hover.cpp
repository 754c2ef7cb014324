// textDocument/hover: a claim's normalized reading, and for a conflicting claim the arithmetic.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string_view>

#include "lsp/server.hpp"

namespace fc::lsp {
namespace {

// Amounts in the article's own scale words: 14.5억, 14.5亿, 14.5億, 1.45 billion.
std::string amount(double v, const std::string& lang) {
  double a = std::fabs(v);
  struct scale {
    double factor;
    const char* ko;
    const char* zh;
    const char* ja;
    const char* en;
  };
  static constexpr scale scales[] = {
      {1e12, "조", "万亿", "兆", " trillion"}, {1e9, nullptr, nullptr, nullptr, " billion"},
      {1e8, "억", "亿", "億", nullptr},        {1e6, nullptr, nullptr, nullptr, " million"},
      {1e4, "만", "万", "万", nullptr},        {1e3, nullptr, nullptr, nullptr, " thousand"}};
  for (const auto& s : scales) {
    const char* word = lang == "ko" ? s.ko : lang == "zh" ? s.zh : lang == "ja" ? s.ja : s.en;
    if (word && a >= s.factor) return fmt::format("{:.4g}{}", v / s.factor, word);
  }
  return fmt::format("{:.6g}", v);
}

// The hover's own words. Korean hovers keep the English labels they have always had; Chinese
// and Japanese articles get labels in their language (issue 16).
struct hover_words {
  std::string_view lang;
  const char* claim;
  const char* value;
  const char* rate;
  const char* year;
  const char* period;
  const char* source;
  const char* subject;
  const char* hedge;
  const char* stated_as;
  const char* forecast;
  const char* measurement;
  const char* help;
  const char* kinds[5];  ///< size, quantity, growth, change, share (claim_kind's order)
};

constexpr hover_words hover_languages[] = {
    {"en",
     "claim",
     "value",
     "rate",
     "year",
     "period",
     "source",
     "subject",
     "hedge",
     "stated as",
     "forecast",
     "measurement",
     "help",
     {"size", "quantity", "growth", "change", "share"}},
    {"zh",
     "主张",
     "数值",
     "比率",
     "年份",
     "期间",
     "来源",
     "主题",
     "限定语",
     "表述为",
     "预测",
     "实测",
     "建议",
     {"规模", "数量", "增长率", "变化", "份额"}},
    {"ja",
     "主張",
     "値",
     "率",
     "年",
     "期間",
     "出典",
     "テーマ",
     "ぼかし表現",
     "記述",
     "予測",
     "実績",
     "ヒント",
     {"規模", "数量", "成長率", "変化", "シェア"}},
};

const hover_words& words_for(const std::string& lang) {
  for (const auto& w : hover_languages)
    if (w.lang == lang) return w;
  return hover_languages[0];
}

std::string percent(double v) { return fmt::format("{:.4g}%", v * 100); }

std::string side(const std::optional<double>& v, bool rate, const std::string& lang) {
  if (!v) return "…";
  return rate ? percent(*v) : amount(*v, lang);
}

std::string reading(const interval& i, bool rate, const std::string& lang) {
  std::string point = rate ? percent(i.point) : amount(i.point, lang);
  if (i.low && i.high && *i.low == *i.high) return point;
  return fmt::format("{} ({} – {})", point, side(i.low, rate, lang), side(i.high, rate, lang));
}

}  // namespace

std::optional<std::string> hover_text(const file_result& r, std::size_t offset) {
  const claim* c = nullptr;
  for (const auto& k : r.claims)
    if (k.where.start <= offset && offset <= k.where.end) c = &k;
  if (!c) return std::nullopt;
  const hover_words& w = words_for(r.lang);
  // A kind added to claim_kind after this table goes by its English name.
  auto k = static_cast<std::size_t>(c->kind);
  const char* kind = k < std::size(w.kinds) ? w.kinds[k] : to_string(c->kind);
  std::string md = fmt::format("**{}** — {} {} `{}`\n\n", c->text, kind, w.claim, c->id);
  auto row = [&](const char* name, const std::string& v) {
    md += fmt::format("- {}: {}\n", name, v);
  };
  if (c->value) {
    std::string unit = c->currency ? " " + *c->currency : c->unit ? " " + *c->unit : "";
    row(w.value, reading(*c->value, false, r.lang) + unit);
  }
  if (c->rate) {
    std::string kind =
        c->rate_of == rate_kind::none ? "" : fmt::format(" ({})", to_string(c->rate_of));
    if (c->rate_of == rate_kind::factor)
      row(w.rate, fmt::format("{:.4g}×", c->rate->point));
    else
      row(w.rate, reading(*c->rate, true, r.lang) + kind);
  }
  if (c->year) row(w.year, fmt::format("{} ({})", *c->year, c->year_relation));
  if (c->period_from || c->period_to)
    row(w.period, fmt::format("{}–{}", c->period_from ? std::to_string(*c->period_from) : "?",
                              c->period_to ? std::to_string(*c->period_to) : "?"));
  if (c->source) row(w.source, *c->source);
  if (c->subject) row(w.subject, *c->subject);
  if (c->value_hedge != "exact") row(w.hedge, c->value_hedge);
  row(w.stated_as, c->forecast ? w.forecast : w.measurement);
  for (const auto& f : r.findings) {
    if (std::find(f.claims.begin(), f.claims.end(), c->id) == f.claims.end()) continue;
    md += fmt::format("\n---\n**{}[{}]**: {}\n\n{}\n", to_string(f.level), f.rule, f.message,
                      f.explanation);
    if (f.suggestion) md += fmt::format("\n*{}:* {}\n", w.help, *f.suggestion);
  }
  return md;
}

json::value server::hover(const json::object& params) {
  std::string uri(member_string(member_object(params, "textDocument"), "uri"));
  auto a = current(uri);
  std::size_t offset = to_offset(a->lines, member_object(params, "position"));
  auto md = hover_text(a->result, offset);
  if (!md) return nullptr;
  json::object out{{"contents", {{"kind", "markdown"}, {"value", *md}}}};
  for (const auto& c : a->result.claims)
    if (c.where.start <= offset && offset <= c.where.end)
      out["range"] = to_range(a->lines, c.where.start, c.where.end);
  return out;
}

}  // namespace fc::lsp
