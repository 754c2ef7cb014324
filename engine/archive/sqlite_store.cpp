// The SQLite backend: one file in WAL mode, a 30 s busy timeout so concurrent index and check
// runs take turns, one IMMEDIATE transaction per batch of whole articles, prepared statements only.
#include "archive/sqlite_store.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <mutex>

#include "archive/row.hpp"
#include "archive/sort.hpp"  // sort_published, unique_keys
#include "archive/sqlite_db.hpp"
#include "archive/sqlite_schema.hpp"
#include "archive/sqlite_write.hpp"

namespace fc::archive {
namespace {

using sqlite::connection;
using sqlite::failure;
using sqlite::statement;
using sqlite::writer;

// A read-only file in a directory the reader cannot write: WAL mode cannot make its -shm file
// there, so the file is opened as immutable (SQLite's documented way to read such a file).
std::string immutable_uri(const std::string& path) {
  std::string uri = "file:";
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      static const char* hex = "0123456789ABCDEF";
      uri += '%';
      uri += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
      uri += hex[static_cast<unsigned char>(c) & 0xF];
    } else {
      uri += c;
    }
  }
  return uri + "?immutable=1";
}

std::string directory_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
}

class sqlite_store final : public store {
 public:
  sqlite_store(const std::string& path, bool write, bool immutable = false)
      : db_(immutable ? immutable_uri(path) : path, write, !write, immutable), location_(path) {}

  bool start(bool write, std::string& error) {
    if (db_.open_failure()) {
      error = "cannot open archive " + location_ + ": " + db_.open_failure()->message;
      return false;
    }
    return sqlite::prepare(db_, location_, write, error);
  }

  std::optional<std::map<std::string, std::string>> hashes(std::string& error) override {
    std::lock_guard lock(mutex_);
    statement s(db_, "SELECT path, hash FROM articles");
    std::map<std::string, std::string> out;
    while (s.step()) out.emplace(s.text(0), s.text(1));
    if (s.failed()) return fail(error, "reading articles");
    return out;
  }

  bool put_all(const std::vector<entry>& batch, std::string& error) override {
    std::lock_guard lock(mutex_);
    failure f;
    std::string what = "indexing " + (batch.empty() ? std::string() : batch.front().a->path);
    if (!db_.exec("BEGIN IMMEDIATE", f)) {
      fail(error, what);
      return false;
    }
    // Each statement is compiled once per batch and bound per article, not compiled again for
    // every article.
    writer w(db_);
    bool ok = w.ok();
    for (const auto& e : batch) {
      ok = ok && w.remove(e.a->path) && w.insert(*e.a, *e.claims);
      if (!ok) {
        what = "indexing " + e.a->path;
        break;
      }
    }
    if (ok && db_.exec("COMMIT", f)) return true;
    fail(error, what);
    db_.exec("ROLLBACK", f);
    return false;
  }

  bool remove(const std::string& path, std::string& error) override {
    std::lock_guard lock(mutex_);
    failure f;
    if (!db_.exec("BEGIN IMMEDIATE", f)) {
      fail(error, "pruning " + path);
      return false;
    }
    writer w(db_);
    if (w.ok() && w.remove(path) && db_.exec("COMMIT", f)) return true;
    fail(error, "pruning " + path);
    db_.exec("ROLLBACK", f);
    return false;
  }

  std::optional<std::vector<published_claim>> find(const claim_query& q, bool figures_only,
                                                   std::string& error) override {
    std::lock_guard lock(mutex_);
    std::string sql = std::string("SELECT a.path, a.title, a.published, ") + claim_columns +
                      " FROM claims JOIN articles a ON a.id = claims.article_id"
                      " WHERE subject_key = ?1 AND (?2 IS NULL OR year = ?2)"
                      " AND (?3 = 0 OR comparable = 1)";
    statement s(db_, sql.c_str());
    if (!s.ok()) return fail(error, "querying claims");
    std::vector<published_claim> out;
    for (const auto& key : unique_keys(q.subject_keys))
      for (auto year : query_years(q)) {
        s.reset();
        s.bind(1, std::string_view(key)).bind(2, year).bind(3, std::int64_t{figures_only});
        while (s.step()) out.push_back(read_claim(s));
        if (s.failed()) return fail(error, "querying claims");
      }
    sort_published(out);
    return out;
  }

  std::optional<std::vector<trend_point>> trend_points(const std::vector<std::string>& keys,
                                                       std::string& error) override {
    std::lock_guard lock(mutex_);
    statement s(db_,
                "SELECT kind, currency, unit, year, point, a.path FROM claims"
                " JOIN articles a ON a.id = claims.article_id"
                " WHERE subject_key = ? AND comparable = 1");
    std::vector<trend_point> out;
    for (const auto& key : unique_keys(keys)) {
      s.reset();
      s.bind(1, std::string_view(key));
      while (s.step())
        out.push_back({key, s.text(0), s.opt_text(1), s.opt_text(2), static_cast<int>(s.integer(3)),
                       s.real(4), s.text(5)});
      if (s.failed()) return fail(error, "querying trend points");
    }
    return out;
  }

  std::optional<archive_stats> stats(std::string& error) override {
    std::lock_guard lock(mutex_);
    archive_stats st;
    statement v(db_, "SELECT version FROM schema_version");
    statement a(db_,
                "SELECT count(*), min(published), max(published), sum(published IS NULL)"
                " FROM articles");
    statement c(db_,
                "SELECT count(*), coalesce(sum(comparable), 0), count(DISTINCT subject_key),"
                " count(DISTINCT source) FROM claims");
    if (!v.step() || !a.step() || !c.step()) return fail(error, "reading totals");
    st.schema_version = static_cast<int>(v.integer(0));
    st.articles = a.integer(0);
    if (auto d = a.opt_text(1)) st.first = parse_date(*d);
    if (auto d = a.opt_text(2)) st.last = parse_date(*d);
    st.undated = a.is_null(3) ? 0 : a.integer(3);
    st.claims = c.integer(0);
    st.figures = c.integer(1);
    st.subjects = c.integer(2);
    st.sources = c.integer(3);
    return st;
  }

  const std::string& location() const override { return location_; }

 private:
  std::nullopt_t fail(std::string& error, const std::string& what) {
    error = location_ + ": " + what + ": " + db_.last_failure().message;
    return std::nullopt;
  }

  static published_claim read_claim(const statement& s) {
    claim_row r;
    int i = 3;
    r.ord = s.integer(i++);
    r.kind = s.text(i++);
    r.text = s.text(i++);
    r.subject = s.opt_text(i++);
    r.subject_key = s.opt_text(i++);
    r.source = s.opt_text(i++);
    r.year = s.opt_int(i++);
    r.point = s.opt_real(i++);
    r.lo = s.opt_real(i++);
    r.hi = s.opt_real(i++);
    r.currency = s.opt_text(i++);
    r.unit = s.opt_text(i++);
    r.rate_of = s.text(i++);
    r.hedge = s.text(i++);
    r.forecast = s.integer(i++);
    r.comparable = s.integer(i++);
    r.sentence = s.text(i++);
    r.span_start = s.integer(i++);
    r.span_end = s.integer(i++);
    r.line = s.integer(i++);
    r.col = s.integer(i++);
    r.end_line = s.integer(i++);
    r.end_col = s.integer(i++);
    return from_row(r, s.text(0), s.text(1), s.opt_text(2));
  }

  std::mutex mutex_;  // one connection, shared by the check threads
  connection db_;
  std::string location_;
};

}  // namespace

std::unique_ptr<store> open_sqlite(const std::string& path, open_mode mode, std::string& error) {
  bool write = mode == open_mode::write;
  struct stat st {};
  if (!write && ::stat(path.c_str(), &st) != 0) {
    error =
        "no archive at " + path + " (create it with 'forecheck index --db " + path + " PATH...')";
    return nullptr;
  }
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    error = path + " is not a regular file, so it cannot be an archive";
    return nullptr;
  }
  bool exists = ::stat(path.c_str(), &st) == 0;
  // Writing needs the file and, for WAL's -wal and -shm files, its directory.
  if (write && exists && ::access(path.c_str(), W_OK) != 0) {
    error = path + " is read-only: cannot index into it (nothing was changed)";
    return nullptr;
  }
  if (write && ::access(directory_of(path).c_str(), W_OK) != 0) {
    error = "cannot write in " + directory_of(path) + ": the archive " + path +
            " needs its directory writable for its -wal and -shm files (nothing was changed)";
    return nullptr;
  }
  auto s = std::make_unique<sqlite_store>(path, write);
  if (!s->start(write, error)) {
    bool unwritable_dir = ::access(directory_of(path).c_str(), W_OK) != 0;
    if (write || !unwritable_dir) return nullptr;
    s = std::make_unique<sqlite_store>(path, false, true);
    if (!s->start(false, error)) return nullptr;
  }
  return s;
}

}  // namespace fc::archive
