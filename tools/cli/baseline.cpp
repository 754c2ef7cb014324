// Reading a baseline with Boost.JSON. Any shape problem is an error naming the file: a
// baseline that silently accepted nothing would turn a red check green by accident.
#include "cli/baseline.hpp"

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fc::cli {
namespace {

namespace js = boost::json;

// "./a.md" and "a.md" name the same article in a baseline written from another directory.
std::string normal_path(const std::string& p) {
  std::string s = std::filesystem::path(p).lexically_normal().generic_string();
  return s.starts_with("./") ? s.substr(2) : s;
}

const js::value* field(const js::value& v, const char* name) {
  return v.is_object() ? v.get_object().if_contains(name) : nullptr;
}

}  // namespace

std::string finding_key(const std::string& path, const std::string& rule,
                        const std::vector<std::string>& claim_texts) {
  std::string key = normal_path(path) + '\0' + rule;
  for (const auto& t : claim_texts) key += '\0' + t;
  return key;
}

std::optional<baseline> baseline::load(const std::string& file, std::string& error) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    error = "cannot read baseline " + file;
    return std::nullopt;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  boost::system::error_code ec;
  js::value doc = js::parse(buf.str(), ec);
  const js::value* files = ec ? nullptr : field(doc, "files");
  if (!files || !files->is_array()) {
    error = file + ": not a forecheck JSON report (expected the output of check --format json)";
    return std::nullopt;
  }
  baseline b;
  for (const auto& f : files->get_array()) {
    const js::value* path = field(f, "path");
    const js::value* claims = field(f, "claims");
    const js::value* findings = field(f, "findings");
    if (!path || !path->is_string() || !claims || !claims->is_array() || !findings ||
        !findings->is_array()) {
      error = file + ": a file entry lacks path, claims or findings";
      return std::nullopt;
    }
    std::map<std::string, std::string> texts;
    for (const auto& c : claims->get_array()) {
      const js::value* id = field(c, "id");
      const js::value* text = field(c, "text");
      if (id && id->is_string() && text && text->is_string())
        texts[std::string(id->get_string())] = std::string(text->get_string());
    }
    for (const auto& x : findings->get_array()) {
      const js::value* rule = field(x, "rule");
      const js::value* ids = field(x, "claims");
      if (!rule || !rule->is_string() || !ids || !ids->is_array()) {
        error = file + ": a finding lacks rule or claims";
        return std::nullopt;
      }
      std::vector<std::string> claim_texts;
      for (const auto& id : ids->get_array())
        if (id.is_string()) claim_texts.push_back(texts[std::string(id.get_string())]);
      ++b.accepted_[finding_key(std::string(path->get_string()), std::string(rule->get_string()),
                                claim_texts)];
    }
  }
  return b;
}

render::marks baseline::apply(const std::vector<file_result>& results) const {
  render::marks m;
  m.any_baseline = true;
  auto left = accepted_;
  for (const auto& r : results) {
    m.baselined.emplace_back(r.findings.size(), false);
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
      const auto& f = r.findings[i];
      std::vector<std::string> claim_texts;
      for (const auto& id : f.claims)
        for (const auto& c : r.claims)
          if (c.id == id) claim_texts.push_back(c.text);
      auto it = left.find(finding_key(r.path, f.rule, claim_texts));
      if (it != left.end() && it->second > 0) {
        --it->second;
        m.baselined.back()[i] = true;
      }
    }
  }
  return m;
}

}  // namespace fc::cli
