// Reading a request body as JSON with an error that says what is wrong with it: a client
// that sent bad UTF-8 or a cut-off body learns that, not just "not a JSON object".
#pragma once

#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace fc::http {

/// The body's JSON value, or nullopt with `error` set: an empty body, invalid UTF-8 (with the
/// byte and its offset), a lone UTF-16 surrogate escape, a body cut off inside its JSON, data
/// after the value, or the parser's own message, each with its byte offset.
std::optional<boost::json::value> parse_body(std::string_view body, std::string& error);

}  // namespace fc::http
