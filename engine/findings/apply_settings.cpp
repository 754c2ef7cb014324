// Settings are merged onto copies of the catalogue entries, so the embedded data stays the
// single default and `forecheck rules` can show the effective values.
#include "findings/apply_settings.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

#include "claims/assemble.hpp"
#include "consistency/subjects.hpp"
#include "rules/rule.hpp"
#include "rules/wording.hpp"
#include "support/shorten.hpp"

namespace fc::findings {

std::optional<std::string> validate(const config::settings& s) {
  for (const auto& [id, rs] : s.rules) {
    const auto* info = rules::find_rule(id);
    if (!info)
      return rs.table_where + "unknown rule '" + shortened(id) + "' (see 'forecheck rules')";
    rules::rule_info effective = *info;
    for (const auto& [name, value] : rs.params) {
      auto known = info->params.find(name);
      if (known == info->params.end()) {
        std::string list;
        for (const auto& [k, v] : info->params) list += (list.empty() ? "" : ", ") + k;
        return rs.where.at(name) + "unknown parameter '" + shortened(name) + "' for rule '" + id +
               "'" + (list.empty() ? " (it has none)" : " (expected " + list + ")");
      }
      char* end = nullptr;
      std::strtod(known->second.c_str(), &end);
      bool numeric_default = end && *end == '\0' && !known->second.empty();
      double v = std::strtod(value.c_str(), &end);
      if (numeric_default && !(end && *end == '\0' && !value.empty() && std::isfinite(v)))
        return rs.where.at(name) + "parameter '" + name + "' of rule '" + id +
               "' must be a finite number";
      effective.params[name] = value;
    }
    for (const auto& r : rules::registry()) {
      if (r.id != id || !r.check_params) continue;
      if (auto p = r.check_params(effective)) {
        auto at = rs.where.find(p->param);
        return (at != rs.where.end() ? at->second : rs.table_where) + "rule '" + id +
               "': " + p->message;
      }
    }
  }
  return std::nullopt;
}

std::vector<rules::rule_info> effective_rules(const config::settings& s) {
  std::vector<rules::rule_info> out = rules::catalogue();
  for (auto& r : out) {
    auto it = s.rules.find(r.id);
    if (it == s.rules.end()) continue;
    if (it->second.enabled) r.enabled = *it->second.enabled;
    if (it->second.level) r.default_severity = *it->second.level;
    for (const auto& [k, v] : it->second.params) r.params[k] = v;
  }
  return out;
}

namespace {

std::vector<std::pair<std::string, std::string>> alias_pairs(const config::settings& s) {
  std::vector<std::pair<std::string, std::string>> pairs;
  for (const auto& group : rules::shipped_subject_aliases())
    for (std::size_t i = 1; i < group.size(); ++i)
      pairs.emplace_back(claims::normalize_subject(group[0]), claims::normalize_subject(group[i]));
  for (const auto& [alias, canon] : s.subject_aliases)
    pairs.emplace_back(claims::normalize_subject(alias), claims::normalize_subject(canon));
  return pairs;
}

}  // namespace

void apply_aliases(const config::settings& s, std::vector<claim>& claims) {
  consistency::unify_subjects(claims, alias_pairs(s));
}

std::vector<std::string> subject_family(const config::settings& s,
                                        const std::vector<claim>& claims) {
  auto pairs = alias_pairs(s);
  // One probe claim per alias name: unifying them names each key's representative.
  std::vector<claim> probes;
  for (const auto& [a, b] : pairs)
    for (const auto* key : {&a, &b}) probes.emplace_back().subject_key = *key;
  std::vector<std::string> names;
  for (const auto& p : probes) names.push_back(*p.subject_key);
  consistency::unify_subjects(probes, pairs);
  std::set<std::string> wanted, out;
  for (const auto& c : claims)
    if (c.subject_key) wanted.insert(*c.subject_key), out.insert(*c.subject_key);
  for (std::size_t i = 0; i < probes.size(); ++i)
    if (wanted.count(*probes[i].subject_key)) out.insert(names[i]);
  return {out.begin(), out.end()};
}

std::vector<claim> convert_currencies(const config::settings& s, const std::vector<claim>& claims) {
  std::vector<claim> out = claims;
  if (s.fx_rates.empty()) return out;
  auto rate = [&](const std::string& from, const std::string& to) -> std::optional<double> {
    if (auto it = s.fx_rates.find(from + "/" + to); it != s.fx_rates.end()) return it->second;
    if (auto it = s.fx_rates.find(to + "/" + from); it != s.fx_rates.end()) return 1 / it->second;
    return std::nullopt;
  };
  std::map<std::string, std::string> first_currency;  // subject key -> its first currency
  for (const auto& c : out)
    if (c.kind == claim_kind::size && c.subject_key && c.currency && !c.conversion_of)
      first_currency.emplace(*c.subject_key, *c.currency);
  for (auto& c : out) {
    if (c.kind != claim_kind::size || !c.subject_key || !c.currency || !c.value || c.conversion_of)
      continue;
    const std::string& target = first_currency[*c.subject_key];
    if (*c.currency == target) continue;
    auto r = rate(*c.currency, target);
    if (!r) continue;
    auto scale = [&](std::optional<double> v) { return v ? std::optional<double>(*v * *r) : v; };
    c.value = interval{c.value->point * *r, scale(c.value->low), scale(c.value->high)};
    c.converted_from = c.currency;
    c.currency = target;
  }
  return out;
}

void apply_cjk_severity(const config::settings& s, const std::string& article_lang,
                        const std::string& lang, std::vector<finding>& findings) {
  if (article_lang != "zh" && article_lang != "ja") return;
  severity cap = s.cjk_severity.value_or(severity::warning);
  for (auto& f : findings) {
    if (f.level <= cap) continue;
    f.level = cap;
    // In the message language, like the rest of the explanation.
    static constexpr rules::wording capped{
        .en =
            " (Chinese and Japanese findings are reported at most as {cap}s while their "
            "readings are new; cjk_severity = \"error\" in .forecheck.toml raises them.)",
        .zh =
            "（中文和日文的读取仍较新，其发现最多报告为{cap}；在 .forecheck.toml 中设置 "
            "cjk_severity = \"error\" 可提高级别。）",
        .ja =
            "（中国語と日本語の読み取りはまだ新しいため、指摘は最大でも{cap}として報告します。"
            ".forecheck.toml で cjk_severity = \"error\" とすると引き上げられます。）"};
    static constexpr rules::wording as_warning{.en = "warning", .zh = "警告", .ja = "警告"};
    static constexpr rules::wording as_info{.en = "info", .zh = "提示", .ja = "情報"};
    std::string_view cap_word = cap == severity::warning ? rules::pick(as_warning, lang)
                                : cap == severity::info  ? rules::pick(as_info, lang)
                                                         : std::string_view(to_string(cap));
    f.explanation += rules::say(capped, lang, fmt::arg("cap", cap_word));
  }
}

void apply_cross_source(const config::settings& s, const std::vector<claim>& claims,
                        std::vector<finding>& findings) {
  if (!s.cross_source_severity) return;
  for (auto& f : findings) {
    std::set<std::string> sources;
    for (const auto& id : f.claims)
      for (const auto& c : claims)
        if (c.id == id && c.source) sources.insert(*c.source);
    if (sources.size() >= 2) f.level = std::min(f.level, *s.cross_source_severity);
  }
}

}  // namespace fc::findings
