// Applying user settings to a check: rule switches and parameters, subject aliases, and the
// severity of conflicts between different sources.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/settings.hpp"
#include "rules/catalogue.hpp"

namespace fc::findings {

/// Checks rule ids and parameter names against the catalogue; the first problem as
/// "path:line:col: message", or nullopt.
std::optional<std::string> validate(const config::settings& s);

/// The catalogue with the user's enabled/severity/parameter overrides merged in.
std::vector<rules::rule_info> effective_rules(const config::settings& s);

/// Joins subjects through the shipped and configured aliases ("생성형 AI 시장" = "생성 AI 시장").
void apply_aliases(const config::settings& s, std::vector<claim>& claims);

/// Every subject key joined by the aliases to a subject key of `claims` (those keys included),
/// sorted: what the archive is asked for.
std::vector<std::string> subject_family(const config::settings& s,
                                        const std::vector<claim>& claims);

/// The claims as the rules see them: where a subject's figures are in several currencies and
/// the configured rate table links them, every figure is expressed in the subject's first
/// currency (`converted_from` keeps the written one).
std::vector<claim> convert_currencies(const config::settings& s, const std::vector<claim>& claims);

/// Lowers findings whose claims come from different sources to `cross_source_severity`.
/// In a Chinese or Japanese article, findings above the configured cap (cjk_severity, warning
/// by default) are lowered to it, and their explanation says so in `message_lang`.
void apply_cjk_severity(const config::settings& s, const std::string& article_lang,
                        const std::string& message_lang, std::vector<finding>& findings);
void apply_cross_source(const config::settings& s, const std::vector<claim>& claims,
                        std::vector<finding>& findings);

}  // namespace fc::findings
