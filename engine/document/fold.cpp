// Folding: invalid UTF-8 and NULs are reported and blanked; full-width forms become ASCII;
// Hangul and combining sequences are NFC-composed. Every output byte maps to an input byte.
#include <utf8proc.h>

#include <cstdlib>
#include <string_view>

#include "document/document.hpp"
#include "support/utf8.hpp"

namespace fc::document {
namespace {

// Characters the grammar should see in their ASCII form.
char32_t fold_char(char32_t c) {
  if (c >= 0xFF10 && c <= 0xFF19) return U'0' + (c - 0xFF10);
  // "ＣＡＧＲ", "ＥＣ": full-width Latin letters, so the rate and currency words read alike.
  if (c >= 0xFF21 && c <= 0xFF3A) return U'A' + (c - 0xFF21);
  if (c >= 0xFF41 && c <= 0xFF5A) return U'a' + (c - 0xFF41);
  switch (c) {
    case 0xFF05:
      return U'%';
    case 0xFF0C:
      return U',';
    case 0xFF0E:
    case 0xFE52:
      return U'.';
    case 0xFF04:
      return U'$';
    case 0x00A0:
    case 0x2009:
    case 0x202F:
    case 0x3000:
      return U' ';
    case 0x223C:
    case 0x301C:
    case 0xFF5E:
      return U'~';
    case 0x2212:
    case 0x2013:
    case 0x2014:
      return U'-';
    case 0x2018:
    case 0x2019:
      return U'\'';
    case 0x201C:
    case 0x201D:
      return U'"';
    default:
      return c;
  }
}

// A well-formed three-byte sequence for U+AC00..U+D7A3 at `i`.
bool hangul_syllable(const std::string& s, std::size_t i) {
  if (i + 3 > s.size()) return false;
  auto b0 = static_cast<unsigned char>(s[i]), b1 = static_cast<unsigned char>(s[i + 1]),
       b2 = static_cast<unsigned char>(s[i + 2]);
  if (b0 < 0xEA || b0 > 0xED || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return false;
  char32_t cp = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
  return utf8::is_hangul(cp);
}

bool combines(char32_t c) {
  // Nothing below U+0300 combines, and precomposed Hangul syllables never do: skipping the
  // property lookup for them keeps folding fast on Korean and English text.
  if (c < 0x300 || utf8::is_hangul(c)) return false;
  if (c >= 0x1160 && c <= 0x11FF) return true;  // Hangul medial vowels and final consonants
  const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(c));
  return p->combining_class != 0;
}

// Decodes a named or numeric entity at `pos` ("&amp;"); returns bytes consumed or 0.
std::size_t decode_entity(std::string_view s, std::size_t pos, char32_t& out) {
  auto semi = s.find(';', pos);
  if (semi == std::string_view::npos || semi - pos > 10) return 0;
  std::string_view name = s.substr(pos + 1, semi - pos - 1);
  if (name.size() > 1 && name[0] == '#') {
    bool hex = name[1] == 'x' || name[1] == 'X';
    std::string digits(name.substr(hex ? 2 : 1));
    if (digits.empty()) return 0;
    char* end = nullptr;
    unsigned long v = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
    if (*end != '\0' || v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    out = static_cast<char32_t>(v);
    return semi - pos + 1;
  }
  static const std::pair<std::string_view, char32_t> named[] = {
      {"amp", U'&'},   {"lt", U'<'},       {"gt", U'>'},     {"quot", U'"'},   {"apos", U'\''},
      {"nbsp", U' '},  {"middot", 0xB7},   {"ndash", U'-'},  {"mdash", U'-'},  {"euro", 0x20AC},
      {"pound", 0xA3}, {"yen", 0xA5},      {"lsquo", U'\''}, {"rsquo", U'\''}, {"ldquo", U'"'},
      {"rdquo", U'"'}, {"hellip", 0x2026}, {"percnt", U'%'}, {"dollar", U'$'}};
  for (const auto& [n, cp] : named)
    if (n == name) {
      out = cp;
      return semi - pos + 1;
    }
  return 0;
}

}  // namespace

void fold(document& doc, const std::vector<mask>& masks, bool decode_entities) {
  const std::string& in = doc.original;
  std::string& out = doc.text;
  out.reserve(in.size());
  doc.to_original.reserve(in.size() + 1);
  doc.to_original_end.reserve(in.size());
  auto emit = [&](char32_t cp, std::size_t from, std::size_t to) {
    std::size_t before = out.size();
    utf8::append(out, cp);
    doc.to_original.insert(doc.to_original.end(), out.size() - before,
                           static_cast<std::uint32_t>(from));
    doc.to_original_end.insert(doc.to_original_end.end(), out.size() - before,
                               static_cast<std::uint32_t>(to));
  };
  bool reported_nul = false;
  std::size_t i = 0;
  while (i < in.size()) {
    mask m = masks[i];
    // Fast path for plain ASCII followed by ASCII or a masked byte: nothing to decode, fold or
    // compose (an ASCII character never combines), so it is copied as the general path below
    // would copy it.
    auto plain = [&](std::size_t k) {
      auto c = static_cast<unsigned char>(in[k]);
      return masks[k] == mask::keep && c > 0 && c < 0x80 && c != '\r' &&
             !(c == '&' && decode_entities);
    };
    if (plain(i)) {
      std::size_t j = i + 1;
      while (j < in.size() && plain(j)) ++j;
      // The run's last character stays behind when a mark may combine with it.
      if (j < in.size() && static_cast<unsigned char>(in[j]) >= 0x80 && masks[j] == mask::keep) --j;
      if (j > i) {
        out.append(in, i, j - i);
        for (std::size_t k = i; k < j; ++k) {
          doc.to_original.push_back(static_cast<std::uint32_t>(k));
          doc.to_original_end.push_back(static_cast<std::uint32_t>(k + 1));
        }
        i = j;
        continue;
      }
    }
    // Fast path for a precomposed Hangul syllable that nothing combines with: it is already
    // NFC and folds to itself, so its three bytes are copied.
    if (m == mask::keep && hangul_syllable(in, i) &&
        (i + 3 == in.size() || static_cast<unsigned char>(in[i + 3]) < 0x80 ||
         masks[i + 3] != mask::keep || hangul_syllable(in, i + 3))) {
      out.append(in, i, 3);
      for (int k = 0; k < 3; ++k) {
        doc.to_original.push_back(static_cast<std::uint32_t>(i));
        doc.to_original_end.push_back(static_cast<std::uint32_t>(i + 3));
      }
      i += 3;
      continue;
    }
    if (m != mask::keep) {
      if (m == mask::blank) emit(in[i] == '\n' ? U'\n' : U' ', i, i + 1);
      if (m == mask::newline) emit(U'\n', i, i + 1);
      ++i;
      continue;
    }
    char32_t cp = 0;
    std::size_t n = utf8::decode(in, i, cp);
    if (n == 0) {
      std::size_t bad = i + 1;
      while (bad < in.size() && bad - i < 64 && utf8::decode(in, bad, cp) == 0) ++bad;
      doc.problems.push_back({"invalid UTF-8 at byte " + std::to_string(i) + " (" +
                                  std::to_string(bad - i) + " byte(s) skipped)",
                              i, bad});
      for (; i < bad; ++i) emit(U' ', i, i + 1);
      continue;
    }
    if (cp == 0) {
      if (!reported_nul)
        doc.problems.push_back({"NUL byte at byte " + std::to_string(i), i, i + 1});
      reported_nul = true;
      emit(U' ', i, i + 1);
      ++i;
      continue;
    }
    if (cp == U'&' && decode_entities) {
      char32_t ent = 0;
      if (std::size_t len = decode_entity(in, i, ent)) {
        emit(fold_char(ent), i, i + len);
        i += len;
        continue;
      }
    }
    if (cp == U'\r') {  // CRLF: the CR vanishes, the LF carries the line break
      ++i;
      continue;
    }
    // Collect a starter and the marks that follow it, and compose them when needed.
    std::size_t start = i;
    std::size_t end = i + n;
    char32_t next = 0;
    std::size_t nn = 0;
    while (end < in.size() && masks[end] == mask::keep &&
           static_cast<unsigned char>(in[end]) >= 0x80 &&  // ASCII never combines
           (nn = utf8::decode(in, end, next)) && combines(next))
      end += nn;
    if (end == i + n) {
      emit(fold_char(cp), i, end);
      i = end;
      continue;
    }
    utf8proc_uint8_t* composed = nullptr;
    auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(in.data() + start),
                            static_cast<utf8proc_ssize_t>(end - start), &composed,
                            static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (len < 0) {
      emit(fold_char(cp), i, i + n);
      i += n;
      continue;
    }
    std::string_view c(reinterpret_cast<const char*>(composed), static_cast<std::size_t>(len));
    for (std::size_t k = 0; k < c.size();) {
      char32_t ch = 0;
      std::size_t cl = utf8::decode(c, k, ch);
      if (cl == 0) break;
      emit(fold_char(ch), start, end);
      k += cl;
    }
    std::free(composed);
    i = end;
  }
  doc.to_original.push_back(static_cast<std::uint32_t>(in.size()));
}

}  // namespace fc::document
