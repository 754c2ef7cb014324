// Chinese and Japanese figures read with the words beside them: a hedge before a figure, a
// multiple of increase ("增长约1.7倍"), a ratio to the year before ("前年度比105.2%"), and a
// percentage that a share's move starts from or reaches
// ("比重预计将由2023年的约23%提升至2027年的约30%"), which is the share's level whatever verb moves
// it; a growth rate's move ("增速由20%提升至25%") is not.
#include <algorithm>
#include <cctype>

#include "claims/cjk_readings.hpp"
#include "claims/words.hpp"
#include "grammar/lexicon.hpp"
#include "lang/lang.hpp"

namespace fc::claims {
namespace {

using grammar::mention;

// The words before a figure, back to the last comma (`commas`) or else the last semicolon: its
// clause, or the clauses of its sentence a move continues ("市场份额预计将持续提升，由…增至…").
std::string_view clause_before(std::string_view text, std::size_t begin, bool commas) {
  std::string_view b = before(text, begin, 150);
  for (std::string_view stop : {"，", ",", "；", ";", "。"}) {
    if (!commas && (stop == "，" || stop == ",")) continue;
    if (auto at = b.rfind(stop); at != std::string_view::npos) b.remove_prefix(at + stop.size());
  }
  return b;
}

// A percentage that starts a move ("由2023年的约23%提升至") or that the move reaches ("提升至2027年
// 的约30%"): its own year and "的" may stand between.
bool share_move_end(const sentence_view& sv, const mention& m) {
  std::string_view b = without_cjk_hedge(before(sv.text, m.begin, 40));
  if (b.ends_with("的")) b.remove_suffix(std::string_view("的").size());
  if (b.ends_with("年")) {
    b.remove_suffix(std::string_view("年").size());
    while (!b.empty() && std::isdigit(static_cast<unsigned char>(b.back()))) b.remove_suffix(1);
  }
  const auto& reached = lang::words(language_of(sv), "shares.reached_before");
  if (reached.suffix_of(b)) return true;
  if (!b.ends_with("由") && !b.ends_with("从")) return false;
  std::string_view a = after(sv.text, m.end, 40);
  return reached.in(a);
}

}  // namespace

std::string_view without_cjk_hedge(std::string_view lead) {
  for (std::size_t h = 0; h < grammar::lexicon::cjk_hedge_before_count; ++h)
    if (lead.ends_with(grammar::lexicon::cjk_hedges_before[h].text))
      return lead.substr(0, lead.size() - grammar::lexicon::cjk_hedges_before[h].text.size());
  return lead;
}

interval increase_multiple(const sentence_view& sv, const mention& m, interval iv) {
  if (m.kind != grammar::mention_kind::factor || sv.language != "zh") return iv;
  std::string_view b = sv.text.substr(0, m.begin);
  if (b.size() > 24) b.remove_prefix(b.size() - 24);
  while (!b.empty() && b.back() == ' ') b.remove_suffix(1);
  b = without_cjk_hedge(b);  // "增长约1.7倍": past the multiple's hedge
  if (!lang::words(language_of(sv), "directions.factor_increase_before").suffix_of(b)) return iv;
  auto plus_one = [](std::optional<double> x) { return x ? std::optional(*x + 1) : x; };
  return interval{iv.point + 1, plus_one(iv.low), plus_one(iv.high)};
}

interval ratio_to_year_before(const sentence_view& sv, const mention& m, interval iv) {
  // Japanese only: a Chinese "同比105.2%" is rare, and there a bare rate is the change.
  if (m.kind != grammar::mention_kind::percent || sv.language != "ja" ||
      m.rate_cue != grammar::rate_word::yoy || m.decline || iv.point < 0.5 ||
      lang::words(language_of(sv), "cjk.ratio_directions_after")
          .prefix_of(after(sv.text, m.end, 16)))
    return iv;
  auto less_one = [](std::optional<double> x) { return x ? std::optional(*x - 1) : x; };
  return interval{iv.point - 1, less_one(iv.low), less_one(iv.high)};
}

bool share_level_of_move(const sentence_view& sv, const mention& m) {
  return share_move_end(sv, m) &&
         lang::words(language_of(sv), "cjk.share_words")
             .in(clause_before(sv.text, m.begin, false)) &&
         !lang::words(language_of(sv), "cjk.growth_nouns")
              .in(clause_before(sv.text, m.begin, true));
}

}  // namespace fc::claims
