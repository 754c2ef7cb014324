// Deterministic benchmark corpora built from the fixtures: Korean, English and mixed articles.
#pragma once

#include <string>
#include <vector>

namespace fc::bench {

/// Articles of about `article_bytes` each, `total_bytes` in all, in language "ko", "en",
/// "mixed", "zh" or "ja". The same arguments always give the same bytes.
std::vector<std::string> make_corpus(const std::string& lang, std::size_t total_bytes,
                                     std::size_t article_bytes);

/// One Chinese or Japanese sentence: `pick` chooses the form, `a` and `b` vary its numbers
/// and `topic` names its market (corpus_cjk.cpp).
std::string chinese(unsigned pick, unsigned a, unsigned b, unsigned topic);
std::string japanese(unsigned pick, unsigned a, unsigned b, unsigned topic);

}  // namespace fc::bench
