// `forecheck index PATH... --db FILE`: extracts the claims of published articles into the
// archive. Incremental by path and content hash; each article is written in its own
// transaction, so an interrupted run keeps every article it finished and half of none.
#include <sys/stat.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <sstream>
#include <thread>

#include "archive/store.hpp"
#include "cli/archive_cmd.hpp"
#include "cli/inputs.hpp"
#include "cli/parallel.hpp"
#include "cli/progress.hpp"
#include "index.hpp"
#include "support/shorten.hpp"

namespace fc::cli {
namespace {

struct index_options {
  std::vector<std::string> paths;
  std::string db;
  bool prune = false;
  std::optional<date> fallback_date;  ///< --date
  std::vector<std::string> include, exclude;
  std::optional<std::string> ignore_file;  ///< --ignore-file
  bool no_ignore = false;
  std::size_t jobs = 0;
  bool no_progress = false;
  check_options check;
};

const char* index_usage =
    "usage: forecheck index PATH... --db FILE|postgresql://... [options]\n"
    "\n"
    "Extracts the claims of published articles into an archive that `forecheck check\n"
    "--archive` compares drafts with. Unchanged files (same path and content hash) are\n"
    "skipped; changed ones are re-indexed.\n"
    "\n"
    "  --db FILE|URI        the archive: a SQLite file (created when missing) or a\n"
    "                       postgresql:// connection URI\n"
    "  --prune              drop archived articles whose file no longer exists\n"
    "  --date YYYY-MM-DD    date of articles without one in their front matter (else the\n"
    "                       file's modification day)\n"
    "  --include GLOB, --exclude GLOB, --ignore-file FILE, --no-ignore, --lang\n"
    "  auto|ko|en|zh|ja, --config FILE, --jobs N, --no-progress   as for `forecheck check`\n"
    "                       (the ignore file is ./.forecheckignore unless named)\n";

std::optional<index_options> parse(int argc, char** argv, std::string& error, bool& help) {
  index_options o;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 >= argc) {
        error = "option " + std::string(a) + " needs a value";
        return std::nullopt;
      }
      return std::string(argv[++i]);
    };
    if (a == "--help" || a == "-h") {
      help = true;
      return o;
    }
    if (a == "--prune") {
      o.prune = true;
    } else if (a == "--no-progress") {
      o.no_progress = true;
    } else if (a == "--no-ignore") {
      o.no_ignore = true;
    } else if (a == "--db" || a == "--date" || a == "--include" || a == "--exclude" ||
               a == "--lang" || a == "--config" || a == "--jobs" || a == "-j" ||
               a == "--ignore-file") {
      auto v = value();
      if (!v) return std::nullopt;
      if (a == "--db") o.db = *v;
      if (a == "--include") o.include.push_back(*v);
      if (a == "--exclude") o.exclude.push_back(*v);
      if (a == "--ignore-file") o.ignore_file = *v;
      if (a == "--config") o.check.config_path = *v;
      if (a == "--date" && !(o.fallback_date = parse_date(*v))) {
        error = "invalid date '" + shortened(*v) + "' (" + date_problem(*v) + ")";
        return std::nullopt;
      }
      if (a == "--lang") {
        if (!language_choice(*v)) {
          error = "unknown language '" + shortened(*v) + "' (expected auto, ko, en, zh or ja)";
          return std::nullopt;
        }
        o.check.lang = *v;
      }
      if (a == "--jobs" || a == "-j") {
        try {
          o.jobs = std::stoul(*v);
        } catch (const std::exception&) {
          o.jobs = 0;
        }
        if (o.jobs == 0 || o.jobs > 1024) {
          error = "--jobs needs a number from 1 to 1024, not '" + shortened(*v) + "'";
          return std::nullopt;
        }
      }
    } else if (a == "-") {
      error = "index reads files, not standard input: an article is keyed by its path";
      return std::nullopt;
    } else if (a.size() > 1 && a[0] == '-') {
      error = "unknown option '" + shortened(std::string(a)) + "'";
      return std::nullopt;
    } else {
      o.paths.emplace_back(a);
    }
  }
  if (o.db.empty()) {
    error = "index needs --db FILE (a SQLite file) or --db postgresql://...";
    return std::nullopt;
  }
  if (o.paths.empty()) {
    error = "no input: give one or more files or directories to index";
    return std::nullopt;
  }
  return o;
}

// The day a file was last modified, in local time: the date of last resort.
std::optional<date> file_day(const struct stat& st) {
  std::tm tm{};
  std::time_t t = st.st_mtime;
  if (!::localtime_r(&t, &tm)) return std::nullopt;
  return date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

// One file read for indexing, or why it cannot be.
struct loaded {
  std::string key;  ///< the path as stored: lexically normal, as given
  std::string bytes;
  std::optional<date> mtime;
  std::optional<std::string> problem;
};

loaded load(const input& in, std::size_t max_bytes) {
  loaded l;
  l.key = std::filesystem::path(in.path).lexically_normal().string();
  if (in.problem) {
    l.problem = *in.problem;
    return l;
  }
  struct stat st {};
  if (::stat(in.path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    l.problem = "cannot read: not a regular file";
    return l;
  }
  if (static_cast<std::size_t>(st.st_size) > max_bytes) {
    l.problem = "file too large; not indexed";
    return l;
  }
  std::ifstream f(in.path, std::ios::binary);
  std::ostringstream buf;
  buf << f.rdbuf();
  if (!f) {
    l.problem = "cannot read";
    return l;
  }
  l.bytes = std::move(buf).str();
  l.mtime = file_day(st);
  return l;
}

}  // namespace

int run_index(int argc, char** argv) {
  std::string error;
  bool help = false;
  auto o = parse(argc, argv, error, help);
  if (help) {
    std::cout << index_usage;
    return 0;
  }
  if (!o) {
    std::cerr << "forecheck: " << error << "\ntry 'forecheck index --help'\n";
    return 2;
  }
  auto store = archive::open(o->db, archive::open_mode::write, error);
  auto stored = store ? store->hashes(error) : std::nullopt;
  if (!stored) {
    std::cerr << "forecheck: " << error << "\n";
    return 2;
  }
  selection sel;
  sel.include = o->include;
  for (const auto& g : o->exclude) sel.exclude.add(g);
  // Articles a desk keeps out of `check` (drafts, templates) stay out of the archive too.
  if (!o->no_ignore && !read_ignore_file(sel, o->ignore_file, error)) {
    std::cerr << "forecheck: " << error << "\n";
    return 2;
  }
  auto inputs = expand(o->paths, sel);
  std::size_t indexed = 0, unchanged = 0, pruned = 0, failed = 0;
  std::size_t jobs = o->jobs ? o->jobs : std::max(1u, std::thread::hardware_concurrency());
  progress_bar bar(inputs.size(), !o->no_progress && want_progress(inputs.size()));
  // Batches keep memory bounded and commit as they go: a killed run keeps what it finished.
  const std::size_t batch = 16 * jobs;
  // While one batch is written, the next is extracted: the writer never waits for the pool.
  std::vector<indexed_article> writing;
  std::vector<archive::store::entry> writes;
  std::future<bool> written;
  std::string write_error;
  auto wait_for_writer = [&] {
    if (!written.valid() || written.get()) return true;
    std::cerr << "forecheck: " << write_error << "\n";
    return false;
  };
  for (std::size_t first = 0; first < inputs.size(); first += batch) {
    std::size_t n = std::min(batch, inputs.size() - first);
    std::vector<indexed_article> done(n);
    std::vector<std::optional<std::string>> problems(n);
    std::vector<char> same(n, 0);
    parallel_for(
        n, jobs,
        [&](std::size_t i) {
          auto l = load(inputs[first + i], o->check.max_bytes);
          if (l.problem) {
            problems[i] = l.problem;
            return;
          }
          auto it = stored->find(l.key);
          if (it != stored->end() && it->second == content_hash(l.bytes)) {
            same[i] = 1;
            return;
          }
          done[i] = index_text(l.key, std::move(l.bytes), o->check, {o->fallback_date, l.mtime});
        },
        [](std::size_t) {});
    // The batch's articles are committed together: each lands whole or not at all, and one
    // commit per batch instead of per article is most of indexing's speed (tools/bench-archive).
    if (!wait_for_writer()) return 2;
    writing = std::move(done);
    writes.clear();
    for (std::size_t i = 0; i < n; ++i) {
      const auto& path = inputs[first + i].path;
      if (!problems[i] && writing[i].unreadable && !writing[i].errors.empty())
        problems[i] = writing[i].errors.front().message;
      if (problems[i]) {
        std::cerr << "forecheck: " << path << ": " << *problems[i] << "\n";
        ++failed;
      } else if (same[i]) {
        ++unchanged;
      } else {
        writes.push_back({&writing[i].article, &writing[i].claims});
      }
    }
    indexed += writes.size();
    if (!writes.empty())
      written = std::async(std::launch::async, [&store, &writes, &write_error] {
        return store->put_all(writes, write_error);
      });
    bar.update(first + n);
  }
  if (!wait_for_writer()) return 2;
  if (o->prune)
    for (const auto& [path, hash] : *stored) {
      struct stat st {};
      if (::stat(path.c_str(), &st) == 0) continue;
      if (!store->remove(path, error)) {
        std::cerr << "forecheck: " << error << "\n";
        return 2;
      }
      ++pruned;
    }
  bar.update(inputs.size());
  std::cout << "indexed " << indexed << ", unchanged " << unchanged << ", pruned " << pruned;
  if (failed) std::cout << ", failed " << failed;
  std::cout << " (" << store->location() << ")\n";
  return failed ? 2 : 0;
}

}  // namespace fc::cli
