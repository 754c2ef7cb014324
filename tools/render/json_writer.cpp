// The streaming writer. Separators are decided when the next member arrives, so an empty
// container closes straight after its opening bracket, as the DOM printer writes it.
#include "render/json_writer.hpp"

#include <charconv>
#include <cmath>

#include "render/json_pretty.hpp"

namespace fc::render {

void json_quote(std::string_view s, std::string& out) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

void json_writer::newline_and_pad(std::size_t depth) {
  out_ += '\n';
  out_.append(depth * 2, ' ');
}

void json_writer::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  auto& top = stack_.back();
  if (top.count++) out_ += ',';
  newline_and_pad(stack_.size());
}

json_writer& json_writer::key(std::string_view k) {
  auto& top = stack_.back();
  if (top.count++) out_ += ',';
  newline_and_pad(stack_.size());
  json_quote(k, out_);
  out_ += ": ";
  after_key_ = true;
  return *this;
}

void json_writer::begin_object() {
  before_value();
  out_ += '{';
  stack_.push_back({false, 0});
}

void json_writer::begin_array() {
  before_value();
  out_ += '[';
  stack_.push_back({true, 0});
}

void json_writer::end_object() {
  bool empty = stack_.back().count == 0;
  stack_.pop_back();
  if (!empty) newline_and_pad(stack_.size());
  out_ += '}';
}

void json_writer::end_array() {
  bool empty = stack_.back().count == 0;
  stack_.pop_back();
  if (!empty) newline_and_pad(stack_.size());
  out_ += ']';
}

void json_writer::null() {
  before_value();
  out_ += "null";
}

void json_writer::boolean(bool b) {
  before_value();
  out_ += b ? "true" : "false";
}

void json_writer::number(double d) {
  before_value();
  out_ += std::isfinite(d) ? number_text(d) : "null";
}

void json_writer::integer(std::int64_t v) {
  before_value();
  char buf[24];
  out_.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

void json_writer::unsigned_integer(std::uint64_t v) {
  before_value();
  char buf[24];
  out_.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

void json_writer::string(std::string_view s) {
  before_value();
  json_quote(s, out_);
}

void json_writer::strings(const std::vector<std::string>& items) {
  before_value();
  out_ += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out_ += ", ";
    json_quote(items[i], out_);
  }
  out_ += ']';
}

}  // namespace fc::render
