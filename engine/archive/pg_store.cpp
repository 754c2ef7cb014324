// The PostgreSQL backend for a newsroom's shared archive: the same schema and behaviour as the
// SQLite store. One transaction per batch of whole articles under advisory locks on their
// paths, so concurrent index runs from several CI jobs never interleave one article.
#include "archive/pg_store.hpp"

#include <map>
#include <mutex>

#include "archive/pg_conn.hpp"
#include "archive/pg_schema.hpp"
#include "archive/row.hpp"
#include "archive/sort.hpp"

namespace fc::archive {
namespace {

using pg::num;
using pg::param;

// An array literal ({"a",NULL,"b"}): one parameter for a whole list, so a lookup or an
// article's claims take one round trip. Every element is quoted; NULL stays bare.
param array(const std::vector<param>& items) {
  std::string out = "{";
  for (const auto& item : items) {
    if (out.size() > 1) out += ',';
    if (!item) {
      out += "NULL";
      continue;
    }
    out += '"';
    for (char c : *item) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

param text_array(const std::vector<std::string>& items) {
  return array(std::vector<param>(items.begin(), items.end()));
}

param int_array(const std::vector<int>& items) {
  std::string out = "{";
  for (int v : items) out += (out.size() > 1 ? "," : "") + std::to_string(v);
  return out + "}";
}

// A column of a claim's article, found by its primary key. A query's cost so stays with the
// figures it returns: as a join, the planner hashed every article of the archive (tens of
// thousands) for the few hundred figures a draft's subjects have.
std::string article_column(const char* column) {
  return std::string("(SELECT a.") + column + " FROM articles a WHERE a.id = claims.article_id)";
}

class pg_store final : public store {
 public:
  explicit pg_store(const std::string& uri) : db_(uri), location_(pg::redact(uri)) {}

  bool start(bool write, std::string& error) {
    if (!db_.connected()) {
      error = "cannot connect to the PostgreSQL archive " + location_ + ": " + db_.error();
      return false;
    }
    return pg::prepare(db_, location_, write, error);
  }

  std::optional<std::map<std::string, std::string>> hashes(std::string& error) override {
    std::lock_guard lock(mutex_);
    auto r = db_.exec("SELECT path, hash FROM articles");
    if (!r.ok()) return fail(error, "reading articles", r);
    std::map<std::string, std::string> out;
    for (int i = 0; i < r.rows(); ++i) out.emplace(r.text(i, 0), r.text(i, 1));
    return out;
  }

  bool put_all(const std::vector<entry>& batch, std::string& error) override {
    std::lock_guard lock(mutex_);
    std::string what = "indexing " + (batch.empty() ? std::string() : batch.front().a->path);
    return transaction(error, what,
                       [&](std::optional<pg::result>& bad) { return write(batch, bad); });
  }

  bool remove(const std::string& path, std::string& error) override {
    std::lock_guard lock(mutex_);
    return transaction(error, "pruning " + path, [&](std::optional<pg::result>& bad) {
      return locked(path, bad) && remove_locked(text_array({path}), bad);
    });
  }

  std::optional<std::vector<published_claim>> find(const claim_query& q, bool figures_only,
                                                   std::string& error) override {
    std::lock_guard lock(mutex_);
    std::string sql = std::string("SELECT ") + article_column("path") + ", " +
                      article_column("title") + ", " + article_column("published") + ", " +
                      claim_columns +
                      " FROM claims"
                      " WHERE subject_key = ANY($1::text[])"
                      " AND (cardinality($2::integer[]) = 0 OR year = ANY($2::integer[]))"
                      " AND ($3::integer = 0 OR comparable = 1)";
    std::vector<published_claim> out;
    std::vector<int> years;
    for (const auto& y : query_years(q))
      if (y) years.push_back(*y);
    auto r = db_.exec(sql, {text_array(unique_keys(q.subject_keys)), int_array(years),
                            num(std::int64_t{figures_only})});
    if (!r.ok()) return fail(error, "querying claims", r);
    for (int i = 0; i < r.rows(); ++i) out.push_back(read_claim(r, i));
    sort_published(out);
    return out;
  }

  std::optional<std::vector<trend_point>> trend_points(const std::vector<std::string>& keys,
                                                       std::string& error) override {
    std::lock_guard lock(mutex_);
    std::vector<trend_point> out;
    auto r = db_.exec("SELECT subject_key, kind, currency, unit, year, point, " +
                          article_column("path") +
                          " FROM claims WHERE subject_key = ANY($1::text[]) AND comparable = 1",
                      {text_array(unique_keys(keys))});
    if (!r.ok()) return fail(error, "querying trend points", r);
    for (int i = 0; i < r.rows(); ++i)
      out.push_back({r.text(i, 0), r.text(i, 1), r.opt_text(i, 2), r.opt_text(i, 3),
                     static_cast<int>(r.integer(i, 4)), r.opt_real(i, 5).value_or(0),
                     r.text(i, 6)});
    return out;
  }

  std::optional<archive_stats> stats(std::string& error) override {
    std::lock_guard lock(mutex_);
    auto r = db_.exec(
        "SELECT (SELECT version FROM schema_version),"
        " count(*), min(published), max(published), count(*) FILTER (WHERE published IS NULL),"
        " (SELECT count(*) FROM claims), (SELECT coalesce(sum(comparable), 0) FROM claims),"
        " (SELECT count(DISTINCT subject_key) FROM claims),"
        " (SELECT count(DISTINCT source) FROM claims) FROM articles");
    if (!r.ok() || r.rows() != 1) return fail(error, "reading totals", r);
    archive_stats st;
    st.schema_version = static_cast<int>(r.integer(0, 0));
    st.articles = r.integer(0, 1);
    if (auto d = r.opt_text(0, 2)) st.first = parse_date(*d);
    if (auto d = r.opt_text(0, 3)) st.last = parse_date(*d);
    st.undated = r.integer(0, 4);
    st.claims = r.integer(0, 5);
    st.figures = r.integer(0, 6);
    st.subjects = r.integer(0, 7);
    st.sources = r.integer(0, 8);
    return st;
  }

  const std::string& location() const override { return location_; }

 private:
  std::nullopt_t fail(std::string& error, const std::string& what, const pg::result& r) {
    std::string why = r.error();
    error = location_ + ": " + what + ": " + (why.empty() ? db_.error() : why);
    return std::nullopt;
  }

  template <class Body>
  bool transaction(std::string& error, const std::string& what, Body body) {
    auto begin = db_.exec("BEGIN");
    if (!begin.ok()) {
      fail(error, what, begin);
      return false;
    }
    std::optional<pg::result> bad;
    if (body(bad)) {
      auto commit = db_.exec("COMMIT");
      if (commit.ok()) return true;
      bad.emplace(std::move(commit));
    }
    fail(error, what, *bad);
    db_.exec("ROLLBACK");
    return false;
  }

  // Keeps the result of a failed statement for the message.
  static bool check(pg::result r, std::optional<pg::result>& bad) {
    if (r.ok()) return true;
    bad.emplace(std::move(r));
    return false;
  }

  bool locked(const std::string& path, std::optional<pg::result>& bad) {
    return check(db_.exec("SELECT pg_advisory_xact_lock(hashtext($1))", {path}), bad);
  }

  // `paths` is a text array: one statement per table for a whole batch.
  bool remove_locked(const param& paths, std::optional<pg::result>& bad) {
    return check(db_.exec("DELETE FROM claims WHERE article_id IN"
                          " (SELECT id FROM articles WHERE path = ANY($1::text[]))",
                          {paths}),
                 bad) &&
           check(db_.exec("DELETE FROM articles WHERE path = ANY($1::text[])", {paths}), bad);
  }

  // A batch is five statements whatever its size: five statements per article, each a round
  // trip, were most of what indexing into PostgreSQL cost beyond extraction (tools/bench-archive).
  // A path named twice keeps its last version.
  bool write(const std::vector<entry>& batch, std::optional<pg::result>& bad) {
    std::map<std::string, const entry*> last;
    for (const auto& e : batch) last[e.a->path] = &e;
    if (last.empty()) return true;
    std::vector<std::string> paths;
    std::vector<param> hash, title, published, from, lang;
    for (const auto& [path, e] : last) {
      paths.push_back(path);
      hash.emplace_back(e->a->hash);
      title.emplace_back(e->a->title);
      published.push_back(date_text(e->a->published));
      from.emplace_back(to_string(e->a->date_from));
      lang.emplace_back(e->a->lang);
    }
    param all = text_array(paths);
    // The paths' locks are taken in one order, so two runs whose batches share paths wait for
    // each other instead of deadlocking.
    if (!check(db_.exec("SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtext(p) AS k"
                        " FROM unnest($1::text[]) p ORDER BY k) s",
                        {all}),
               bad) ||
        !remove_locked(all, bad))
      return false;
    auto art = db_.exec(
        "INSERT INTO articles (path, hash, title, published, date_from, lang) SELECT * FROM"
        " unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])"
        " RETURNING id, path",
        {all, array(hash), array(title), array(published), array(from), array(lang)});
    if (!art.ok() || art.rows() != static_cast<int>(paths.size())) {
      bad.emplace(std::move(art));
      return false;
    }
    std::map<std::string, std::int64_t> ids;
    for (int i = 0; i < art.rows(); ++i) ids[art.text(i, 1)] = art.integer(i, 0);
    // One column array per claim field, unnested into rows.
    std::vector<std::vector<param>> cols(claim_column_count + 1);
    for (const auto& [path, e] : last)
      for (const auto& p : *e->claims) {
        auto r = to_row(p);
        std::vector<param> v = {num(ids[path]),
                                num(r.ord),
                                r.kind,
                                r.text,
                                r.subject,
                                r.subject_key,
                                r.source,
                                num(r.year),
                                num(r.point),
                                num(r.lo),
                                num(r.hi),
                                r.currency,
                                r.unit,
                                r.rate_of,
                                r.hedge,
                                num(r.forecast),
                                num(r.comparable),
                                r.sentence,
                                num(r.span_start),
                                num(r.span_end),
                                num(r.line),
                                num(r.col),
                                num(r.end_line),
                                num(r.end_col)};
        for (std::size_t i = 0; i < v.size(); ++i) cols[i].push_back(std::move(v[i]));
      }
    if (cols.front().empty()) return true;
    std::vector<param> params;
    for (const auto& c : cols) params.push_back(array(c));
    std::string sql = std::string("INSERT INTO claims (article_id, ") + claim_columns +
                      ") SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[],"
                      " $5::text[], $6::text[], $7::text[], $8::integer[], $9::float8[],"
                      " $10::float8[], $11::float8[], $12::text[], $13::text[], $14::text[],"
                      " $15::text[], $16::bigint[], $17::integer[], $18::text[], $19::bigint[],"
                      " $20::bigint[], $21::bigint[], $22::bigint[], $23::bigint[],"
                      " $24::bigint[])";
    return check(db_.exec(sql, params), bad);
  }

  static published_claim read_claim(const pg::result& s, int row) {
    claim_row r;
    int i = 3;
    r.ord = s.integer(row, i++);
    r.kind = s.text(row, i++);
    r.text = s.text(row, i++);
    r.subject = s.opt_text(row, i++);
    r.subject_key = s.opt_text(row, i++);
    r.source = s.opt_text(row, i++);
    r.year = s.opt_int(row, i++);
    r.point = s.opt_real(row, i++);
    r.lo = s.opt_real(row, i++);
    r.hi = s.opt_real(row, i++);
    r.currency = s.opt_text(row, i++);
    r.unit = s.opt_text(row, i++);
    r.rate_of = s.text(row, i++);
    r.hedge = s.text(row, i++);
    r.forecast = s.integer(row, i++);
    r.comparable = s.integer(row, i++);
    r.sentence = s.text(row, i++);
    r.span_start = s.integer(row, i++);
    r.span_end = s.integer(row, i++);
    r.line = s.integer(row, i++);
    r.col = s.integer(row, i++);
    r.end_line = s.integer(row, i++);
    r.end_col = s.integer(row, i++);
    return from_row(r, s.text(row, 0), s.text(row, 1), s.opt_text(row, 2));
  }

  std::mutex mutex_;  // one connection, shared by the check threads
  pg::connection db_;
  std::string location_;
};

}  // namespace

std::unique_ptr<store> open_postgresql(const std::string& uri, open_mode mode, std::string& error) {
  auto s = std::make_unique<pg_store>(uri);
  if (!s->start(mode == open_mode::write, error)) return nullptr;
  return s;
}

}  // namespace fc::archive
