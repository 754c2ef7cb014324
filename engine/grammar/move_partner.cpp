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
  for (std::size_t at = s.find(from); at != std::string_view::npos; at = s.find(from, at + 1)) {
    std::size_t pos = at + from.size();
    if (pos >= s.size() || !std::isdigit(static_cast<unsigned char>(s[pos]))) continue;
    auto taken = std::find_if(mentions.begin(), mentions.end(),
                              [&](const mention& m) { return m.end > pos; });
    // "to 1.34 million units from 1.61 million": a scaled number with no unit of its own takes
    // its partner's too.
    mention* bare = nullptr;
    std::optional<mention> fresh;
    auto after_bare = taken;
    if (taken != mentions.end() && taken->begin <= pos) {
      if (taken->begin != pos || taken->kind != mention_kind::amount || has_measure(*taken))
        continue;
      bare = &*taken;
      after_bare = std::next(taken);
    } else {
      fresh = bare_number(s, pos);
      if (!fresh) continue;
      bare = &*fresh;
    }
    // The partner: the amount right before "from", or the one after the next " to ".
    // "44,300 units in 2024 from 38,200": a year of the partner's own may sit between.
    const mention* partner = nullptr;
    auto before_from = taken;
    while (before_from != mentions.begin() && std::prev(before_from)->kind == mention_kind::year)
      --before_from;
    if (before_from != mentions.begin()) {
      const mention& p = *std::prev(before_from);
      std::string_view gap = s.substr(p.end, at - p.end);
      if (has_measure(p) && gap.size() <= 12 && gap.find(',') == std::string_view::npos)
        partner = &p;
    }
    // "from 760,000 in 2021 to 1.12 million units": a year may sit between.
    std::size_t next_to = s.find(to, bare->end);
    auto target = std::find_if(after_bare, mentions.end(), [](const mention& x) {
      return x.kind == mention_kind::amount || x.kind == mention_kind::vague_amount;
    });
    if (!partner && target != mentions.end() && next_to != std::string_view::npos &&
        next_to < target->begin && target->begin - next_to <= 24 && next_to - bare->end <= 16 &&
        has_measure(*target))
      partner = &*target;
    if (!partner) continue;
    bare->unit = partner->unit;
    bare->currency = partner->currency;
    if (fresh) found.push_back(*fresh);
  }
  if (found.empty()) return;
  mentions.insert(mentions.end(), found.begin(), found.end());
  std::sort(mentions.begin(), mentions.end(),
            [](const mention& a, const mention& b) { return a.begin < b.begin; });
}

}  // namespace fc::grammar
