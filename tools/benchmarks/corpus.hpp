// Deterministic benchmark corpora built from the fixtures: Korean, English and mixed articles.
#pragma once

#include <string>
#include <vector>

namespace fc::bench {

/// Articles of about `article_bytes` each, `total_bytes` in all, in language "ko", "en" or
/// "mixed". The same arguments always give the same bytes.
std::vector<std::string> make_corpus(const std::string& lang, std::size_t total_bytes,
                                     std::size_t article_bytes);

}  // namespace fc::bench
