// The output contract (output-contract.md) as JSON, written field by field in the contract's
// order. A streaming writer rather than a DOM: a run over thousands of articles prints
// hundreds of megabytes, and building objects first made printing the slowest part of a run.
#include <cmath>

#include "render/json_writer.hpp"
#include "render/render.hpp"

namespace fc::render {
namespace {

void opt_str(json_writer& w, const std::optional<std::string>& s) {
  if (s)
    w.string(*s);
  else
    w.null();
}

void opt_int(json_writer& w, const std::optional<int>& v) {
  if (v)
    w.integer(*v);
  else
    w.null();
}

void opt_num(json_writer& w, const std::optional<double>& v) {
  if (v)
    w.number(*v);
  else
    w.null();
}

void span_json(json_writer& w, const span& s) {
  w.begin_object();
  w.key("start").unsigned_integer(s.start);
  w.key("end").unsigned_integer(s.end);
  w.key("line").unsigned_integer(s.line);
  w.key("column").unsigned_integer(s.column);
  w.key("end_line").unsigned_integer(s.end_line);
  w.key("end_column").unsigned_integer(s.end_column);
  w.end_object();
}

void interval_json(json_writer& w, const std::optional<interval>& i) {
  if (!i) return w.null();
  w.begin_object();
  w.key("point").number(i->point);
  opt_num(w.key("low"), i->low);
  opt_num(w.key("high"), i->high);
  w.end_object();
}

void claim_json(json_writer& w, const claim& c) {
  w.begin_object();
  w.key("id").string(c.id);
  w.key("kind").string(to_string(c.kind));
  w.key("text").string(c.text);
  span_json(w.key("span"), c.where);
  opt_str(w.key("subject"), c.subject);
  opt_str(w.key("source"), c.source);
  opt_int(w.key("year"), c.year);
  if (c.kind == claim_kind::growth || c.kind == claim_kind::change) {
    w.key("period").begin_object();
    opt_int(w.key("from"), c.period_from);
    opt_int(w.key("to"), c.period_to);
    w.end_object();
  } else {
    w.key("period").null();
  }
  w.key("qualifier").string(c.qualifier());
  interval_json(w.key("value"), c.value);
  opt_str(w.key("currency"), c.currency);
  opt_str(w.key("unit"), c.unit);
  interval_json(w.key("rate"), c.rate);
  if (c.rate_of == rate_kind::none)
    w.key("rate_kind").null();
  else
    w.key("rate_kind").string(to_string(c.rate_of));
  w.key("forecast").boolean(c.forecast);
  w.key("value_hedge").string(c.value_hedge);
  if (c.year)
    w.key("year_relation").string(c.year_relation);
  else
    w.key("year_relation").null();
  opt_str(w.key("per"), c.per);
  w.key("vague").boolean(c.vague);
  w.key("currency_inferred").boolean(c.currency_inferred);
  if (c.conversion_of) {
    w.key("linked").begin_object();
    w.key("conversion_of").string(*c.conversion_of);
    w.end_object();
  } else {
    w.key("linked").null();
  }
  w.end_object();
}

void finding_json(json_writer& w, const finding& f, bool baselined) {
  w.begin_object();
  w.key("id").string(f.id);
  w.key("rule").string(f.rule);
  w.key("severity").string(to_string(f.level));
  w.key("message").string(f.message);
  span_json(w.key("span"), f.where);
  w.key("claims").strings(f.claims);
  w.key("explanation").string(f.explanation);
  if (f.expected) {
    w.key("expected").begin_object();
    if (f.expected->value) interval_json(w.key("value"), f.expected->value);
    if (f.expected->rate) interval_json(w.key("rate"), f.expected->rate);
    opt_str(w.key("currency"), f.expected->currency);
    w.end_object();
  } else {
    w.key("expected").null();
  }
  opt_str(w.key("suggestion"), f.suggestion);
  // The archive rules' earlier articles; absent otherwise, so the contract's shape is kept.
  if (!f.published.empty()) {
    w.key("published").begin_array();
    for (const auto& p : f.published) {
      w.begin_object();
      w.key("path").string(p.path);
      w.key("title").string(p.title);
      if (p.published)
        w.key("date").string(p.published->iso());
      else
        w.key("date").null();
      w.key("claim").string(p.claim);
      w.key("text").string(p.text);
      w.key("sentence").string(p.sentence);
      span_json(w.key("span"), p.where);
      w.end_object();
    }
    w.end_array();
  }
  // Added only when true, so runs without a baseline keep the contract's exact shape.
  if (baselined) w.key("baselined").boolean(true);
  w.end_object();
}

void file_json(json_writer& w, const file_result& r, bool claims_only, const marks& m,
               std::size_t index) {
  w.begin_object();
  w.key("path").string(r.path);
  w.key("lang").string(r.lang);
  if (r.article_date)
    w.key("date").string(r.article_date->iso());
  else
    w.key("date").null();
  w.key("claims").begin_array();
  for (const auto& c : r.claims) claim_json(w, c);
  w.end_array();
  if (!claims_only) {
    w.key("findings").begin_array();
    for (std::size_t i = 0; i < r.findings.size(); ++i)
      finding_json(w, r.findings[i], m.is_baselined(index, i));
    w.end_array();
  }
  w.key("errors").begin_array();
  for (const auto& e : r.errors) {
    w.begin_object();
    w.key("message").string(e.message);
    span_json(w.key("span"), e.where);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void emit(const std::vector<file_result>& results, std::ostream& out, bool claims_only,
          const marks& m) {
  std::string text;
  json_writer w(text);
  w.begin_object();
  w.key("version").integer(1);
  w.key("tool").begin_object();
  w.key("name").string("forecheck");
  w.key("version").string("0.1.0");
  w.end_object();
  w.key("files").begin_array();
  std::size_t claims = 0, errors = 0, warnings = 0, infos = 0;
  for (std::size_t index = 0; index < results.size(); ++index) {
    const auto& r = results[index];
    file_json(w, r, claims_only, m, index);
    claims += r.claims.size();
    for (const auto& f : r.findings) {
      if (f.level == severity::error) ++errors;
      if (f.level == severity::warning) ++warnings;
      if (f.level == severity::info) ++infos;
    }
    // Flush per file so memory stays bounded by one file's output.
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    text.clear();
  }
  w.end_array();
  w.key("summary").begin_object();
  w.key("files").unsigned_integer(results.size());
  w.key("claims").unsigned_integer(claims);
  w.key("errors").unsigned_integer(errors);
  w.key("warnings").unsigned_integer(warnings);
  w.key("infos").unsigned_integer(infos);
  w.end_object();
  w.end_object();
  text += '\n';
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace

void json(const std::vector<file_result>& results, std::ostream& out, const marks& m) {
  emit(results, out, false, m);
}
void json_claims(const std::vector<file_result>& results, std::ostream& out) {
  emit(results, out, true, {});
}

}  // namespace fc::render
