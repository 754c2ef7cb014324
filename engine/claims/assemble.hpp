// The claims layer: mentions of each sentence bound to year, subject, source and hedge.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "claims/claim.hpp"
#include "document/document.hpp"
#include "support/date.hpp"
#include "support/stop_signal.hpp"

namespace fc::claims {

struct options {
  std::string lang = "ko";  ///< ko or en: picks verb, subject and source lexicons
  std::optional<date> article_date;
  /// Checking stops with `budget_exceeded` once this is due (a server's budget, a cancel).
  stop_signal stop;
  /// Words that open a whole market ("global", "세계") and a region of it ("China", "북미"):
  /// the subject hierarchy's data in lower case, handed down by the caller.
  const std::vector<std::string>* whole_words = nullptr;
  const std::vector<std::string>* region_words = nullptr;
};

/// Thrown when `options::stop` is due: the caller reports it instead of a partial result.
struct budget_exceeded : std::runtime_error {
  budget_exceeded() : std::runtime_error("time budget exceeded") {}
};

/// Extracts every claim of the document, in text order, with spans into the original bytes.
std::vector<claim> extract(const document::document& doc, const options& opts);

/// The grouping key of a subject phrase (spacing, 생성형/생성, scope words normalized).
std::string normalize_subject(std::string_view display);

/// "ko" when Hangul outnumbers Latin letters, else "en".
std::string detect_language(std::string_view text);

}  // namespace fc::claims
