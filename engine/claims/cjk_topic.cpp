// The topic a Japanese sentence opens on, as the subject of its figures when it names no measure
// of its own.
#include "claims/cjk_readings.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

// "SiCは23年の2600億円から年平均20%超の伸びが続き": a Japanese sentence that opens on a topic, with
// no measure named before its figure, is about that topic, not the market carried from before;
// unless the topic is the sentence's reporter.
std::optional<subject_phrase> topic_subject(const sentence_view& sv, std::string_view lead) {
  // Only when no measure is named anywhere before the figure ("海外売上収益を…6000億円(海外売上比率
  // 50%)" is of the measure named before it).
  // "これは…": a topic that refers back names nothing new (roles.anaphor_openers).
  if (sv.language != "ja" || lang::words(language_of(sv), "cjk.subject_heads").in(lead) ||
      lang::words(language_of(sv), "roles.anaphor_openers").prefix_of(lead))
    return std::nullopt;
  for (const auto& t : lang::words(language_of(sv), "cjk.topic_particles").entries()) {
    std::size_t at = lang::find(lead, t);
    if (at == std::string_view::npos || at == 0 || at > 36) continue;
    std::string_view name = lead.substr(0, at);
    // "地域別では", "国内では": a place or a dimension the figures are in, not what they measure.
    for (std::string_view case_particle : {"で", "に", "と", "から", "まで"})
      if (name.ends_with(case_particle)) return std::nullopt;
    if (name.find_first_of("0123456789,") != std::string_view::npos ||
        name.find("、") != std::string_view::npos || name.find("，") != std::string_view::npos ||
        lang::words(language_of(sv), "cjk.source_anaphors").in(name) ||
        lang::words(language_of(sv), "cjk.growth_nouns").in(name) ||
        lang::words(language_of(sv), "cjk.subject_anaphors").prefix_of(name) ||
        lang::words(language_of(sv), "attribution.time_topics").equal_to(name))
      return std::nullopt;
    for (const auto& src : cjk_sources(sv))
      if (src == name) return std::nullopt;
    return subject_phrase{std::string(name), true, false};
  }
  return std::nullopt;
}

}  // namespace fc::claims
