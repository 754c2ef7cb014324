// The archive side of a check (issue 17): one indexed lookup per subject key, then the draft's
// aliases applied to the published claims exactly as to the draft's.
#include "archive_join.hpp"

#include <filesystem>

#include "claims/assemble.hpp"
#include "findings/apply_settings.hpp"

namespace fc {

bool same_article_path(const std::string& a, const std::string& b) {
  if (a == b) return true;
  namespace fs = std::filesystem;
  return fs::path(a).lexically_normal() == fs::path(b).lexically_normal();
}

std::optional<std::vector<std::string>> subject_query_keys(const std::string& subject,
                                                           const check_options& o,
                                                           std::string& error) {
  auto settings = settings_for("./x", o, error);
  if (!settings) return std::nullopt;
  claim c;
  c.subject_key = claims::normalize_subject(subject);
  std::vector<claim> one{c};
  findings::apply_aliases(*settings, one);
  return findings::subject_family(*settings, one);
}

std::optional<std::vector<archive::published_claim>> published_for(archive::store& store,
                                                                   const config::settings& settings,
                                                                   const std::vector<claim>& draft,
                                                                   const std::string& draft_path,
                                                                   std::string& error) {
  std::vector<claim> figures;
  for (const auto& c : draft)
    if (c.subject_key && c.value && c.year) figures.push_back(c);
  archive::claim_query q;
  q.subject_keys = findings::subject_family(settings, figures);
  if (q.subject_keys.empty()) return std::vector<archive::published_claim>{};
  auto found = store.find(q, true, error);
  if (!found) return std::nullopt;
  std::erase_if(*found, [&](const archive::published_claim& p) {
    return same_article_path(p.path, draft_path);
  });
  std::vector<claim> claims;
  claims.reserve(found->size());
  for (const auto& p : *found) claims.push_back(p.figure);
  findings::apply_aliases(settings, claims);
  for (std::size_t i = 0; i < claims.size(); ++i)
    (*found)[i].figure.subject_key = claims[i].subject_key;
  return found;
}

}  // namespace fc
