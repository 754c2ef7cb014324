// SARIF 2.1.0 (OASIS): one run whose driver lists the whole rule catalogue, one result per
// finding with its region in code points and bytes, the other claims of the conflict as
// related locations, and a fix when the expected value can be written in the claim's words.
#include <fmt/format.h>

#include <boost/json.hpp>

#include "findings/fix.hpp"
#include "render/json_pretty.hpp"
#include "render/render.hpp"
#include "rules/catalogue.hpp"

namespace fc::render {
namespace {

namespace js = boost::json;

// A relative path stays a relative URI reference (code scanning resolves it against the
// repository root); an absolute one becomes a file URI. Bytes outside RFC 3986's unreserved
// set and '/' are percent-encoded so spaces, '#', '%' and Hangul survive.
std::string uri_of(const std::string& path) {
  std::string out = path.starts_with('/') ? "file://" : "";
  for (unsigned char c : path) {
    bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    out += plain ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return out;
}

const char* level_of(severity s) {
  return s == severity::error ? "error" : s == severity::warning ? "warning" : "note";
}

js::object region_of(const span& s) {
  return {{"startLine", s.line},       {"startColumn", s.column}, {"endLine", s.end_line},
          {"endColumn", s.end_column}, {"byteOffset", s.start},   {"byteLength", s.end - s.start}};
}

js::object location_of(const std::string& path, const span& s) {
  return {{"physicalLocation",
           {{"artifactLocation", {{"uri", uri_of(path)}}}, {"region", region_of(s)}}}};
}

// Rule ids in PascalCase for `name`, as SARIF viewers show it next to the id.
std::string pascal(const std::string& id) {
  std::string out;
  bool up = true;
  for (char c : id) {
    if (c == '-') {
      up = true;
      continue;
    }
    out += up && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    up = false;
  }
  return out;
}

js::array rules_json() {
  js::array out;
  for (const auto& r : rules::catalogue()) {
    js::object rule{{"id", r.id},
                    {"name", pascal(r.id)},
                    {"shortDescription", {{"text", r.summary}}},
                    {"fullDescription", {{"text", r.summary}}},
                    {"defaultConfiguration",
                     {{"enabled", r.enabled}, {"level", level_of(r.default_severity)}}}};
    if (!r.doc.empty()) rule["help"] = {{"text", r.doc}, {"markdown", r.doc}};
    out.push_back(std::move(rule));
  }
  return out;
}

std::size_t rule_index(const std::string& id) {
  const auto& all = rules::catalogue();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i].id == id) return i;
  return all.size();
}

// FNV-1a over path, rule and claim texts: the same identity a baseline uses, so code
// scanning keeps tracking a finding when unrelated edits move it.
std::string fingerprint(const file_result& r, const finding& f) {
  std::uint64_t h = 1469598103934665603ull;
  auto mix = [&](std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xff) * 1099511628211ull;
  };
  mix(r.path);
  mix(f.rule);
  for (const auto& id : f.claims)
    for (const auto& c : r.claims)
      if (c.id == id) mix(c.text);
  return fmt::format("{:016x}", h);
}

js::object result_json(const file_result& r, const finding& f, const marks& m, std::size_t file,
                       std::size_t index) {
  std::string message = f.message;
  if (!f.explanation.empty()) message += "\n" + f.explanation;
  js::object o{{"ruleId", f.rule}, {"level", level_of(f.level)}, {"message", {{"text", message}}}};
  std::size_t ri = rule_index(f.rule);
  if (ri < rules::catalogue().size()) o["ruleIndex"] = ri;
  o["locations"] = js::array{location_of(r.path, f.where)};
  js::array related;
  for (const auto& id : f.claims)
    for (const auto& c : r.claims)
      if (c.id == id && c.where.start != f.where.start) {
        auto loc = location_of(r.path, c.where);
        loc["id"] = related.size() + 1;
        loc["message"] = {{"text", fmt::format("claim {}: {}", c.id, c.text)}};
        related.push_back(std::move(loc));
      }
  if (!related.empty()) o["relatedLocations"] = std::move(related);
  o["partialFingerprints"] = {{"forecheck/v1", fingerprint(r, f)}};
  if (m.any_baseline) o["baselineState"] = m.is_baselined(file, index) ? "unchanged" : "new";
  // The same edit `check --fix` makes, over the figure it rewrites.
  const claim* fixed = nullptr;
  auto edit = findings::fix_for(f, r.claims, r.original);
  if (edit)
    for (const auto& c : r.claims)
      if (c.where.start == edit->start && c.where.end == edit->end) fixed = &c;
  if (fixed) {
    const std::string* text = &edit->after;
    js::object replacement{{"deletedRegion", region_of(fixed->where)},
                           {"insertedContent", {{"text", *text}}}};
    js::object change{{"artifactLocation", {{"uri", uri_of(r.path)}}},
                      {"replacements", js::array{std::move(replacement)}}};
    js::object fix{
        {"description", {{"text", f.suggestion ? *f.suggestion : "Replace with " + *text}}},
        {"artifactChanges", js::array{std::move(change)}}};
    o["fixes"] = js::array{std::move(fix)};
  }
  return o;
}

}  // namespace

void sarif(const std::vector<file_result>& results, std::ostream& out, const marks& m) {
  js::array findings, notifications, artifacts;
  bool clean_run = true;
  for (std::size_t file = 0; file < results.size(); ++file) {
    const auto& r = results[file];
    artifacts.push_back({{"location", {{"uri", uri_of(r.path)}}}, {"length", r.original.size()}});
    for (std::size_t i = 0; i < r.findings.size(); ++i)
      findings.push_back(result_json(r, r.findings[i], m, file, i));
    // Input problems are about the tool's run, not the article's figures.
    for (const auto& e : r.errors) {
      clean_run = clean_run && !r.unreadable;
      notifications.push_back({{"level", r.unreadable ? "error" : "warning"},
                               {"message", {{"text", e.message}}},
                               {"locations", js::array{location_of(r.path, e.where)}}});
    }
  }
  js::object invocation{{"executionSuccessful", clean_run}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
  js::object driver{{"name", "forecheck"},
                    {"version", "0.1.0"},
                    {"semanticVersion", "0.1.0"},
                    {"rules", rules_json()}};
  js::object run{{"tool", {{"driver", std::move(driver)}}},
                 {"invocations", js::array{std::move(invocation)}},
                 {"artifacts", std::move(artifacts)},
                 // Our columns count code points (output contract), not SARIF's default UTF-16.
                 {"columnKind", "unicodeCodePoints"},
                 {"results", std::move(findings)}};
  js::object top{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                 {"version", "2.1.0"},
                 {"runs", js::array{std::move(run)}}};
  pretty(top, out, 0);
  out << "\n";
}

}  // namespace fc::render
