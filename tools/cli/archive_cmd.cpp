// `forecheck archive query` lists what the desk published for a market ("what did we say
// before"), as a table or JSON; `forecheck archive stats` totals the archive.
#include "cli/archive_cmd.hpp"

#include <charconv>
#include <iostream>

#include "archive/store.hpp"
#include "archive_join.hpp"
#include "render/json_writer.hpp"
#include "rules/format.hpp"
#include "rules/pairs.hpp"
#include "support/shorten.hpp"

namespace fc::cli {
namespace {

struct archive_options {
  std::string action;  ///< query or stats
  std::string db;
  std::optional<std::string> subject, source, config;
  std::optional<int> year;
  std::string format = "table";
  bool all = false;  ///< every claim, not only comparable figures
};

const char* archive_usage =
    "usage: forecheck archive query --db FILE|URI --subject TEXT [--source S] [--year Y]\n"
    "                              [--all] [--format table|json] [--config FILE]\n"
    "       forecheck archive stats --db FILE|URI [--format table|json]\n"
    "       forecheck archive init --db FILE|URI\n"
    "\n"
    "query lists the published figures for a market (its aliases included), oldest first;\n"
    "--all adds rates, shares and undated figures. stats totals the archive. init creates an\n"
    "empty archive, or migrates an older one, without indexing anything.\n";

std::optional<archive_options> parse(int argc, char** argv, std::string& error, bool& help) {
  archive_options o;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--help" || a == "-h") {
      help = true;
      return o;
    }
    if (i == 1 && (a == "query" || a == "stats" || a == "init")) {
      o.action = a;
      continue;
    }
    if (a == "--all") {
      o.all = true;
      continue;
    }
    bool takes = a == "--db" || a == "--subject" || a == "--source" || a == "--year" ||
                 a == "--format" || a == "--config";
    if (!takes) {
      error = a.starts_with("-") ? "unknown option '" + shortened(std::string(a)) + "'"
                                 : "unexpected argument '" + shortened(std::string(a)) + "'";
      return std::nullopt;
    }
    if (i + 1 >= argc) {
      error = "option " + std::string(a) + " needs a value";
      return std::nullopt;
    }
    std::string v = argv[++i];
    if (a == "--db") o.db = v;
    if (a == "--subject") o.subject = v;
    if (a == "--source") o.source = v;
    if (a == "--config") o.config = v;
    if (a == "--format") {
      if (v != "table" && v != "json") {
        error = "unknown format '" + shortened(v) + "' (expected table or json)";
        return std::nullopt;
      }
      o.format = v;
    }
    if (a == "--year") {
      int y = 0;
      auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), y);
      if (ec != std::errc() || end != v.data() + v.size() || y < 1000 || y > 9999) {
        error = "--year needs a four-digit year, not '" + shortened(v) + "'";
        return std::nullopt;
      }
      o.year = y;
    }
  }
  if (o.action.empty()) error = "archive needs an action: query, stats or init";
  if (error.empty() && o.db.empty()) error = "archive " + o.action + " needs --db FILE or URI";
  if (error.empty() && o.action == "query" && !o.subject)
    error = "archive query needs --subject TEXT";
  if (!error.empty()) return std::nullopt;
  return o;
}

std::string value_text(const claim& c) {
  const auto& v = c.value ? c.value : c.rate;
  if (!v) return c.text;
  if (c.value) return rules::money(v->point, c.currency, "en");
  return rules::percent(v->point);
}

std::string range_text(const claim& c) {
  if (!c.value) return c.rate ? rules::interval_text(*c.rate, std::nullopt, "en") : "";
  return rules::interval_text(*c.value, c.currency, "en");
}

void print_table(const std::vector<archive::published_claim>& rows) {
  std::cout << "date        year  figure                 range                            "
               "source                 article\n";
  auto pad = [](std::string s, std::size_t w) {
    // Pads by terminal columns: Hangul and CJK (U+1000–U+1FFF, U+3000–U+DFFF) and emoji take
    // two, so Korean sources line up; other punctuation ("–") takes one.
    std::size_t cols = 0;
    for (unsigned char ch : s) {
      if ((ch & 0xC0) == 0x80) continue;
      cols += ch == 0xE1 || (ch >= 0xE3 && ch <= 0xED) || ch >= 0xF0 ? 2 : 1;
    }
    if (cols < w) s.append(w - cols, ' ');
    return s + " ";
  };
  for (const auto& p : rows) {
    const claim& c = p.figure;
    std::cout << pad(p.published ? p.published->iso() : "undated", 11)
              << pad(c.year ? std::to_string(*c.year) : "-", 5) << pad(value_text(c), 22)
              << pad(range_text(c), 32) << pad(c.source.value_or("-"), 22) << p.path << ":"
              << c.where.line << ":" << c.where.column << "\n"
              << "    " << shortened(p.sentence, 160) << "\n";
  }
  std::cout << rows.size() << (rows.size() == 1 ? " figure\n" : " figures\n");
}

void print_json(const std::vector<archive::published_claim>& rows) {
  std::string out;
  render::json_writer w(out);
  w.begin_array();
  for (const auto& p : rows) {
    const claim& c = p.figure;
    w.begin_object();
    w.key("path").string(p.path);
    w.key("title").string(p.title);
    p.published ? w.key("date").string(p.published->iso()) : w.key("date").null();
    w.key("claim").string(c.id);
    w.key("kind").string(to_string(c.kind));
    w.key("text").string(c.text);
    c.subject ? w.key("subject").string(*c.subject) : w.key("subject").null();
    c.subject_key ? w.key("subject_key").string(*c.subject_key) : w.key("subject_key").null();
    c.source ? w.key("source").string(*c.source) : w.key("source").null();
    c.year ? w.key("year").integer(*c.year) : w.key("year").null();
    if (const auto& v = c.value ? c.value : c.rate) {
      w.key(c.value ? "value" : "rate").begin_object();
      w.key("point").number(v->point);
      v->low ? w.key("low").number(*v->low) : w.key("low").null();
      v->high ? w.key("high").number(*v->high) : w.key("high").null();
      w.end_object();
    }
    c.currency ? w.key("currency").string(*c.currency) : w.key("currency").null();
    c.unit ? w.key("unit").string(*c.unit) : w.key("unit").null();
    w.key("forecast").boolean(c.forecast);
    w.key("sentence").string(p.sentence);
    w.key("line").integer(static_cast<std::int64_t>(c.where.line));
    w.key("column").integer(static_cast<std::int64_t>(c.where.column));
    w.end_object();
  }
  w.end_array();
  std::cout << out << "\n";
}

int stats(archive::store& store, const std::string& format) {
  std::string error;
  auto st = store.stats(error);
  if (!st) {
    std::cerr << "forecheck: " << error << "\n";
    return 2;
  }
  auto d = [](const std::optional<date>& x) { return x ? x->iso() : std::string("-"); };
  if (format == "json") {
    std::string out;
    render::json_writer w(out);
    w.begin_object();
    w.key("schema_version").integer(st->schema_version);
    w.key("articles").integer(st->articles);
    w.key("undated_articles").integer(st->undated);
    w.key("claims").integer(st->claims);
    w.key("figures").integer(st->figures);
    w.key("subjects").integer(st->subjects);
    w.key("sources").integer(st->sources);
    st->first ? w.key("first_date").string(d(st->first)) : w.key("first_date").null();
    st->last ? w.key("last_date").string(d(st->last)) : w.key("last_date").null();
    w.end_object();
    std::cout << out << "\n";
    return 0;
  }
  std::cout << "archive:  " << store.location() << " (schema version " << st->schema_version
            << ")\narticles: " << st->articles << " (" << st->undated << " undated), "
            << d(st->first) << " to " << d(st->last) << "\nclaims:   " << st->claims << " ("
            << st->figures << " comparable figures)\nsubjects: " << st->subjects
            << "\nsources:  " << st->sources << "\n";
  return 0;
}

}  // namespace

int run_archive(int argc, char** argv) {
  std::string error;
  bool help = false;
  auto o = parse(argc, argv, error, help);
  if (help) {
    std::cout << archive_usage;
    return 0;
  }
  if (!o) {
    std::cerr << "forecheck: " << error << "\ntry 'forecheck archive --help'\n";
    return 2;
  }
  bool init = o->action == "init";
  auto store =
      archive::open(o->db, init ? archive::open_mode::write : archive::open_mode::read, error);
  if (!store) {
    std::cerr << "forecheck: " << error << "\n";
    return 2;
  }
  if (init) {
    std::cout << "archive " << store->location() << " at schema version " << archive::schema_version
              << "\n";
    return 0;
  }
  if (o->action == "stats") return stats(*store, o->format);
  check_options co;
  co.config_path = o->config;
  archive::claim_query q;
  if (o->year) q.years = {*o->year};
  auto keys = subject_query_keys(*o->subject, co, error);
  if (keys) q.subject_keys = std::move(*keys);
  auto rows = keys ? store->find(q, !o->all, error) : std::nullopt;
  if (!rows) {
    std::cerr << "forecheck: " << error << "\n";
    return 2;
  }
  if (o->source)
    std::erase_if(*rows, [&](const archive::published_claim& p) {
      return !rules::same_source(p.figure.source, o->source);
    });
  if (o->format == "json")
    print_json(*rows);
  else
    print_table(*rows);
  return 0;
}

}  // namespace fc::cli
