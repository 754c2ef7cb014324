// What the archive keeps of a published article: its identity and date, and each claim with
// the sentence it was read from. Plain data shared by the stores, the indexer and the rules.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "claims/claim.hpp"
#include "support/date.hpp"

namespace fc::archive {

/// Where an article's date came from, in the order `forecheck index` tries them.
enum class date_origin { front_matter, option, file_time, none };
const char* to_string(date_origin o);
std::optional<date_origin> parse_date_origin(std::string_view s);

/// A published article, keyed by its path (or URL) and the hash of its bytes.
struct article {
  std::string path;
  std::string hash;   ///< "sha256:<hex>" of the file's bytes
  std::string title;  ///< front matter, first heading or <title>; empty when none
  std::optional<date> published;
  date_origin date_from = date_origin::none;
  std::string lang;
};

/// One claim of a published article, as the archive returns it.
struct published_claim {
  claim figure;  ///< kind, text, subject, key, source, year, value/rate, currency, unit, span
  bool comparable = false;  ///< a dated, measured figure that consistency rules compare
  std::string sentence;     ///< the sentence as written in the article
  std::string path;         ///< the article's
  std::string title;
  std::optional<date> published;
};

/// Filters for `forecheck archive query`; empty fields match everything.
struct claim_query {
  std::vector<std::string> subject_keys;  ///< any of these (already normalized)
  std::vector<int> years;                 ///< any of these; empty: every year
};

/// A published figure reduced to what a trend needs: the light rows the archive rules fit the
/// subject's log-linear trend through (every year and source of the subject).
struct trend_point {
  std::string subject_key;
  std::string kind;  ///< size or quantity
  std::optional<std::string> currency, unit;
  int year = 0;
  double value = 0;
  std::string path;  ///< the article's, so a check leaves out its own
};

/// Totals for `forecheck archive stats`.
struct archive_stats {
  int schema_version = 0;
  std::int64_t articles = 0;
  std::int64_t claims = 0;
  std::int64_t figures = 0;  ///< comparable figures
  std::int64_t subjects = 0;
  std::int64_t sources = 0;
  std::int64_t undated = 0;  ///< articles without a date
  std::optional<date> first, last;
};

}  // namespace fc::archive
