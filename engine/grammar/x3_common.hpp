// Internal: Spirit X3 pieces shared by the grammar translation units (numbers with separators).
#pragma once

#include <boost/spirit/home/x3.hpp>
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

/// Runs `p` at `pos`; on success stores the matched text in `out` and returns its end.
template <class Parser, class Attr>
bool parse_at(std::string_view s, std::size_t pos, const Parser& p, Attr& out, std::size_t& end) {
  iterator first = s.begin() + static_cast<std::ptrdiff_t>(pos);
  if (!x3::parse(first, s.end(), p, out)) return false;
  end = static_cast<std::size_t>(first - s.begin());
  return true;
}

}  // namespace fc::grammar::x3p
