// A finding's sentences in every message language, and the one place that picks the language.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace fc::rules {

/// One sentence (a fmt pattern with named fields such as {year}) in each message language.
/// A language left empty falls back to English; a new language is one more member here and
/// its sentences, never a new branch in a rule.
struct wording {
  std::string_view en{};
  std::string_view ko{};
  std::string_view zh{};
  std::string_view ja{};
};

/// The message language for an article language: itself when forecheck writes messages in it
/// (en, ko, zh, ja), English otherwise.
std::string message_language(std::string_view lang);

/// `w` in `lang`, English when it has no wording in that language.
std::string_view pick(const wording& w, std::string_view lang);

/// `w` in `lang` with its named fields formatted: say(w, lang, fmt::arg("year", 2028)).
/// Fields a language's sentence does not use are ignored.
template <typename... Args>
std::string say(const wording& w, std::string_view lang, const Args&... args) {
  return fmt::format(fmt::runtime(pick(w, lang)), args...);
}

}  // namespace fc::rules
