// One pass over the configuration that knows only what TOML needs to tell keys from values:
// strings, comments, brackets, '=' and ','. Whatever it misreads is invalid TOML, which the
// parser reports afterwards; it only has to be right about valid files, and linear on all.
#include "config/bounds.hpp"

#include <algorithm>
#include <vector>

#include "support/utf8.hpp"

namespace fc::config {
namespace {

enum class frame { header, array, table };  // [table] header, [...] value, {...} value

struct position {
  std::size_t line = 1, column = 1;
};

class scanner {
 public:
  scanner(std::string_view s, const bounds& b) : s_(s), b_(b) {}
  std::optional<std::string> run();

 private:
  std::optional<std::string> on_key_char(char c);
  std::optional<std::string> on_value_char(char c);
  std::optional<std::string> push(frame f);
  std::optional<std::string> grow_key(std::size_t from, position at);
  void step();
  void skip_string();
  void start_key() { key_mode_ = true, key_parts_ = 1, key_bytes_ = 0, key_started_ = false; }
  std::optional<std::string> fail(position p, const std::string& message) const {
    return std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + message;
  }

  std::string_view s_;
  const bounds& b_;
  std::size_t i_ = 0;
  position pos_;
  std::vector<frame> stack_;
  bool key_mode_ = true, key_started_ = false;
  std::size_t key_parts_ = 1, key_bytes_ = 0;
  position key_start_;
};

void scanner::step() {
  if (s_[i_] == '\n') {
    ++i_, ++pos_.line, pos_.column = 1;
    return;
  }
  char32_t cp = 0;
  std::size_t n = utf8::decode(s_, i_, cp);
  i_ += n ? n : 1;
  ++pos_.column;
}

// Basic strings end at an unescaped quote, literal strings at the next quote; a single-line
// string also ends at the line's end (an error the parser reports).
void scanner::skip_string() {
  char q = s_[i_];
  bool multi = s_.compare(i_, 3, std::string(3, q)) == 0;
  for (int k = 0; k < (multi ? 3 : 1); ++k) step();
  while (i_ < s_.size()) {
    if (!multi && s_[i_] == '\n') return;
    if (q == '"' && s_[i_] == '\\') {
      step();
      if (i_ < s_.size() && (multi || s_[i_] != '\n')) step();
      continue;
    }
    if (s_[i_] == q && (!multi || s_.compare(i_, 3, std::string(3, q)) == 0)) {
      for (int k = 0; k < (multi ? 3 : 1); ++k) step();
      // A multi-line string may end in up to two quotes of its own: """a"""""
      for (int k = 0; multi && k < 2 && i_ < s_.size() && s_[i_] == q; ++k) step();
      return;
    }
    step();
  }
}

std::optional<std::string> scanner::push(frame f) {
  stack_.push_back(f);
  if (stack_.size() > b_.max_depth)
    return fail(pos_, "tables, arrays and inline tables are nested more than " +
                          std::to_string(b_.max_depth) + " levels deep");
  return std::nullopt;
}

std::optional<std::string> scanner::grow_key(std::size_t from, position at) {
  if (!key_started_) key_started_ = true, key_start_ = at;
  key_bytes_ += i_ - from;
  if (key_bytes_ > b_.max_key_bytes)
    return fail(key_start_, "a key is longer than " + std::to_string(b_.max_key_bytes) + " bytes");
  return std::nullopt;
}

std::optional<std::string> scanner::on_key_char(char c) {
  bool in_header = !stack_.empty() && stack_.back() == frame::header;
  if (c == '[' && stack_.empty() && !key_started_) {
    step();
    if (i_ < s_.size() && s_[i_] == '[') step();  // [[array of tables]]
    auto e = push(frame::header);
    start_key();
    return e;
  }
  if (c == '.') {
    if (++key_parts_ > b_.max_key_parts)
      return fail(key_start_,
                  "a key has more than " + std::to_string(b_.max_key_parts) + " dotted parts");
  } else if (c == '=') {
    key_mode_ = false;
  } else if ((c == ']' && in_header) || (c == '}' && !stack_.empty() && !in_header)) {
    stack_.pop_back();  // the end of a header, or of an empty inline table
    key_mode_ = false;
    if (c == ']' && i_ + 1 < s_.size() && s_[i_ + 1] == ']') step();
  } else {
    std::size_t from = i_;
    position at = pos_;
    step();
    return grow_key(from, at);
  }
  step();
  return std::nullopt;
}

std::optional<std::string> scanner::on_value_char(char c) {
  frame top = stack_.empty() ? frame::header : stack_.back();
  step();
  if (c == '[') return push(frame::array);
  if (c == '{') {
    start_key();
    return push(frame::table);
  }
  if ((c == ']' && top == frame::array) || (c == '}' && top == frame::table)) stack_.pop_back();
  if (c == ',' && top == frame::table && !stack_.empty()) start_key();
  return std::nullopt;
}

std::optional<std::string> scanner::run() {
  while (i_ < s_.size()) {
    char c = s_[i_];
    if (c == '#') {
      while (i_ < s_.size() && s_[i_] != '\n') step();
    } else if (c == '"' || c == '\'') {
      std::size_t from = i_;
      position at = pos_;
      skip_string();
      if (key_mode_)
        if (auto e = grow_key(from, at)) return e;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      step();
    } else if (c == '\n') {
      // A line ends a key-value pair or a header; inside an array the value goes on.
      if (!stack_.empty() && stack_.back() == frame::header) stack_.clear();
      if (stack_.empty()) start_key();
      step();
    } else if (auto e = key_mode_ ? on_key_char(c) : on_value_char(c)) {
      return e;
    }
  }
  return std::nullopt;
}

}  // namespace

std::string too_large(std::size_t size, const bounds& b) {
  return "1:1: configuration file too large: " + std::to_string(size) + " bytes (limit " +
         std::to_string(b.max_bytes >> 20) + " MiB)";
}

std::optional<std::string> exceeded(std::string_view text, const bounds& b) {
  if (text.size() > b.max_bytes) return too_large(text.size(), b);
  return scanner(text, b).run();
}

}  // namespace fc::config
