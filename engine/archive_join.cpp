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

std::optional<archive_view> published_for(archive::store& store, const config::settings& settings,
                                          const std::vector<claim>& draft,
                                          const std::string& draft_path, std::string& error) {
  // Only the draft's subjects and years are read in full, so a check costs what its own
  // figures need, not what the archive holds; the trend reads two numbers per figure.
  std::vector<claim> figures;
  archive::claim_query q;
  for (const auto& c : draft)
    if (c.subject_key && c.value && c.year) figures.push_back(c), q.years.push_back(*c.year);
  q.subject_keys = findings::subject_family(settings, figures);
  archive_view view;
  if (q.subject_keys.empty()) return view;
  auto found = store.find(q, true, error);
  auto trend = found ? store.trend_points(q.subject_keys, error) : std::nullopt;
  if (!trend) return std::nullopt;
  view.figures = std::move(*found);
  view.trend = std::move(*trend);
  std::erase_if(view.figures, [&](const archive::published_claim& p) {
    return same_article_path(p.path, draft_path);
  });
  std::erase_if(view.trend, [&](const archive::trend_point& p) {
    return same_article_path(p.path, draft_path);
  });
  // Unify the archive's keys through the draft's aliases, as the draft's own were.
  std::vector<claim> keys;
  for (const auto& p : view.figures) keys.emplace_back().subject_key = p.figure.subject_key;
  for (const auto& p : view.trend) keys.emplace_back().subject_key = p.subject_key;
  findings::apply_aliases(settings, keys);
  std::size_t k = 0;
  for (auto& p : view.figures) p.figure.subject_key = keys[k++].subject_key;
  for (auto& p : view.trend) p.subject_key = *keys[k++].subject_key;
  return view;
}

}  // namespace fc
