// .forecheck.toml parsing with toml++. Every key is checked: a misspelt key or a wrong type
// is an error with its line and column, because a silently ignored setting is a wrong check.
#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "config/bounds.hpp"
#include "config/settings.hpp"
#include "support/language_choice.hpp"
#include "support/shorten.hpp"

namespace fc::config {
namespace {

struct failure {
  std::string message;
};

std::string where(const std::string& path, const toml::source_region& r) {
  return path + ":" + std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column) + ": ";
}

std::string scalar_text(const toml::node& n) {
  if (auto s = n.value<std::string>()) return *s;
  if (auto d = n.value<double>()) {
    std::ostringstream o;
    o << *d;
    return o.str();
  }
  if (auto b = n.value<bool>()) return *b ? "true" : "false";
  return {};
}

void read_rule(const std::string& path, const std::string& id, const toml::table& t,
               rule_settings& out) {
  for (const auto& [key, node] : t) {
    std::string k(key.str());
    if (k == "enabled") {
      auto b = node.value<bool>();
      if (!b) throw failure{where(path, node.source()) + "'enabled' must be true or false"};
      out.enabled = *b;
    } else if (k == "severity") {
      auto s = node.value<std::string>();
      auto level = s ? parse_severity(*s) : std::nullopt;
      if (!level)
        throw failure{where(path, node.source()) +
                      "'severity' must be \"error\", \"warning\" or \"info\""};
      out.level = level;
    } else if (node.is_value()) {
      // nan and inf pass every comparison test a rule makes: max_cagr = nan switched
      // implausible-rate off without a word.
      if (auto d = node.value<double>(); node.is_floating_point() && d && !std::isfinite(*d))
        throw failure{where(path, node.source()) + "'" + shortened(k) +
                      "' must be a finite number"};
      out.params[k] = scalar_text(node);
      out.where[k] = where(path, key.source());
    } else {
      throw failure{where(path, node.source()) + "rule '" + shortened(id) + "': '" + shortened(k) +
                    "' must be a value"};
    }
  }
}

settings read(const toml::table& root, const std::string& path) {
  settings s;
  s.path = path;
  for (const auto& [key, node] : root) {
    std::string k(key.str());
    if (k == "rules") {
      auto* rules = node.as_table();
      if (!rules) throw failure{where(path, node.source()) + "'rules' must be a table"};
      for (const auto& [id, rule] : *rules) {
        auto* t = rule.as_table();
        if (!t)
          throw failure{where(path, rule.source()) + "[rules." + shortened(id.str()) +
                        "] must be a table"};
        auto& rs = s.rules[std::string(id.str())];
        rs.table_where = where(path, id.source());
        read_rule(path, std::string(id.str()), *t, rs);
      }
    } else if (k == "article") {
      auto* t = node.as_table();
      if (!t) throw failure{where(path, node.source()) + "'article' must be a table"};
      for (const auto& [ak, av] : *t) {
        std::string a(ak.str());
        auto text = av.value<std::string>();
        if (a == "date") {
          std::optional<date> d;
          if (auto dd = av.as_date()) {
            d = date{dd->get().year, dd->get().month, dd->get().day};
          } else if (text) {
            d = parse_date(*text);
          }
          if (!d) throw failure{where(path, av.source()) + "'date' must be a date (YYYY-MM-DD)"};
          s.article_date = d;
        } else if (a == "lang") {
          if (!text || !language_choice(*text))
            throw failure{where(path, av.source()) +
                          "'lang' must be \"ko\", \"en\", \"zh\", \"ja\" or \"auto\""};
          if (*text != "auto") s.lang = *text;
        } else {
          throw failure{where(path, ak.source()) + "unknown key 'article." + shortened(a) +
                        "' (expected date, lang)"};
        }
      }
    } else if (k == "subjects") {
      auto* t = node.as_table();
      if (!t) throw failure{where(path, node.source()) + "'subjects' must be a table"};
      for (const auto& [sk, sv] : *t) {
        if (sk.str() != "aliases" || !sv.as_table())
          throw failure{where(path, sk.source()) + "unknown key 'subjects." + shortened(sk.str()) +
                        "' (expected an aliases table)"};
        for (const auto& [alias, canon] : *sv.as_table()) {
          auto c = canon.value<std::string>();
          if (!c) throw failure{where(path, canon.source()) + "an alias must map to a string"};
          s.subject_aliases[std::string(alias.str())] = *c;
        }
      }
    } else if (k == "currency") {
      auto* t = node.as_table();
      auto* rates = t ? (*t)["rates"].as_table() : nullptr;
      if (!t || t->size() != 1 || !rates)
        throw failure{where(path, node.source()) + "'currency' must hold one table, 'rates'"};
      for (const auto& [pair, rate] : *rates) {
        auto v = rate.value<double>();
        if (!v || !std::isfinite(*v) || *v <= 0)
          throw failure{where(path, rate.source()) + "a rate must be a positive, finite number"};
        s.fx_rates[std::string(pair.str())] = *v;
      }
    } else if (k == "cross_source_severity") {
      auto v = node.value<std::string>();
      auto level = v ? parse_severity(*v) : std::nullopt;
      if (!level)
        throw failure{where(path, node.source()) +
                      "'cross_source_severity' must be \"error\", \"warning\" or \"info\""};
      s.cross_source_severity = level;
    } else if (k == "cjk_severity") {
      auto v = node.value<std::string>();
      auto level = v ? parse_severity(*v) : std::nullopt;
      if (!level)
        throw failure{where(path, node.source()) +
                      "'cjk_severity' must be \"error\", \"warning\" or \"info\""};
      s.cjk_severity = level;
    } else {
      throw failure{where(path, key.source()) + "unknown key '" + shortened(k) +
                    "' (expected rules, article, subjects, currency, cross_source_severity, "
                    "cjk_severity)"};
    }
  }
  return s;
}

}  // namespace

std::optional<settings> parse(const std::string& text, const std::string& path,
                              std::string& error) {
  // Checked first: the parser recurses on dotted keys and nesting.
  if (auto e = exceeded(text)) {
    error = path + ":" + *e;
    return std::nullopt;
  }
  try {
    toml::table root = toml::parse(text, path);
    return read(root, path);
  } catch (const toml::parse_error& e) {
    // The parser's message can quote the file (a redefined table's name).
    error = where(path, e.source()) + shortened(e.description(), 200);
  } catch (const failure& f) {
    error = f.message;
  }
  return std::nullopt;
}

std::optional<settings> load(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = path + ": cannot read the configuration file";
    return std::nullopt;
  }
  // Never read more than the limit: the file may be anything, of any size.
  std::error_code ec;
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > bounds{}.max_bytes) {
    error = path + ":" + too_large(static_cast<std::size_t>(size));
    return std::nullopt;
  }
  std::string text(bounds{}.max_bytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  return parse(text, path, error);
}

std::optional<std::string> discover(const std::string& file) {
  std::error_code ec;
  auto dir = std::filesystem::absolute(file, ec).parent_path();
  if (ec) return std::nullopt;
  for (int depth = 0; depth < 64 && !dir.empty(); ++depth) {
    auto candidate = dir / ".forecheck.toml";
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate.string();
    if (dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

}  // namespace fc::config
