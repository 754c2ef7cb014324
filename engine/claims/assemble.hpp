// The claims layer: mentions of each sentence bound to year, subject, source and hedge.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "claims/claim.hpp"
#include "document/document.hpp"
#include "support/date.hpp"

namespace fc::claims {

struct options {
  std::string lang = "ko";  ///< ko or en: picks verb, subject and source lexicons
  std::optional<date> article_date;
};

/// Extracts every claim of the document, in text order, with spans into the original bytes.
std::vector<claim> extract(const document::document& doc, const options& opts);

/// "ko" when Hangul outnumbers Latin letters, else "en".
std::string detect_language(std::string_view text);

}  // namespace fc::claims
