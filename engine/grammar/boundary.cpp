// Token boundaries: Korean particles may follow a unit word; any other syllable makes it part
// of a different word (claim-language §3.2, §12.2).
#include <cctype>
#include <string_view>

#include "grammar/parsers.hpp"
#include "support/utf8.hpp"

namespace fc::grammar {

bool word_boundary(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return true;
  unsigned char c = static_cast<unsigned char>(s[pos]);
  return !std::isalnum(c) && c != '_';
}

bool ko_boundary(std::string_view s, std::size_t pos) {
  if (!word_boundary(s, pos)) return false;
  char32_t c = utf8::at(s, pos);
  if (!utf8::is_hangul(c)) return true;
  // First syllables of the particles and copulas that attach to amounts.
  static constexpr std::u32string_view particles =
      U"이가은는을를에의도만으로까부씩대어짜정규수선안내미초남께쯤과와보였며라다상넘돌육웃밖인";
  return particles.find(c) != std::u32string_view::npos;
}

}  // namespace fc::grammar
