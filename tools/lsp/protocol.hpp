// LSP <-> Boost.JSON conversions. Positions in UTF-16 code units are made here and only here.
#pragma once

#include <boost/json.hpp>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "check.hpp"
#include "support/line_index.hpp"

namespace fc::lsp {

/// Thrown by handlers for params of the wrong shape; the server answers -32602.
struct invalid_params : std::runtime_error {
  using std::runtime_error::runtime_error;
};

namespace json = boost::json;

/// `params.<key>` as an object/string/int, or invalid_params naming the missing field.
const json::object& member_object(const json::object& o, std::string_view key);
const json::string& member_string(const json::object& o, std::string_view key);
std::int64_t member_int(const json::object& o, std::string_view key);

/// The byte offset of an LSP position in `text` (line and UTF-16 column, clamped).
std::size_t to_offset(const line_index& lines, const json::object& position);
/// An LSP range for a half-open byte range of `text`.
json::object to_range(const line_index& lines, std::size_t begin, std::size_t end);

/// Applies one didChange content change (full text, or a range edit) to `text`.
void apply_change(std::string& text, const json::object& change);

/// `file:///a/b%20c.md` -> `/a/b c.md`; other schemes keep the URI as the name.
std::string uri_to_path(std::string_view uri);
/// Absolute path -> `file://` URI with reserved bytes percent-encoded.
std::string path_to_uri(std::string_view path);

/// Diagnostics (LSP shape) for every finding of a result.
json::array diagnostics(const file_result& r, const line_index& lines, const std::string& uri);
/// Hover markdown for the claim at `offset`, or nullopt when none is there.
std::optional<std::string> hover_text(const file_result& r, std::size_t offset);

}  // namespace fc::lsp
