// What the archive rules share: the text's figures matched with the published figures of the
// same subject, measure, year and source, and how a published article is named in messages.
#pragma once

#include <string>
#include <vector>

#include "rules/rule.hpp"

namespace fc::rules {

/// One figure of the text with the published figures it restates (same subject, kind,
/// currency, unit, year and source), oldest first.
struct archive_match {
  std::size_t figure = 0;  ///< index into context::claims
  std::vector<const archive::published_claim*> published;
};

/// Every sourced, comparable figure of the text that the archive has published figures for.
/// A figure whose sentence says a forecast was revised is left out.
std::vector<archive_match> archive_matches(const context& ctx);

/// The finding's reference to a published figure.
published_ref reference(const archive::published_claim& p);

/// "2023-03-02" or "날짜 미상"/"undated".
std::string published_date(const archive::published_claim& p, const std::string& lang);

/// `"Title" (path)`, or the path alone when the article has no title.
std::string article_name(const archive::published_claim& p);

}  // namespace fc::rules
