// Recognising text that is not UTF-8 but UTF-16 or UTF-32, so it is named for what it is
// instead of being called binary for its NUL bytes.
#pragma once

#include <optional>
#include <string_view>

namespace fc {

/// "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE" when `bytes` starts with that form's
/// byte-order mark, or, without one, when its first 8000 bytes read as text in it: NUL bytes
/// where ASCII characters put them, no U+0000 and no control characters but tab, line feed,
/// form feed and carriage return. nullopt for UTF-8 (which has no NUL) and for binary data.
std::optional<std::string_view> foreign_encoding(std::string_view bytes);

}  // namespace fc
