// The facade: document -> claims -> rules -> sorted findings. Prints nothing, throws nothing.
#include "check.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "archive_join.hpp"
#include "claims/assemble.hpp"
#include "config/settings.hpp"
#include "document/document.hpp"
#include "document/language.hpp"
#include "findings/apply_settings.hpp"
#include "findings/suppression.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"
#include "support/encoding.hpp"
#include "support/line_index.hpp"

namespace fc {
namespace {

document::markup markup_of(const std::string& path, input_format f) {
  switch (f) {
    case input_format::text:
      return document::markup::text;
    case input_format::markdown:
      return document::markup::markdown;
    case input_format::html:
      return document::markup::html;
    case input_format::automatic:
      break;
  }
  return document::markup_for_path(path);
}

// An input that is not checked at all (unreadable, over the size limit): one error, exit 2.
file_result refused(const std::string& path, std::string message) {
  file_result r;
  r.path = path;
  r.unreadable = true;
  r.errors.push_back({std::move(message), {}});
  return r;
}

// Refusing an over-size input keeps memory bounded; the same words for files and buffers.
file_result too_large(const std::string& path, const char* what, std::size_t size,
                      std::size_t limit) {
  char msg[160];
  std::snprintf(msg, sizeof msg, "%s too large: %.1f MiB (limit %.0f MiB); not checked", what,
                static_cast<double>(size) / (1 << 20), static_cast<double>(limit) / (1 << 20));
  return refused(path, msg);
}

span make_span(const line_index& lines, std::size_t b, std::size_t e) {
  auto lb = lines.at(b), le = lines.at(e);
  return span{b, e, lb.line, lb.column, le.line, le.column};
}

}  // namespace

// The settings for a file: --config, else the nearest .forecheck.toml, else defaults.
std::optional<config::settings> settings_for(const std::string& path, const check_options& o,
                                             std::string& error) {
  std::optional<std::string> file = o.config_path;
  if (!file && o.discover_config)
    file = config::discover(path.empty() || path[0] == '<' ? "./x" : path);
  if (!file) return config::settings{};
  auto s = config::load(*file, error);
  if (s) {
    if (auto problem = findings::validate(*s)) {
      error = *problem;
      return std::nullopt;
    }
  }
  return s;
}

static file_result check_text_unguarded(std::string path, std::string bytes,
                                        const check_options& options) {
  file_result r;
  r.path = std::move(path);
  if (bytes.size() > options.max_bytes)  // standard input and editors' buffers too
    return too_large(r.path, "input", bytes.size(), options.max_bytes);
  if (auto encoding = foreign_encoding(bytes))
    return refused(r.path, std::string(*encoding) +
                               " is not supported; convert to UTF-8 (iconv -f " +
                               std::string(*encoding) + " -t UTF-8)");
  std::string config_error;
  auto settings = settings_for(r.path, options, config_error);
  if (!settings) return refused(r.path, config_error);
  auto doc = document::build(std::move(bytes), markup_of(r.path, options.format));
  line_index lines(doc.original);
  for (const auto& p : doc.problems)
    r.errors.push_back({p.message, make_span(lines, p.start, p.end)});
  r.lang = options.lang != "auto"  ? options.lang
           : doc.front_matter_lang ? *doc.front_matter_lang
           : settings->lang        ? *settings->lang
                                   : document::detect_language(doc.text);
  r.article_date = options.article_date    ? options.article_date
                   : doc.front_matter_date ? doc.front_matter_date
                                           : settings->article_date;
  // Messages come in the article's language unless asked otherwise; English for a language
  // forecheck does not write.
  r.message_lang =
      rules::message_language(options.message_lang == "auto" ? r.lang : options.message_lang);
  const auto& hierarchy = rules::shipped_subject_hierarchy();
  r.claims = claims::extract(
      doc, {r.lang, r.article_date, options.stop, &hierarchy.wholes, &hierarchy.regions});
  findings::apply_aliases(*settings, r.claims);
  for (const auto& s : doc.sentences)
    r.sentences.emplace_back(doc.original_start(s.begin), doc.original_end(s.end));
  if (!options.run_rules) {
    r.original = std::move(doc.original);
    return r;
  }
  archive_view published;
  if (options.archive) {
    std::string error;
    if (auto got = published_for(*options.archive, *settings, r.claims, r.path, error))
      published = std::move(*got);
    else
      r.errors.push_back({"archive: " + error, {}});
  }
  std::vector<claim> rule_claims = findings::convert_currencies(*settings, r.claims);
  rules::context ctx{rule_claims, r.message_lang, r.article_date, std::nullopt, {}};
  ctx.published = &published.figures;
  ctx.trend = &published.trend;
  auto rule_infos = findings::effective_rules(*settings);
  for (const auto& rule : rules::registry()) {
    auto info = std::find_if(rule_infos.begin(), rule_infos.end(),
                             [&](const rules::rule_info& i) { return i.id == rule.id; });
    if (info == rule_infos.end() || !info->enabled) continue;
    if (options.stop.due()) throw claims::budget_exceeded();
    rule.run(ctx, *info, r.findings);
  }
  findings::apply_cross_source(*settings, r.claims, r.findings);
  findings::apply_cjk_severity(*settings, r.lang, r.message_lang, r.findings);
  r.published = std::move(published.figures);
  for (const auto& p : findings::apply_suppressions(doc.original, r.findings))
    r.errors.push_back({p.message, make_span(lines, p.start, p.end)});
  std::stable_sort(r.findings.begin(), r.findings.end(), [](const finding& a, const finding& b) {
    if (a.where.start != b.where.start) return a.where.start < b.where.start;
    return a.rule < b.rule;
  });
  for (std::size_t i = 0; i < r.findings.size(); ++i)
    r.findings[i].id = "f" + std::to_string(i + 1);
  r.original = std::move(doc.original);
  return r;
}

// A bug must never take the whole run down: it becomes an input error naming its origin.
file_result check_text(std::string path, std::string bytes, const check_options& options) {
  std::string name = path;
  try {
    return check_text_unguarded(std::move(path), std::move(bytes), options);
  } catch (const claims::budget_exceeded&) {
    auto r = refused(name,
                     "time budget exceeded; not checked (shorten the text or split it into files)");
    r.timed_out = true;
    return r;
  } catch (const std::exception& e) {
    return refused(name, std::string("internal error [check]: ") + e.what());
  }
}

file_result check_file(const std::string& path, const check_options& options) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || S_ISDIR(st.st_mode))
    return refused(path, S_ISDIR(st.st_mode) ? "is a directory"
                                             : std::string("cannot read: ") + std::strerror(errno));
  if (static_cast<std::uintmax_t>(st.st_size) > options.max_bytes) {
    return too_large(path, "file", static_cast<std::size_t>(st.st_size), options.max_bytes);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return refused(path, std::string("cannot read: ") + std::strerror(errno));
  std::ostringstream buf;
  buf << in.rdbuf();
  return check_text(path, buf.str(), options);
}

}  // namespace fc
