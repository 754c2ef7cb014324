// `forecheck extract --format jsonl`: one line of JSON per claim, carrying its article, in the
// archive's row shape. Extraction is a pure per-article map step, so an archive too large for
// one machine is indexed by running this as the mapper of an existing engine (Hadoop
// streaming, Spark's pipe, a Dataflow job) and bulk-loading the lines (tools/archive-load).
#include "cli/extract_jsonl.hpp"

#include <sys/stat.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "archive/row.hpp"
#include "cli/inputs.hpp"
#include "cli/parallel.hpp"
#include "cli/run_check.hpp"
#include "index.hpp"
#include "render/json_writer.hpp"

namespace fc::cli {
namespace {

void str(std::string& out, const char* key, const std::optional<std::string>& v) {
  out += '"';
  out += key;
  out += "\":";
  if (v)
    render::json_quote(*v, out);
  else
    out += "null";
  out += ',';
}

void num(std::string& out, const char* key, const std::optional<double>& v) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "\"%s\":", key);
  out += buf;
  if (v) {
    std::snprintf(buf, sizeof buf, "%.17g", *v);
    out += buf;
  } else {
    out += "null";
  }
  out += ',';
}

void integer(std::string& out, const char* key, std::int64_t v) {
  out += '"' + std::string(key) + "\":" + std::to_string(v) + ",";
}

// The article's fields, then the claim's row (null for an article without claims, so the
// loader still records it as indexed).
std::string lines_of(const indexed_article& a) {
  std::string head = "{\"article\":{";
  str(head, "path", a.article.path);
  str(head, "hash", a.article.hash);
  str(head, "title", a.article.title);
  str(head, "date", archive::date_text(a.article.published));
  str(head, "date_from", std::string(archive::to_string(a.article.date_from)));
  str(head, "lang", a.article.lang);
  head.back() = '}';
  head += ",\"claim\":";
  if (a.claims.empty()) return head + "null}\n";
  std::string out;
  for (const auto& p : a.claims) {
    auto r = archive::to_row(p);
    std::string c = "{";
    integer(c, "ord", r.ord);
    str(c, "kind", r.kind);
    str(c, "text", r.text);
    str(c, "subject", r.subject);
    str(c, "subject_key", r.subject_key);
    str(c, "source", r.source);
    num(c, "year", r.year ? std::optional<double>(*r.year) : std::nullopt);
    num(c, "point", r.point);
    num(c, "lo", r.lo);
    num(c, "hi", r.hi);
    str(c, "currency", r.currency);
    str(c, "unit", r.unit);
    str(c, "rate_of", r.rate_of);
    str(c, "hedge", r.hedge);
    integer(c, "forecast", r.forecast);
    integer(c, "comparable", r.comparable);
    str(c, "sentence", r.sentence);
    integer(c, "span_start", r.span_start);
    integer(c, "span_end", r.span_end);
    integer(c, "line", r.line);
    integer(c, "col", r.col);
    integer(c, "end_line", r.end_line);
    integer(c, "end_col", r.end_col);
    c.back() = '}';
    out += head + c + "}\n";
  }
  return out;
}

std::optional<date> file_day(const std::string& path) {
  struct stat st {};
  std::tm tm{};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  std::time_t t = st.st_mtime;
  if (!::localtime_r(&t, &tm)) return std::nullopt;
  return date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

}  // namespace

int run_extract_jsonl(const options& o) {
  std::string error;
  auto sel = make_selection(o, error);
  if (!sel) {
    std::cerr << "forecheck: " << error << "\n";
    return 2;
  }
  auto inputs = expand(o.paths.empty() ? std::vector<std::string>{"."} : o.paths, *sel);
  std::string stdin_bytes;
  for (const auto& in : inputs)
    if (in.is_stdin)
      stdin_bytes.assign(std::istreambuf_iterator<char>(std::cin),
                         std::istreambuf_iterator<char>());
  std::size_t jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  const std::size_t batch = 16 * jobs;
  bool failed = false;
  for (std::size_t first = 0; first < inputs.size(); first += batch) {
    std::size_t n = std::min(batch, inputs.size() - first);
    std::vector<std::string> out(n), problems(n);
    parallel_for(
        n, jobs,
        [&](std::size_t i) {
          const input& in = inputs[first + i];
          std::string bytes = stdin_bytes;
          std::string path = in.is_stdin ? o.stdin_filename : in.path;
          if (in.problem) {
            problems[i] = *in.problem;
            return;
          }
          if (!in.is_stdin) {
            std::ifstream f(in.path, std::ios::binary);
            std::ostringstream buf;
            buf << f.rdbuf();
            if (!f) {
              problems[i] = "cannot read";
              return;
            }
            bytes = std::move(buf).str();
            path = std::filesystem::path(in.path).lexically_normal().string();
          }
          auto a = index_text(path, std::move(bytes), o.check,
                              {o.check.article_date, in.is_stdin ? std::nullopt : file_day(path)});
          if (a.unreadable)
            problems[i] = a.errors.empty() ? "not indexed" : a.errors.front().message;
          else
            out[i] = lines_of(a);
        },
        [](std::size_t) {});
    for (std::size_t i = 0; i < n; ++i) {
      std::cout << out[i];
      if (!problems[i].empty()) {
        std::cerr << "forecheck: " << inputs[first + i].path << ": " << problems[i] << "\n";
        failed = true;
      }
    }
  }
  std::cout.flush();
  return failed ? 2 : 0;
}

}  // namespace fc::cli
