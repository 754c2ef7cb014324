// The output contract (output-contract.md) as JSON. Objects keep insertion order, so field
// order is fixed; the pretty printer is ours so the bytes never depend on a library version.
#include <fmt/format.h>

#include <boost/json.hpp>
#include <cmath>

#include "render/json_pretty.hpp"
#include "render/render.hpp"

namespace fc::render {
namespace {

namespace js = boost::json;

js::value num(double v) {
  if (!std::isfinite(v)) return nullptr;
  return v;
}
js::value opt_num(const std::optional<double>& v) { return v ? num(*v) : js::value(nullptr); }
js::value opt_str(const std::optional<std::string>& s) {
  return s ? js::value(*s) : js::value(nullptr);
}
js::value opt_int(const std::optional<int>& v) { return v ? js::value(*v) : js::value(nullptr); }

js::value span_json(const span& s) {
  return {{"start", s.start},   {"end", s.end},           {"line", s.line},
          {"column", s.column}, {"end_line", s.end_line}, {"end_column", s.end_column}};
}

js::value interval_json(const std::optional<interval>& i) {
  if (!i) return nullptr;
  js::object o;
  o["point"] = num(i->point);
  o["low"] = opt_num(i->low);
  o["high"] = opt_num(i->high);
  return o;
}

js::value claim_json(const claim& c) {
  js::object o;
  o["id"] = c.id;
  o["kind"] = to_string(c.kind);
  o["text"] = c.text;
  o["span"] = span_json(c.where);
  o["subject"] = opt_str(c.subject);
  o["source"] = opt_str(c.source);
  o["year"] = opt_int(c.year);
  if (c.kind == claim_kind::growth || c.kind == claim_kind::change)
    o["period"] = {{"from", opt_int(c.period_from)}, {"to", opt_int(c.period_to)}};
  else
    o["period"] = nullptr;
  o["qualifier"] = c.qualifier();
  o["value"] = interval_json(c.value);
  o["currency"] = opt_str(c.currency);
  o["unit"] = opt_str(c.unit);
  o["rate"] = interval_json(c.rate);
  o["rate_kind"] =
      c.rate_of == rate_kind::none ? js::value(nullptr) : js::value(to_string(c.rate_of));
  o["forecast"] = c.forecast;
  o["value_hedge"] = c.value_hedge;
  o["year_relation"] = c.year ? js::value(c.year_relation) : js::value(nullptr);
  o["per"] = opt_str(c.per);
  o["vague"] = c.vague;
  o["currency_inferred"] = c.currency_inferred;
  if (c.conversion_of)
    o["linked"] = {{"conversion_of", *c.conversion_of}};
  else
    o["linked"] = nullptr;
  return o;
}

js::value finding_json(const finding& f, bool baselined) {
  js::object o;
  o["id"] = f.id;
  o["rule"] = f.rule;
  o["severity"] = to_string(f.level);
  o["message"] = f.message;
  o["span"] = span_json(f.where);
  js::array ids;
  for (const auto& c : f.claims) ids.push_back(js::value(c));
  o["claims"] = ids;
  o["explanation"] = f.explanation;
  if (f.expected) {
    js::object e;
    if (f.expected->value) e["value"] = interval_json(f.expected->value);
    if (f.expected->rate) e["rate"] = interval_json(f.expected->rate);
    e["currency"] = opt_str(f.expected->currency);
    o["expected"] = e;
  } else {
    o["expected"] = nullptr;
  }
  o["suggestion"] = opt_str(f.suggestion);
  // Added only when true, so runs without a baseline keep the contract's exact shape.
  if (baselined) o["baselined"] = true;
  return o;
}

js::value file_json(const file_result& r, bool claims_only, const marks& m, std::size_t index) {
  js::object o;
  o["path"] = r.path;
  o["lang"] = r.lang;
  o["date"] = r.article_date ? js::value(r.article_date->iso()) : js::value(nullptr);
  js::array claims;
  for (const auto& c : r.claims) claims.push_back(claim_json(c));
  o["claims"] = claims;
  if (!claims_only) {
    js::array findings;
    for (std::size_t i = 0; i < r.findings.size(); ++i)
      findings.push_back(finding_json(r.findings[i], m.is_baselined(index, i)));
    o["findings"] = findings;
  }
  js::array errors;
  for (const auto& e : r.errors)
    errors.push_back({{"message", e.message}, {"span", span_json(e.where)}});
  o["errors"] = errors;
  return o;
}

}  // namespace

std::string number_text(double d) {
  // Shortest round-trip form, as JSON allows (no NaN/inf reach here).
  std::string s = fmt::format("{}", d);
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

void pretty(const js::value& v, std::ostream& out, int indent) {
  std::string pad(static_cast<std::size_t>(indent) * 2, ' ');
  switch (v.kind()) {
    case js::kind::object: {
      const auto& o = v.get_object();
      if (o.empty()) {
        out << "{}";
        return;
      }
      out << "{\n";
      std::size_t i = 0;
      for (const auto& kv : o) {
        out << pad << "  " << js::serialize(js::value(kv.key())) << ": ";
        pretty(kv.value(), out, indent + 1);
        out << (++i < o.size() ? ",\n" : "\n");
      }
      out << pad << "}";
      return;
    }
    case js::kind::array: {
      const auto& a = v.get_array();
      if (a.empty()) {
        out << "[]";
        return;
      }
      bool flat = std::all_of(a.begin(), a.end(), [](const js::value& x) { return x.is_string(); });
      if (flat) {
        out << "[";
        for (std::size_t i = 0; i < a.size(); ++i) out << (i ? ", " : "") << js::serialize(a[i]);
        out << "]";
        return;
      }
      out << "[\n";
      for (std::size_t i = 0; i < a.size(); ++i) {
        out << pad << "  ";
        pretty(a[i], out, indent + 1);
        out << (i + 1 < a.size() ? ",\n" : "\n");
      }
      out << pad << "]";
      return;
    }
    case js::kind::double_:
      out << number_text(v.get_double());
      return;
    default:
      out << js::serialize(v);
  }
}

namespace {

void emit(const std::vector<file_result>& results, std::ostream& out, bool claims_only,
          const marks& m) {
  js::object top;
  top["version"] = 1;
  top["tool"] = {{"name", "forecheck"}, {"version", "0.1.0"}};
  js::array files;
  std::size_t claims = 0, errors = 0, warnings = 0, infos = 0;
  for (std::size_t index = 0; index < results.size(); ++index) {
    const auto& r = results[index];
    files.push_back(file_json(r, claims_only, m, index));
    claims += r.claims.size();
    for (const auto& f : r.findings) {
      if (f.level == severity::error) ++errors;
      if (f.level == severity::warning) ++warnings;
      if (f.level == severity::info) ++infos;
    }
  }
  top["files"] = files;
  top["summary"] = {{"files", results.size()},
                    {"claims", claims},
                    {"errors", errors},
                    {"warnings", warnings},
                    {"infos", infos}};
  pretty(top, out, 0);
  out << "\n";
}

}  // namespace

void json(const std::vector<file_result>& results, std::ostream& out, const marks& m) {
  emit(results, out, false, m);
}
void json_claims(const std::vector<file_result>& results, std::ostream& out) {
  emit(results, out, true, {});
}

}  // namespace fc::render
