// LSP <-> Boost.JSON. Every UTF-16 column is computed here from the engine's byte spans, so
// Korean text (3 UTF-8 bytes, 1 UTF-16 unit per syllable) and emoji (4 bytes, 2 units) map
// exactly; the engine itself only knows bytes and code points.
#include "lsp/protocol.hpp"

#include <algorithm>
#include <cstdint>

namespace fc::lsp {
namespace {

[[noreturn]] void missing(std::string_view key, const char* what) {
  throw invalid_params("params: '" + std::string(key) + "' must be " + what);
}

int severity_number(severity s) {
  switch (s) {
    case severity::error:
      return 1;
    case severity::warning:
      return 2;
    case severity::info:
      return 3;
  }
  return 3;
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

const claim* find_claim(const file_result& r, const std::string& id) {
  for (const auto& c : r.claims)
    if (c.id == id) return &c;
  return nullptr;
}

}  // namespace

const json::object& member_object(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  if (!v || !v->is_object()) missing(key, "an object");
  return v->get_object();
}

const json::string& member_string(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  if (!v || !v->is_string()) missing(key, "a string");
  return v->get_string();
}

std::int64_t member_int(const json::object& o, std::string_view key) {
  const json::value* v = o.if_contains(key);
  if (v && v->is_int64()) return v->get_int64();
  if (v && v->is_uint64() && v->get_uint64() <= INT64_MAX)
    return static_cast<std::int64_t>(v->get_uint64());
  missing(key, "an integer");
}

std::size_t to_offset(const line_index& lines, const json::object& position) {
  std::int64_t line = member_int(position, "line"), character = member_int(position, "character");
  if (line < 0 || character < 0) throw invalid_params("params: negative position");
  return lines.from_utf16(static_cast<std::size_t>(line), static_cast<std::size_t>(character));
}

json::object to_range(const line_index& lines, std::size_t begin, std::size_t end) {
  auto position = [&](std::size_t byte) {
    return json::object{{"line", lines.at(byte).line - 1}, {"character", lines.utf16_column(byte)}};
  };
  return json::object{{"start", position(begin)}, {"end", position(end)}};
}

void apply_change(std::string& text, const json::object& change) {
  const json::string& replacement = member_string(change, "text");
  const json::value* range = change.if_contains("range");
  if (!range || range->is_null()) {
    text.assign(replacement.data(), replacement.size());
    return;
  }
  if (!range->is_object()) throw invalid_params("params: 'range' must be an object");
  line_index lines(text);
  std::size_t b = to_offset(lines, member_object(range->get_object(), "start"));
  std::size_t e = to_offset(lines, member_object(range->get_object(), "end"));
  if (e < b) std::swap(b, e);
  text.replace(b, e - b, replacement.data(), replacement.size());
}

std::string uri_to_path(std::string_view uri) {
  if (uri.rfind("file://", 0) != 0) return std::string(uri);
  uri.remove_prefix(7);
  std::string out;
  for (std::size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() && hex(uri[i + 1]) >= 0 && hex(uri[i + 2]) >= 0) {
      out += static_cast<char>(hex(uri[i + 1]) * 16 + hex(uri[i + 2]));
      i += 2;
    } else {
      out += uri[i];
    }
  }
  return out;
}

std::string path_to_uri(std::string_view path) {
  static constexpr char digits[] = "0123456789ABCDEF";
  std::string out = "file://";
  for (unsigned char c : path) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += digits[c >> 4];
      out += digits[c & 15];
    }
  }
  return out;
}

json::array diagnostics(const file_result& r, const line_index& lines, const std::string& uri) {
  json::array out;
  for (const auto& f : r.findings) {
    json::array related;
    for (const auto& id : f.claims) {
      const claim* c = find_claim(r, id);
      if (!c || c->where.start == f.where.start) continue;
      json::object location{{"uri", uri}, {"range", to_range(lines, c->where.start, c->where.end)}};
      related.push_back(json::object{{"location", std::move(location)},
                                     {"message", "claim " + c->id + ": " + c->text}});
    }
    json::object d{{"range", to_range(lines, f.where.start, f.where.end)},
                   {"severity", severity_number(f.level)},
                   {"code", f.rule},
                   {"codeDescription", {{"href", "https://forecheck.dev/rules/" + f.rule}}},
                   {"source", "forecheck"},
                   {"message", f.message}};
    if (!related.empty()) d["relatedInformation"] = std::move(related);
    out.push_back(std::move(d));
  }
  // Input problems (bad UTF-8, size limit) are shown too, so a silent editor means "checked".
  for (const auto& e : r.errors)
    out.push_back(json::object{{"range", to_range(lines, e.where.start, e.where.end)},
                               {"severity", 2},
                               {"code", "input"},
                               {"source", "forecheck"},
                               {"message", e.message}});
  return out;
}

}  // namespace fc::lsp
