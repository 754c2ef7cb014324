// The SQLite archive's write statements: one DELETE pair and one INSERT pair, bound per article.
#include "archive/sqlite_write.hpp"

#include "archive/row.hpp"

namespace fc::archive::sqlite {
namespace {

const std::string insert_claim_sql = std::string("INSERT INTO claims (article_id, ") +
                                     claim_columns +
                                     ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
                                     " ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)";

}  // namespace

writer::writer(connection& db)
    : remove_claims_(db,
                     "DELETE FROM claims WHERE article_id IN"
                     " (SELECT id FROM articles WHERE path = ?)"),
      remove_article_(db, "DELETE FROM articles WHERE path = ?"),
      insert_article_(db,
                      "INSERT INTO articles (path, hash, title, published, date_from, lang)"
                      " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
      insert_claim_(db, insert_claim_sql.c_str()) {}

bool writer::ok() const {
  return remove_claims_.ok() && remove_article_.ok() && insert_article_.ok() && insert_claim_.ok();
}

bool writer::remove(const std::string& path) {
  remove_claims_.reset();
  remove_article_.reset();
  remove_claims_.bind(1, std::string_view(path)).step();
  if (remove_claims_.failed()) return false;
  remove_article_.bind(1, std::string_view(path)).step();
  return !remove_article_.failed();
}

bool writer::insert(const article& a, const std::vector<published_claim>& claims) {
  auto& art = insert_article_;
  art.reset();
  art.bind(1, std::string_view(a.path)).bind(2, std::string_view(a.hash));
  art.bind(3, std::string_view(a.title)).bind(4, date_text(a.published));
  art.bind(5, std::string_view(to_string(a.date_from))).bind(6, std::string_view(a.lang));
  if (!art.step()) return false;
  std::int64_t id = art.integer(0);
  art.step();  // RETURNING's statement completes on the step after its row
  if (art.failed()) return false;
  auto& s = insert_claim_;
  for (const auto& p : claims) {
    auto r = to_row(p);
    s.reset();
    s.bind(1, id).bind(2, r.ord).bind(3, std::string_view(r.kind));
    // Clustered by subject and year (schema 3): an absent one is stored as '' and 0.
    s.bind(4, std::string_view(r.text)).bind(5, r.subject);
    s.bind(6, std::string_view(r.subject_key ? *r.subject_key : std::string()));
    s.bind(7, r.source)
        .bind(8, std::int64_t{r.year.value_or(0)})
        .bind(9, r.point)
        .bind(10, r.lo)
        .bind(11, r.hi);
    s.bind(12, r.currency).bind(13, r.unit).bind(14, std::string_view(r.rate_of));
    s.bind(15, std::string_view(r.hedge)).bind(16, r.forecast).bind(17, r.comparable);
    s.bind(18, std::string_view(r.sentence)).bind(19, r.span_start).bind(20, r.span_end);
    s.bind(21, r.line).bind(22, r.col).bind(23, r.end_line).bind(24, r.end_col);
    s.step();
    if (s.failed()) return false;
  }
  return true;
}

}  // namespace fc::archive::sqlite
