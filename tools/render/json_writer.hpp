// A streaming JSON writer with the project's pretty layout, for output too large for a DOM.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fc::render {

/// Appends pretty JSON to a string: two-space indentation, `"key": value`, empty containers
/// as `{}`/`[]`, string arrays on one line. Byte-identical to pretty() over the same value.
class json_writer {
 public:
  explicit json_writer(std::string& out) : out_(out) {}
  json_writer& key(std::string_view k);
  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  void null();
  void boolean(bool b);
  void number(double d);  ///< null when not finite
  void integer(std::int64_t v);
  void unsigned_integer(std::uint64_t v);
  void string(std::string_view s);
  void strings(const std::vector<std::string>& items);  ///< a one-line array

 private:
  struct level {
    bool array = false;
    std::size_t count = 0;
  };
  void before_value();
  void newline_and_pad(std::size_t depth);
  std::string& out_;
  std::vector<level> stack_;
  bool after_key_ = false;
};

/// Appends `s` as a JSON string literal, escaped exactly as Boost.JSON's serializer does.
void json_quote(std::string_view s, std::string& out);

}  // namespace fc::render
