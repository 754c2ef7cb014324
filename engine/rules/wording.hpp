// A finding's sentences in every message language, and the one place that picks the language.
#pragma once

#include <fmt/format.h>

#include <functional>
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

/// A Korean pattern with each field filled by `field` ("{hi}" -> "1045억 달러"), and the particle
/// written after a field in the form its value's final sound needs ("{hi}이" -> "…달러가").
std::string fill_korean(std::string_view pattern,
                        const std::function<std::string(std::string_view field)>& field);

/// `w` in `lang` with its named fields formatted: say(w, lang, fmt::arg("year", 2028)).
/// Fields a language's sentence does not use are ignored.
template <typename... Args>
std::string say(const wording& w, std::string_view lang, const Args&... args) {
  std::string_view pattern = pick(w, lang);
  if (pattern.data() != w.ko.data() || w.ko.empty())
    return fmt::format(fmt::runtime(pattern), args...);
  return fill_korean(
      pattern, [&](std::string_view field) { return fmt::format(fmt::runtime(field), args...); });
}

}  // namespace fc::rules
