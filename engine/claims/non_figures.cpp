// Mentions that are no figures of their own, dropped before claims are read: a year inside a
// name ("Saudi Vision 2030"), and an exchange rate written as an equation ("1ドル＝150円",
// "$1 = ₩1,300").
#include <algorithm>
#include <cctype>

#include "claims/context.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

using grammar::mention_kind;

// "the Rapid Transition by 2050 Scenario", "Saudi Vision 2030", "World Energy Outlook 2024":
// a year written beside a capitalized head of a name (time.year_name_heads) is part of the
// name and dates no figure.
void drop_name_years(std::vector<grammar::mention>& mentions, std::string_view text) {
  const auto& heads = lang::words("time.year_name_heads");
  auto name_head = [&](std::string_view w) {
    std::size_t end = 0;
    while (end < w.size() && std::isalpha(static_cast<unsigned char>(w[end]))) ++end;
    return end > 0 && std::isupper(static_cast<unsigned char>(w.front())) &&
           heads.equal_to(w.substr(0, end)) != nullptr;
  };
  std::erase_if(mentions, [&](const grammar::mention& m) {
    if (m.kind != mention_kind::year || m.year != m.year_to) return false;
    std::string_view rest = text.substr(m.end), lead = text.substr(0, m.begin);
    if (!lead.ends_with(' ')) return false;
    lead.remove_suffix(1);
    std::size_t word = lead.rfind(' ');
    std::string_view last = lead.substr(word == std::string_view::npos ? 0 : word + 1);
    return (rest.starts_with(" ") && name_head(rest.substr(1))) || name_head(last);
  });
}

// "（1ドル＝150円換算で約310億ドル）", "$1 = 1,300 won": the two amounts of an equation state an
// exchange rate, no figures.
void drop_exchange_rates(std::vector<grammar::mention>& mentions, std::string_view text) {
  std::vector<bool> rate(mentions.size(), false);
  for (std::size_t i = 0; i + 1 < mentions.size(); ++i) {
    const auto &a = mentions[i], &b = mentions[i + 1];
    if (a.kind != mention_kind::amount || b.kind != mention_kind::amount || b.begin < a.end)
      continue;
    std::string_view gap = text.substr(a.end, b.begin - a.end);
    while (gap.starts_with(' ')) gap.remove_prefix(1);
    while (gap.ends_with(' ')) gap.remove_suffix(1);
    if (gap == "=" || gap == "\uFF1D") rate[i] = rate[i + 1] = true;
  }
  std::vector<grammar::mention> kept;
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (!rate[i]) kept.push_back(mentions[i]);
  mentions = std::move(kept);
}

}  // namespace fc::claims
