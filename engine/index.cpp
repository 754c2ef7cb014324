// Indexing one article: extraction as `forecheck check` does it (without the rules), then one
// record per claim with its sentence, and the article's date, title and content hash.
#include "index.hpp"

#include "consistency/growth_check.hpp"
#include "support/sha256.hpp"

namespace fc {
namespace {

std::string_view trim(std::string_view v) {
  while (!v.empty() &&
         (v.front() == ' ' || v.front() == '\t' || v.front() == '"' || v.front() == '\''))
    v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r' ||
                        v.back() == '"' || v.back() == '\''))
    v.remove_suffix(1);
  return v;
}

// The sentence as one line: line breaks and runs of blanks become one space.
std::string one_line(std::string_view s) {
  std::string out;
  for (char ch : s) {
    bool blank = ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t';
    if (!blank)
      out += ch;
    else if (!out.empty() && out.back() != ' ')
      out += ' ';
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// A figure the consistency rules compare: dated, measured, and a level of the whole year.
// A subject local to one sentence ("market#3", "#move3") names nothing another article could
// share: its figures are indexed but never compared.
bool comparable(const claim& c) {
  return consistency::comparable_figures(c, c) && !c.part_year && !c.part &&
         c.subject_key->find('#') == std::string::npos;
}

}  // namespace

std::string content_hash(std::string_view bytes) { return "sha256:" + sha256_hex(bytes); }

std::string article_title(std::string_view s) {
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  bool front = s.starts_with("---\n") || s.starts_with("+++\n") || s.starts_with("---\r\n");
  std::size_t pos = 0;
  bool in_front = false;
  for (std::size_t line_no = 0; pos < s.size() && line_no < 400; ++line_no) {
    std::size_t eol = s.find('\n', pos);
    if (eol == std::string_view::npos) eol = s.size();
    std::string_view line = trim(s.substr(pos, eol - pos));
    pos = eol + 1;
    if (front && line_no == 0) {
      in_front = true;
      continue;
    }
    if (in_front) {
      if (line == "---" || line == "+++") {
        in_front = false;
        continue;
      }
      for (std::string_view key : {"title:", "title ="})
        if (line.starts_with(key)) return std::string(trim(line.substr(key.size())));
      continue;
    }
    if (line.starts_with("# ")) return std::string(trim(line.substr(2)));
  }
  auto open = s.find("<title>");
  if (open != std::string_view::npos) {
    auto close = s.find("</title>", open);
    if (close != std::string_view::npos)
      return std::string(trim(s.substr(open + 7, close - open - 7)));
  }
  return "";
}

indexed_article index_text(std::string path, std::string bytes, const check_options& options,
                           const date_fallbacks& dates) {
  indexed_article out;
  out.article.path = path;
  out.article.hash = content_hash(bytes);
  out.article.title = article_title(bytes);
  check_options o = options;
  o.article_date.reset();  // the article's own date wins over --date here
  o.run_rules = false;
  o.archive = nullptr;
  file_result r = check_text(std::move(path), std::move(bytes), o);
  out.errors = r.errors;
  out.unreadable = r.unreadable;
  out.article.lang = r.lang;
  if (r.article_date) {
    out.article.published = r.article_date;
    out.article.date_from = archive::date_origin::front_matter;
  } else if (dates.option) {
    out.article.published = dates.option;
    out.article.date_from = archive::date_origin::option;
  } else if (dates.file_time) {
    out.article.published = dates.file_time;
    out.article.date_from = archive::date_origin::file_time;
  }
  for (const auto& c : r.claims) {
    archive::published_claim p;
    p.figure = c;
    p.comparable = comparable(c);
    if (c.sentence < r.sentences.size()) {
      auto [b, e] = r.sentences[c.sentence];
      if (b <= e && e <= r.original.size()) p.sentence = one_line(r.original.substr(b, e - b));
    }
    out.claims.push_back(std::move(p));
  }
  return out;
}

}  // namespace fc
