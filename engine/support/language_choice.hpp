// The languages a user may name: on the command line, in settings and in requests.
#pragma once

#include <string_view>

namespace fc {

/// auto, ko, en, zh or ja (--lang, --message-lang, the `lang` setting, a request's `lang`).
inline bool language_choice(std::string_view v) {
  return v == "auto" || v == "ko" || v == "en" || v == "zh" || v == "ja";
}

}  // namespace fc
