// A bare number at one end of a move takes the unit written at the other end: "to 1.12 million
// units from 760,000 in 2021", "from 760,000 in 2021 to 1.12 million units". Alone a bare number
// is no amount (a page count, a model number); across "from … to" it is the same measure.
#include <algorithm>
#include <string>

#include "grammar/mention.hpp"
#include "grammar/numeral.hpp"
#include "grammar/x3_common.hpp"

namespace fc::grammar {
namespace {

bool has_measure(const mention& m) {
  return m.kind == mention_kind::amount && (!m.unit.empty() || !m.currency.empty());
}

// The bare number starting at `pos`, ending at a space or punctuation, and not a year.
std::optional<mention> bare_number(std::string_view s, std::size_t pos) {
  std::string digits;
  std::size_t end = pos;
  if (!x3p::parse_at(s, pos, x3p::number, digits, end)) return std::nullopt;
  if (end < s.size() && s[end] != ' ' && s[end] != ',' && s[end] != '.' && s[end] != ';')
    return std::nullopt;
  // "from 760,000": a thousands separator or five digits; "from 2021" is a year.
  if (digits.find(',') == std::string::npos && digits.size() < 5) return std::nullopt;
  numeral_builder num;
  if (!num.add(digits, 0)) return std::nullopt;
  auto value = num.value();
  if (!value) return std::nullopt;
  mention m;
  m.begin = pos;
  m.end = end;
  m.value = *value;
  m.half = num.half_width();
  return m;
}

}  // namespace

void adopt_move_partners(std::string_view s, std::vector<mention>& mentions) {
  static constexpr std::string_view from = " from ", to = " to ";
  std::vector<mention> found;
  // The bare number right after `marker` at `at`: one of the mentions, a scaled number with no
  // unit of its own ("to 1.34 million units from 1.61 million"), or a fresh one. Then the partner
  // `find_partner` names gives it its unit.
  auto adopt = [&](std::size_t at, std::string_view marker, auto find_partner) {
    std::size_t pos = at + marker.size();
    if (pos >= s.size() || !std::isdigit(static_cast<unsigned char>(s[pos]))) return;
    auto taken = std::find_if(mentions.begin(), mentions.end(),
                              [&](const mention& m) { return m.end > pos; });
    mention* bare = nullptr;
    std::optional<mention> fresh;
    auto after_bare = taken;
    if (taken != mentions.end() && taken->begin <= pos) {
      if (taken->begin != pos || taken->kind != mention_kind::amount || has_measure(*taken)) return;
      bare = &*taken;
      after_bare = std::next(taken);
    } else {
      fresh = bare_number(s, pos);
      if (!fresh) return;
      bare = &*fresh;
    }
    const mention* partner = find_partner(taken, after_bare, *bare);
    if (!partner) return;
    bare->unit = partner->unit;
    bare->currency = partner->currency;
    if (fresh) found.push_back(*fresh);
  };
  // The amount right before `at`, with a measure, a year of its own maybe between: "44,300
  // units in 2024 from 38,200".
  auto measured_before = [&](auto taken, std::size_t at) -> const mention* {
    while (taken != mentions.begin() && std::prev(taken)->kind == mention_kind::year) --taken;
    if (taken == mentions.begin()) return nullptr;
    const mention& p = *std::prev(taken);
    std::string_view gap = s.substr(p.end, at - p.end);
    return has_measure(p) && gap.size() <= 12 && gap.find(',') == std::string_view::npos ? &p
                                                                                         : nullptr;
  };
  for (std::size_t at = s.find(from); at != std::string_view::npos; at = s.find(from, at + 1))
    adopt(at, from, [&](auto taken, auto after_bare, const mention& bare) -> const mention* {
      // The partner: the amount right before "from", or the one after the next " to ".
      if (const auto* p = measured_before(taken, at)) return p;
      // "from 760,000 in 2021 to 1.12 million units": a year may sit between.
      std::size_t next_to = s.find(to, bare.end);
      auto target = std::find_if(after_bare, mentions.end(), [](const mention& x) {
        return x.kind == mention_kind::amount || x.kind == mention_kind::vague_amount;
      });
      if (target != mentions.end() && next_to != std::string_view::npos &&
          next_to < target->begin && target->begin - next_to <= 24 && next_to - bare.end <= 16 &&
          has_measure(*target))
        return &*target;
      return nullptr;
    });
  // "rising from 170,000 units to 356,000 last year": the end of a move takes its start's unit
  // when the start is written right after "from".
  for (std::size_t at = s.find(to); at != std::string_view::npos; at = s.find(to, at + 1))
    adopt(at, to, [&](auto taken, auto, const mention&) -> const mention* {
      const mention* p = measured_before(taken, at);
      if (!p || p->begin < from.size() - 1 ||
          s.substr(p->begin - (from.size() - 1), from.size() - 1) != from.substr(1))
        return nullptr;
      return p;
    });
  if (found.empty()) return;
  mentions.insert(mentions.end(), found.begin(), found.end());
  std::sort(mentions.begin(), mentions.end(),
            [](const mention& a, const mention& b) { return a.begin < b.begin; });
}

}  // namespace fc::grammar
