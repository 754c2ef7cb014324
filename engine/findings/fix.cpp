// `forecheck check --fix`: a finding's expected value written into its one underlined figure.
// The fix only changes digits: the scale is what the reader took the written number to mean
// (claim value / written number: 1e8 for `억`, 1e9 for `billion`, 0.01 for `%`), and the new
// number keeps the original's decimals, commas, currency and scale words. A fix is made only
// when that rounding lies inside the expected interval, so it never claims more precision or
// less than the writer did; anything else is left to the writer (issue: check --fix).
#include "findings/fix.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <span>

namespace fc::findings {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

void say(std::string* why, const char* reason) {
  if (why) *why = reason;
}

// Thousands commas are groups of three after a first group of one to three digits.
bool commas_are_thousands(std::string_view integer_part) {
  std::size_t group = 0;
  bool first = true;
  for (char c : integer_part) {
    if (c != ',') {
      ++group;
      continue;
    }
    if (first ? (group == 0 || group > 3) : group != 3) return false;
    first = false;
    group = 0;
  }
  return first || group == 3;
}

bool inside(double v, const interval& i) {
  double slack = 1e-9 * std::fabs(v);  // the product of a rounded number and a scale
  return (!i.low || v >= *i.low - slack) && (!i.high || v <= *i.high + slack);
}

// Marks that join two numbers into a range or a ratio: - / ~ – — − ∼ 〜 ～ ("3–4", "3~4").
constexpr std::string_view joiners[] = {"-",      "/",      "~",      "\u2013", "\u2014",
                                        "\u2212", "\u223c", "\u301c", "\uff5e"};
// Currency signs that may stand between a range mark and its number: $ € £ ¥ ₩ ("$3–$4").
constexpr std::string_view currency_signs[] = {"$", "\u20ac", "\u00a3", "\u00a5", "\u20a9"};

std::optional<std::string_view> mark_at(std::string_view s, std::size_t i,
                                        std::span<const std::string_view> marks) {
  for (auto m : marks)
    if (s.substr(i).starts_with(m)) return m;
  return std::nullopt;
}

// Past spaces, and past currency signs too when `signs`.
std::size_t skip_ahead(std::string_view s, std::size_t i, bool signs) {
  while (i < s.size()) {
    if (s[i] == ' ') {
      ++i;
    } else if (auto sign = signs ? mark_at(s, i, currency_signs) : std::nullopt) {
      i += sign->size();
    } else {
      break;
    }
  }
  return i;
}

// Whether the figure at [start, end) of the original is only part of a written number: a
// digit touches it, or a range mark joins it to another number ("$3–4 billion" read as `$3`).
// Its written number would then not be what the reader scaled, so no digits can be trusted.
bool runs_on(std::string_view original, std::size_t start, std::size_t end) {
  if (end < original.size() && digit(original[end])) return true;
  if (start > 0 && digit(original[start - 1])) return true;
  if (start > 1 && (original[start - 1] == '.' || original[start - 1] == ',') &&
      digit(original[start - 2]))
    return true;
  std::size_t after = skip_ahead(original, end, false);
  if (auto j = mark_at(original, after, joiners)) {
    std::size_t next = skip_ahead(original, after + j->size(), true);
    if (next < original.size() && digit(original[next])) return true;
  }
  std::size_t before = start;
  while (before > 0 && original[before - 1] == ' ') --before;
  for (auto j : joiners)
    if (before >= j.size() && original.substr(before - j.size(), j.size()) == j) {
      std::size_t prev = before - j.size();
      while (prev > 0 && original[prev - 1] == ' ') --prev;
      if (prev > 0 && digit(original[prev - 1])) return true;
    }
  return false;
}

// The claims whose figure overlaps the finding's span.
std::vector<const claim*> underlined(const finding& f, const std::vector<claim>& claims) {
  std::vector<const claim*> out;
  for (const auto& c : claims)
    if (c.where.start < f.where.end && f.where.start < c.where.end) out.push_back(&c);
  return out;
}

}  // namespace

std::optional<written_number> single_number(std::string_view text, std::string* why) {
  std::size_t b = 0;
  while (b < text.size() && !digit(text[b])) ++b;
  if (b == text.size()) {
    say(why, "the figure has no number written in digits");
    return std::nullopt;
  }
  written_number n{b, b, 0, 0, false};
  std::size_t point = std::string_view::npos;
  std::size_t e = b;
  for (; e < text.size(); ++e) {
    bool next_digit = e + 1 < text.size() && digit(text[e + 1]);
    if (digit(text[e])) {
      if (point != std::string_view::npos) ++n.decimals;
    } else if (text[e] == ',' && next_digit && point == std::string_view::npos) {
      n.thousands = true;
    } else if (text[e] == '.' && next_digit && point == std::string_view::npos) {
      point = e;
    } else {
      break;
    }
  }
  n.end = e;
  for (std::size_t i = e; i < text.size(); ++i)
    if (digit(text[i])) {
      say(why, "the figure is written with more than one number");
      return std::nullopt;
    }
  std::string_view integer = text.substr(b, std::min(point, e) - b);
  if (n.thousands && !commas_are_thousands(integer)) {
    say(why, "the figure's commas are not thousands separators");
    return std::nullopt;
  }
  std::string plain;
  for (char c : text.substr(b, e - b))
    if (c != ',') plain += c;
  n.value = std::strtod(plain.c_str(), nullptr);
  return n;
}

std::string write_number(double value, int decimals, bool thousands) {
  std::string s = fmt::format("{:.{}f}", value, decimals);
  if (!thousands) return s;
  std::size_t first = s[0] == '-' ? 1 : 0;
  std::size_t point = std::min(s.find('.'), s.size());
  for (std::size_t at = point; at > first + 3; at -= 3) s.insert(at - 3, 1, ',');
  return s;
}

std::optional<fix_edit> fix_for(const finding& f, const std::vector<claim>& claims,
                                std::string_view original, std::string* why) {
  if (!f.expected) {
    say(why, "the finding has no consistent value");
    return std::nullopt;
  }
  auto figures = underlined(f, claims);
  if (figures.size() != 1 || figures[0]->where.start != f.where.start ||
      figures[0]->where.end != f.where.end ||
      std::find(f.claims.begin(), f.claims.end(), figures[0]->id) == f.claims.end()) {
    say(why, "the finding does not underline exactly one figure");
    return std::nullopt;
  }
  const claim& c = *figures[0];
  if (c.where.end > original.size() ||
      original.substr(c.where.start, c.where.end - c.where.start) != c.text) {
    say(why, "the bytes at the figure's span are not the figure as read");
    return std::nullopt;
  }
  if (runs_on(original, c.where.start, c.where.end)) {
    say(why, "the figure runs on into another number");
    return std::nullopt;
  }
  const expected_value& want = *f.expected;
  bool amount = want.value && c.value, rate = want.rate && c.rate;
  if (amount == rate) {
    say(why, "the consistent value is not the figure's kind of value");
    return std::nullopt;
  }
  if (amount && want.currency != c.currency) {
    say(why, "the consistent value is in another currency");
    return std::nullopt;
  }
  const interval& stated = amount ? *c.value : *c.rate;
  const interval& wanted = amount ? *want.value : *want.rate;
  auto n = single_number(c.text, why);
  if (!n) return std::nullopt;
  if (n->value == 0 || stated.point == 0) {
    say(why, "the figure is zero, so its scale is unknown");
    return std::nullopt;
  }
  double scale = stated.point / n->value;
  double target = wanted.point / scale;
  if (!std::isfinite(target) || target < 0) {
    say(why, "the consistent value has the other sign");
    return std::nullopt;
  }
  std::string digits = write_number(target, n->decimals, n->thousands);
  double rounded = std::strtod(write_number(target, n->decimals, false).c_str(), nullptr);
  if (rounded == 0 || !inside(rounded * scale, wanted)) {
    say(why, "no number at the figure's precision lies in the consistent range");
    return std::nullopt;
  }
  std::string after = c.text.substr(0, n->start) + digits + c.text.substr(n->end);
  if (after == c.text) {
    say(why, "the figure already has the consistent digits at its precision");
    return std::nullopt;
  }
  return fix_edit{c.where.start, c.where.end, c.text, std::move(after), {f.id}};
}

fix_plan plan_fixes(const std::vector<finding>& findings, const std::vector<claim>& claims,
                    std::string_view original) {
  fix_plan plan;
  std::vector<std::pair<fix_edit, std::size_t>> candidates;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    // A warning or an info is forecheck unsure the figure is wrong (another period convention,
    // a total from another sentence): only errors are fixed, and only errors block.
    if (findings[i].level != severity::error) continue;
    std::string why;
    if (auto e = fix_for(findings[i], claims, original, &why))
      candidates.emplace_back(std::move(*e), i);
    else
      plan.left.push_back({i, std::move(why)});
  }
  std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
    return a.first.start != b.first.start ? a.first.start < b.first.start : a.second < b.second;
  });
  // Overlapping candidates form a group; it becomes one edit only if all of them agree.
  for (std::size_t g = 0; g < candidates.size();) {
    std::size_t end = candidates[g].first.end, next = g + 1;
    bool agree = true;
    for (; next < candidates.size() && candidates[next].first.start < end; ++next) {
      const fix_edit& e = candidates[next].first;
      agree = agree && e.start == candidates[g].first.start && e.end == candidates[g].first.end &&
              e.after == candidates[g].first.after;
      end = std::max(end, e.end);
    }
    if (agree) {
      fix_edit merged = candidates[g].first;
      for (std::size_t k = g + 1; k < next; ++k)
        merged.findings.push_back(candidates[k].first.findings.front());
      plan.edits.push_back(std::move(merged));
    } else {
      for (std::size_t k = g; k < next; ++k)
        plan.left.push_back({candidates[k].second, "another finding wants other digits there"});
    }
    g = next;
  }
  std::sort(plan.left.begin(), plan.left.end(),
            [](const unfixed& a, const unfixed& b) { return a.finding < b.finding; });
  plan.blocked = !plan.left.empty();
  return plan;
}

std::string apply_edits(std::string_view original, const std::vector<fix_edit>& edits) {
  std::string out;
  out.reserve(original.size());
  std::size_t at = 0;
  for (const auto& e : edits) {
    out.append(original.substr(at, e.start - at));
    out.append(e.after);
    at = e.end;
  }
  out.append(original.substr(at));
  return out;
}

}  // namespace fc::findings
