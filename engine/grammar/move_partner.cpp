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
    if (taken != mentions.end() && taken->begin <= pos) continue;
    auto m = bare_number(s, pos);
    if (!m) continue;
    // The partner: the amount right before "from", or the one after the next " to ".
    const mention* partner = nullptr;
    if (taken != mentions.begin() && std::prev(taken)->end == at && has_measure(*std::prev(taken)))
      partner = &*std::prev(taken);
    // "from 760,000 in 2021 to 1.12 million units": a year may sit between.
    std::size_t next_to = s.find(to, m->end);
    auto target = std::find_if(taken, mentions.end(), [](const mention& x) {
      return x.kind == mention_kind::amount || x.kind == mention_kind::vague_amount;
    });
    if (!partner && target != mentions.end() && next_to != std::string_view::npos &&
        next_to < target->begin && target->begin - next_to <= 24 && next_to - m->end <= 16 &&
        has_measure(*target))
      partner = &*target;
    if (!partner) continue;
    m->unit = partner->unit;
    m->currency = partner->currency;
    found.push_back(*m);
  }
  if (found.empty()) return;
  mentions.insert(mentions.end(), found.begin(), found.end());
  std::sort(mentions.begin(), mentions.end(),
            [](const mention& a, const mention& b) { return a.begin < b.begin; });
}

}  // namespace fc::grammar
