// Internal: the words that end a subject's modifiers (articles, verbs, particles, numbers) and
// the technology names that never do.
#pragma once

#include <string_view>

namespace fc::claims {

/// "5G", "B2B", "GPT-4": a product or technology name, which names a subject.
bool tech_name(std::string_view w);
/// A Korean word that belongs to another phrase than the subject (a particle or verb ending, a
/// number, a time or connective word).
bool stop_word_ko(std::string_view w);
/// An English word that ends a subject's modifiers (an article, a verb, a scale word, a number).
bool stop_word_en(std::string_view w);

}  // namespace fc::claims
