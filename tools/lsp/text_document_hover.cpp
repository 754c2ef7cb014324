// textDocument/hover: a claim's normalized reading, and for a conflicting claim the arithmetic.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "lsp/server.hpp"

namespace fc::lsp {
namespace {

// Amounts in the article's own scale words: 14.5억 for Korean, 1.45 billion for English.
std::string amount(double v, const std::string& lang) {
  double a = std::fabs(v);
  struct scale {
    double factor;
    const char* ko;
    const char* en;
  };
  static constexpr scale scales[] = {{1e12, "조", " trillion"}, {1e9, nullptr, " billion"},
                                     {1e8, "억", nullptr},      {1e6, nullptr, " million"},
                                     {1e4, "만", nullptr},      {1e3, nullptr, " thousand"}};
  for (const auto& s : scales) {
    const char* word = lang == "ko" ? s.ko : s.en;
    if (word && a >= s.factor) return fmt::format("{:.4g}{}", v / s.factor, word);
  }
  return fmt::format("{:.6g}", v);
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
  std::string md = fmt::format("**{}** — {} claim `{}`\n\n", c->text, to_string(c->kind), c->id);
  auto row = [&](const char* name, const std::string& v) {
    md += fmt::format("- {}: {}\n", name, v);
  };
  if (c->value) {
    std::string unit = c->currency ? " " + *c->currency : c->unit ? " " + *c->unit : "";
    row("value", reading(*c->value, false, r.lang) + unit);
  }
  if (c->rate) {
    std::string kind =
        c->rate_of == rate_kind::none ? "" : fmt::format(" ({})", to_string(c->rate_of));
    if (c->rate_of == rate_kind::factor)
      row("rate", fmt::format("{:.4g}×", c->rate->point));
    else
      row("rate", reading(*c->rate, true, r.lang) + kind);
  }
  if (c->year) row("year", fmt::format("{} ({})", *c->year, c->year_relation));
  if (c->period_from || c->period_to)
    row("period", fmt::format("{}–{}", c->period_from ? std::to_string(*c->period_from) : "?",
                              c->period_to ? std::to_string(*c->period_to) : "?"));
  if (c->source) row("source", *c->source);
  if (c->subject) row("subject", *c->subject);
  if (c->value_hedge != "exact") row("hedge", c->value_hedge);
  row("stated as", c->forecast ? "forecast" : "measurement");
  for (const auto& f : r.findings) {
    if (std::find(f.claims.begin(), f.claims.end(), c->id) == f.claims.end()) continue;
    md += fmt::format("\n---\n**{}[{}]**: {}\n\n{}\n", to_string(f.level), f.rule, f.message,
                      f.explanation);
    if (f.suggestion) md += fmt::format("\n*help:* {}\n", *f.suggestion);
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
