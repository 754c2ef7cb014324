// The indexing facade (forecheck index): one published article's bytes in, the archive's
// records out. A pure per-article map step: no store, no shared state.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "archive/record.hpp"
#include "check.hpp"

namespace fc {

struct indexed_article {
  archive::article article;
  std::vector<archive::published_claim> claims;
  std::vector<input_error> errors;  ///< problems in the text (reported, indexing goes on)
  bool unreadable = false;          ///< nothing could be read: not indexed
};

/// Where an article's date may come from besides its front matter, in order of preference.
struct date_fallbacks {
  std::optional<date> option;     ///< --date
  std::optional<date> file_time;  ///< the file's modification day
};

/// Extracts the claims of one article. The date is the front matter's (or the configuration's
/// `[article] date`), else `--date`, else the file time.
indexed_article index_text(std::string path, std::string bytes, const check_options& options,
                           const date_fallbacks& dates);

/// "sha256:<64 hex digits>" of `bytes`.
std::string content_hash(std::string_view bytes);

/// The article's title: `title:` in front matter, else the first Markdown heading, else the
/// HTML <title>; empty when none.
std::string article_title(std::string_view bytes);

}  // namespace fc
