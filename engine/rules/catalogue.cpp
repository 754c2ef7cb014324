// Parses the rule data embedded at build time (toml++). Rule data is part of the program, so
// a malformed file is a bug caught by the catalogue test, not a user error.
#include "rules/catalogue.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cstdlib>

#include "rules/embedded.hpp"

namespace fc::rules {
namespace {

std::vector<rule_info> load() {
  std::vector<rule_info> out;
  for (const auto& file : embedded_rule_files()) {
    if (!file.name.ends_with(".toml") || file.name == "subject-aliases.toml" ||
        file.name == "subject-hierarchy.toml")
      continue;
    auto parsed = toml::parse(file.text, std::string(file.name));
    rule_info r;
    r.id = parsed["id"].value_or(std::string());
    r.summary = parsed["summary"].value_or(std::string());
    r.enabled = parsed["enabled"].value_or(true);
    r.default_severity =
        parse_severity(parsed["severity"].value_or(std::string("error"))).value_or(severity::error);
    if (auto* msgs = parsed["messages"].as_table())
      for (auto& [lang, text] : *msgs)
        r.messages[std::string(lang.str())] = text.value_or(std::string());
    if (auto* params = parsed["params"].as_table())
      for (auto& [name, value] : *params) {
        if (auto d = value.value<double>())
          r.params[std::string(name.str())] = std::to_string(*d);
        else
          r.params[std::string(name.str())] = value.value_or(std::string());
      }
    std::string doc_name = r.id + ".md";
    for (const auto& d : embedded_rule_files())
      if (d.name == doc_name) r.doc = std::string(d.text);
    out.push_back(std::move(r));
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.id < b.id; });
  return out;
}

}  // namespace

const std::vector<rule_info>& catalogue() {
  static const std::vector<rule_info> rules = load();
  return rules;
}

const rule_info* find_rule(std::string_view id) {
  for (const auto& r : catalogue())
    if (r.id == id) return &r;
  return nullptr;
}

const std::vector<std::vector<std::string>>& shipped_subject_aliases() {
  static const std::vector<std::vector<std::string>> groups = [] {
    std::vector<std::vector<std::string>> out;
    for (const auto& file : embedded_rule_files()) {
      if (file.name != "subject-aliases.toml") continue;
      auto parsed = toml::parse(file.text, std::string(file.name));
      if (auto* arr = parsed["groups"].as_array())
        for (const auto& g : *arr) {
          std::vector<std::string> names;
          if (auto* inner = g.as_array())
            for (const auto& n : *inner) names.push_back(n.value_or(std::string()));
          out.push_back(std::move(names));
        }
    }
    return out;
  }();
  return groups;
}

const subject_hierarchy& shipped_subject_hierarchy() {
  static const subject_hierarchy h = [] {
    subject_hierarchy out;
    for (const auto& file : embedded_rule_files()) {
      if (file.name != "subject-hierarchy.toml") continue;
      auto parsed = toml::parse(file.text, std::string(file.name));
      // Matched case-insensitively: lowered once here, not at every comparison.
      auto read = [](const toml::node_view<toml::node>& node, std::vector<std::string>& words) {
        if (auto* arr = node.as_array())
          for (const auto& w : *arr) {
            std::string word = w.value_or(std::string());
            for (auto& ch : word)
              ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            words.push_back(std::move(word));
          }
      };
      read(parsed["wholes"], out.wholes);
      read(parsed["regions"], out.regions);
      read(parsed["exclusions"], out.exclusions);
      if (auto* tables = parsed["within"].as_array())
        for (auto& t : *tables) {
          subject_hierarchy::within w;
          read(toml::node_view<toml::node>(t)["region"], w.region);
          read(toml::node_view<toml::node>(t)["members"], w.members);
          out.regions_within.push_back(std::move(w));
        }
    }
    return out;
  }();
  return h;
}

double param(const rule_info& r, const std::string& name, double fallback) {
  auto it = r.params.find(name);
  if (it == r.params.end()) return fallback;
  char* end = nullptr;
  double v = std::strtod(it->second.c_str(), &end);
  return end && *end == '\0' ? v : fallback;
}

}  // namespace fc::rules
