// Internal: Spirit X3 pieces shared by the grammar translation units (numbers with separators).
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <memory>
#include <string>
#include <string_view>

namespace fc::grammar::x3p {

namespace x3 = boost::spirit::x3;
using iterator = std::string_view::const_iterator;

/// Digits with optional comma thousands ("1,234") and decimals ("1,234.5"). A comma is a
/// separator only before exactly three digits (claim-language §12.4); `1,2345` stops at 1.
inline const auto number =
    x3::raw[x3::lexeme[+x3::digit >> *(',' >> x3::repeat(3)[x3::digit] >> !x3::digit) >>
                       -('.' >> +x3::digit)]];

/// Digits with no separators or decimals (the tail of `1천620`).
inline const auto plain_digits = x3::raw[+x3::digit];

/// Refers to a parser instead of holding a copy. X3 expressions keep their operands by value,
/// so a symbol table inside a grammar built per call would be copied (a string and an atomic
/// reference count) at every level of the expression, on every call.
template <class Subject>
struct ref_parser : x3::parser<ref_parser<Subject>> {
  using attribute_type = typename Subject::attribute_type;
  static bool const has_attribute = true;
  const Subject* subject;
  explicit ref_parser(const Subject& s) : subject(std::addressof(s)) {}
  template <class It, class Context, class RContext, class Attribute>
  bool parse(It& first, It const& last, Context const& context, RContext& rcontext,
             Attribute& attr) const {
    return subject->parse(first, last, context, rcontext, attr);
  }
};
template <class Subject>
ref_parser<Subject> ref(const Subject& s) {
  return ref_parser<Subject>(s);
}

/// Runs `p` at `pos` without an attribute; on success returns its end in `end`. For a `raw`
/// parser the matched text is `s.substr(pos, end - pos)`, with no copy.
template <class Parser>
bool match_at(std::string_view s, std::size_t pos, const Parser& p, std::size_t& end) {
  iterator first = s.begin() + static_cast<std::ptrdiff_t>(pos);
  if (!x3::parse(first, s.end(), p)) return false;
  end = static_cast<std::size_t>(first - s.begin());
  return true;
}

/// Runs `p` at `pos`; on success stores the matched text in `out` and returns its end.
template <class Parser, class Attr>
bool parse_at(std::string_view s, std::size_t pos, const Parser& p, Attr& out, std::size_t& end) {
  iterator first = s.begin() + static_cast<std::ptrdiff_t>(pos);
  if (!x3::parse(first, s.end(), p, out)) return false;
  end = static_cast<std::size_t>(first - s.begin());
  return true;
}

}  // namespace fc::grammar::x3p
