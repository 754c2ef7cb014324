// Joining the archive to a check: the published figures of the text's subjects, read through
// the text's own subject aliases, so both sides group as one consistency model.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "archive/store.hpp"
#include "check.hpp"
#include "config/settings.hpp"

namespace fc {

/// What a check reads from the archive.
struct archive_view {
  std::vector<archive::published_claim> figures;  ///< of the draft's subjects and years
  std::vector<archive::trend_point> trend;        ///< of the draft's subjects, every year
};

/// The archive's comparable figures for the subjects and years of `draft` (every alias of the
/// subjects included), and the trend points of those subjects, with subject keys unified as
/// the draft's are. The draft's own article (the same path) is left out: an article never
/// contradicts its published self.
std::optional<archive_view> published_for(archive::store& store, const config::settings& settings,
                                          const std::vector<claim>& draft,
                                          const std::string& draft_path, std::string& error);

/// The settings a check of `path` uses: --config, else the nearest .forecheck.toml, else
/// defaults (defined in check.cpp).
std::optional<config::settings> settings_for(const std::string& path, const check_options& o,
                                             std::string& error);

/// The subject keys a query for `subject` (as a writer names the market) covers: its key and
/// every alias of it under the settings for the working directory.
std::optional<std::vector<std::string>> subject_query_keys(const std::string& subject,
                                                           const check_options& o,
                                                           std::string& error);

/// True when two paths name one file lexically ("./a/b.md" and "a/b.md").
bool same_article_path(const std::string& a, const std::string& b);

}  // namespace fc
