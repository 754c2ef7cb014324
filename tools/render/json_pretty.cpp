// The JSON pretty printer over a Boost.JSON value (SARIF). It appends to one string and
// writes it once; strings are escaped as Boost.JSON's serializer does (json_quote).
#include "render/json_pretty.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "render/json_writer.hpp"

namespace fc::render {
namespace {

namespace js = boost::json;

void quote(std::string_view s, std::string& out) { json_quote(s, out); }

template <typename Int>
void integer(Int v, std::string& out) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, end);
}

void write(const js::value& v, std::string& out, int indent) {
  auto pad = [&](int level) { out.append(static_cast<std::size_t>(level) * 2, ' '); };
  switch (v.kind()) {
    case js::kind::object: {
      const auto& o = v.get_object();
      if (o.empty()) {
        out += "{}";
        return;
      }
      out += "{\n";
      std::size_t i = 0;
      for (const auto& kv : o) {
        pad(indent + 1);
        quote(kv.key(), out);
        out += ": ";
        write(kv.value(), out, indent + 1);
        out += ++i < o.size() ? ",\n" : "\n";
      }
      pad(indent);
      out += '}';
      return;
    }
    case js::kind::array: {
      const auto& a = v.get_array();
      if (a.empty()) {
        out += "[]";
        return;
      }
      // Arrays of strings (claim ids) stay on one line.
      bool flat = std::all_of(a.begin(), a.end(), [](const js::value& x) { return x.is_string(); });
      out += flat ? "[" : "[\n";
      for (std::size_t i = 0; i < a.size(); ++i) {
        if (flat) {
          if (i) out += ", ";
          quote(a[i].get_string(), out);
          continue;
        }
        pad(indent + 1);
        write(a[i], out, indent + 1);
        out += i + 1 < a.size() ? ",\n" : "\n";
      }
      if (!flat) pad(indent);
      out += ']';
      return;
    }
    case js::kind::string:
      quote(v.get_string(), out);
      return;
    case js::kind::int64:
      integer(v.get_int64(), out);
      return;
    case js::kind::uint64:
      integer(v.get_uint64(), out);
      return;
    case js::kind::double_:
      out += number_text(v.get_double());
      return;
    case js::kind::bool_:
      out += v.get_bool() ? "true" : "false";
      return;
    case js::kind::null:
      out += "null";
      return;
  }
}

}  // namespace

std::string number_text(double d) {
  // Shortest round-trip form, as JSON allows (no NaN/inf reach here).
  std::string s = fmt::format("{}", d);
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

void pretty(const js::value& v, std::ostream& out, int indent) {
  std::string text;
  write(v, text, indent);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace fc::render
