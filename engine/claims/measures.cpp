// The measure words of subjects (claim-language §9.1) and where a sentence writes them.
#include "claims/measures.hpp"

#include <cctype>
#include <string>

#include "claims/context.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

bool ends_past_modifiers(std::string_view b, const lang::word_list& words, bool articles_end) {
  for (int modifiers = 0; modifiers <= 2; ++modifiers) {
    if (words.suffix_of(b)) return true;
    std::size_t space = b.size() > 1 ? b.rfind(' ', b.size() - 2) : std::string_view::npos;
    if (space == std::string_view::npos) return false;
    std::string_view word = b.substr(space + 1);
    if (word.find_first_of(",;.") != std::string_view::npos) return false;
    if (articles_end && (word == "the " || word == "a " || word == "an ")) return false;
    b = b.substr(0, space + 1);
  }
  return false;
}

bool names_profit(std::string_view subject) {
  return lang::words("subjects.profit_measures").in(subject);
}

const std::vector<std::pair<std::size_t, measure>>& measure_hits(std::string_view s) {
  thread_local std::string cached_text;
  thread_local std::vector<std::pair<std::size_t, measure>> cached;
  if (s == cached_text && !cached_text.empty()) return cached;
  cached_text.assign(s);
  cached.clear();
  const auto& excluded_after = lang::words("subjects.measure_excluded_after");
  const auto& excluded_before = lang::words("subjects.measure_excluded_before");
  const auto& cause_after = lang::words("roles.cause_after");
  const auto& cause_before = lang::words("roles.cause_before");
  for (std::size_t l = 0; l < lang::languages().size(); ++l) {
    for (const auto& e : lang::words(lang::lang_id{l}, "subjects.measures").entries()) {
      // A case-folded language writes words between spaces: "Marketing" is no market.
      const measure m{e.word, e.fold};
      for (std::size_t p = lang::find(s, e); p != std::string_view::npos;
           p = lang::find(s, e, p + 1)) {
        std::size_t end = p + e.word.size();
        if (m.english && ((p > 0 && std::isalpha(static_cast<unsigned char>(s[p - 1]))) ||
                          (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end])))))
          continue;
        // "market share", "시장 진출", "수요일", "시장보다": no measure here.
        if (excluded_after.prefix_of(s.substr(end, 12)) ||
            ends_past_modifiers(before(s, p, 40), excluded_before, true))
          continue;
        // "무선이어폰 수요에 힘입어", "driven by strong demand": a cause, not what is measured.
        if (cause_after.prefix_of(s.substr(end, 24)) ||
            ends_past_modifiers(before(s, p, 48), cause_before, false))
          continue;
        cached.emplace_back(p, m);
      }
    }
  }
  return cached;
}

}  // namespace fc::claims
