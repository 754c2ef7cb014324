// The words that end a subject's modifiers, and the technology names that never do.
#include "claims/subject_words.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "lang/lang.hpp"

namespace fc::claims {

// "5G", "B2B", "3D", "GPT-4", "2.5D": a product or technology name, which names a subject; a
// bare number, year or amount ("2023년", "$5bn", "1.2B") does not. Two joined by a slash or a
// middle dot ("2.5D/3D", "2.5D·3D") are one too.
bool tech_name(std::string_view w) {
  for (std::string_view joint : {"/", "\u00B7"})
    if (std::size_t at = w.find(joint); at != std::string_view::npos && at > 0)
      return tech_name(w.substr(0, at)) && tech_name(w.substr(at + joint.size()));
  bool letter = false, digit = false, point = false, lower = false;
  std::size_t letters = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    auto u = static_cast<unsigned char>(w[i]);
    if (std::isalpha(u)) {
      letter = true, ++letters, lower = lower || std::islower(u);
    } else if (std::isdigit(u)) {
      digit = true;
    } else if (w[i] == '.' && i > 0 && i + 1 < w.size() &&
               std::isdigit(static_cast<unsigned char>(w[i - 1])) &&
               std::isdigit(static_cast<unsigned char>(w[i + 1]))) {
      point = true;  // "2.5D"
    } else if (w[i] != '-') {
      return false;
    }
  }
  // A decimal with a scale letter is an amount ("1.2B", "3.5bn"), not a name, and so is a
  // number with a scale or a unit of power ("12B", "500M", "5bn", "10GW").
  if (point && (lower || letters != 1)) return false;
  for (std::string_view scale :
       {"B", "M", "K", "T", "bn", "mn", "tn", "GW", "MW", "kW", "GWh", "MWh", "TWh", "kWh"})
    if (w.ends_with(scale) && w.size() > scale.size() &&
        std::isdigit(static_cast<unsigned char>(w[w.size() - scale.size() - 1])))
      return false;
  return letter && digit;
}

bool stop_word_ko(std::string_view w) {
  static const std::string_view stops[] = {
      "이",     "그",     "관련", "해당", "이번",   "동",   "같은", "만큼", "속속",   "등",
      "및",     "또",     "또한", "특히", "한편",   "이에", "따라", "중",   "가운데", "올해",
      "지난해", "내년",   "현재", "향후", "오는",   "지난", "전체", "모두", "이미",   "더",
      "가장",   "크게",   "양사", "두",   "각각",   "기간", "다만", "반면", "또한",   "해",
      "역시",   "힘입어", "맞춰", "걸쳐", "더불어", "이어"};
  if (std::find(std::begin(stops), std::end(stops), w) != std::end(stops)) return true;
  if (tech_name(w) || lang::words("subjects.particle_like_nouns").equal_to(w)) return false;
  for (char c : w)
    if (std::isdigit(static_cast<unsigned char>(c))) return true;
  // Words ending in a particle or verb ending belong to another phrase.
  static const std::string_view endings[] = {"는", "은", "를", "을", "에", "로", "가", "며", "고",
                                             "다", "서", "면", "도", "만", "까지", "게", "히",
                                             "적으로", "들",
                                             // "책정해 로봇청소기 부문", "위해", "통해": a verb
                                             "해"};
  for (auto e : endings)
    if (w.size() > e.size() && w.substr(w.size() - e.size()) == e) return true;
  // "규모였던 밀키트 시장": a past adnominal clause; "수준인 충전 서비스 시장": a level noun's
  // present one.
  const auto* adnominal = lang::words("roles.relative_after").suffix_of(w);
  if (const auto* level = lang::words("roles.level_nouns").prefix_of(w); level && w.ends_with("인"))
    return true;
  return adnominal && adnominal->word.size() < w.size();
}

bool stop_word_en(std::string_view w) {
  static const std::string_view stops[] = {
      "the",      "The",       "a",        "A",        "an",      "An",        "its",
      "Its",      "this",      "This",     "that",     "of",      "in",        "at",
      "to",       "by",        "was",      "is",       "will",    "and",       "for",
      "on",       "with",      "from",     "as",       "it",      "It",        "while",
      "With",     "While",     "whole",    "entire",   "overall", "total",     "said",
      "sees",     "puts",      "expects",  "reported", "posted",  "says",      "estimates",
      "projects", "forecasts", "predicts", "expected", "reports", "recorded",  "generated",
      "had",      "has",       "were",     "are",      "be",      "been",      "million",
      "billion",  "thousand",  "trillion", "year's",   "month's", "quarter's", "decade's",
      "year’s",   "same"};  // scale words: "41.2 million subscribers" names no subject
                            // "million"
  if (std::find(std::begin(stops), std::end(stops), w) != std::end(stops)) return true;
  // "Gartner reckons worldwide spending …": a publisher's verb ends the subject before it.
  if (lang::words(lang::id_of("en"), "attribution.source_verbs").equal_to(w)) return true;
  if (tech_name(w)) return false;
  for (char c : w)
    if (std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == '$') return true;
  return false;
}

}  // namespace fc::claims
