// fc_bench: grammar and full-check throughput, single-article latency and peak memory.
// Timings are wall-clock on one thread; run through tools/bench.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "check.hpp"
#include "document/document.hpp"
#include "grammar/mention.hpp"
#include "tools/benchmarks/corpus.hpp"

namespace {

using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point t) {
  return std::chrono::duration<double>(clock_type::now() - t).count();
}

std::size_t bytes_of(const std::vector<std::string>& v) {
  std::size_t n = 0;
  for (const auto& s : v) n += s.size();
  return n;
}

void throughput(const char* lang, std::size_t total, bool grammar_only) {
  auto corpus = fc::bench::make_corpus(lang, total, 20000);
  double mb = static_cast<double>(bytes_of(corpus)) / 1e6;
  // Grammar only: the scanner over each sentence of the folded text.
  std::vector<fc::document::document> docs;
  for (const auto& a : corpus) docs.push_back(fc::document::build(a, fc::document::markup::text));
  std::size_t mentions = 0;
  auto t = clock_type::now();
  for (const auto& d : docs)
    for (const auto& s : d.sentences)
      mentions +=
          fc::grammar::scan(std::string_view(d.text).substr(s.begin, s.end - s.begin)).size();
  double grammar_s = seconds_since(t);
  if (grammar_only) {
    std::printf("%-6s %7.1f MB  grammar %7.1f MB/s (%zu mentions)\n", lang, mb, mb / grammar_s,
                mentions);
    return;
  }
  fc::check_options o;
  o.discover_config = false;
  std::size_t claims = 0;
  t = clock_type::now();
  for (const auto& a : corpus) claims += fc::check_text("bench.txt", a, o).claims.size();
  double check_s = seconds_since(t);
  std::printf(
      "%-6s %7.1f MB  grammar %7.1f MB/s (%zu mentions)  full check %6.1f MB/s (%zu claims)\n",
      lang, mb, mb / grammar_s, mentions, mb / check_s, claims);
}

void latency(std::size_t article_bytes) {
  auto corpus = fc::bench::make_corpus("mixed", article_bytes * 200, article_bytes);
  fc::check_options o;
  o.discover_config = false;
  std::vector<double> ms;
  for (const auto& a : corpus) {
    auto t = clock_type::now();
    (void)fc::check_text("bench.md", a, o);
    ms.push_back(seconds_since(t) * 1e3);
  }
  std::sort(ms.begin(), ms.end());
  std::printf("latency %3zu KB article: median %.3f ms  p99 %.3f ms  (%zu runs)\n",
              article_bytes / 1000, ms[ms.size() / 2], ms[ms.size() * 99 / 100], ms.size());
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t mb = argc > 1 ? static_cast<std::size_t>(std::stoul(argv[1])) : 50;
  // `fc_bench MB grammar|check [LANG]`: the scanner's throughput only, or scanner and full
  // check without the latency runs, for one corpus when LANG is given (runs while tuning).
  std::string mode = argc > 2 ? argv[2] : "";
  bool grammar_only = mode == "grammar";
  std::string only = argc > 3 ? argv[3] : "";
  for (const char* lang : {"ko", "en", "mixed", "zh", "ja"})
    if (only.empty() || only == lang) throughput(lang, mb * 1000000, grammar_only);
  if (grammar_only || mode == "check") return 0;
  latency(2000);
  latency(20000);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak RSS of the benchmark process: %.1f MB\n",
              static_cast<double>(usage.ru_maxrss) / 1024);
  return 0;
}
