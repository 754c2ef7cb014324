// Frame: items listed each with its own figure in brackets. "브라질(17%)과 멕시코(12%) 등
// 신흥시장은 두 자릿수 성장", "emerging markets such as Brazil (17%) and Mexico (12%)": each
// bracketed rate is its item's, a part of the sentence's market, never a second rate of the
// market itself. "미국(8억 달러, 9.1%)과 일본(7억 달러, 8.6%)", "the US ($840 million) and Japan
// ($790 million)": each bracketed amount is its item's level, a part of the market, never a
// second figure for the market. It takes two items to make a list; a single "X(5%)" may restate
// or compare. Shares keep the list's whole: they divide it.
#include <cctype>

#include "claims/cjk_readings.hpp"
#include "claims/frames.hpp"
#include "claims/measures.hpp"
#include "claims/words.hpp"

namespace fc::claims {

using grammar::mention;
using grammar::mention_kind;

namespace {

// The name that ends `lead`, the text before the opening bracket: up to three capitalised
// English words ("South Korea"), one word otherwise ("인도"). Empty when it is no name.
std::string_view label_before(std::string_view lead, const sentence_view& sv) {
  while (!lead.empty() && lead.back() == ' ') lead.remove_suffix(1);
  std::size_t start = lead.size();
  if (sv.english) {
    for (int n = 0; n < 3; ++n) {
      std::size_t end = start;
      if (n > 0 && (end == 0 || lead[end - 1] != ' ')) break;
      if (n > 0) --end;
      std::size_t sp = end == 0 ? std::string_view::npos : lead.rfind(' ', end - 1);
      std::size_t w = sp == std::string_view::npos ? 0 : sp + 1;
      if (w >= end || !std::isupper(static_cast<unsigned char>(lead[w]))) break;
      start = w;
    }
  } else {
    std::size_t sp = lead.find_last_of(" ,");
    start = sp == std::string_view::npos ? 0 : sp + 1;
  }
  std::string_view label = lead.substr(start);
  if (label.empty() || label.find_first_of("0123456789") != std::string_view::npos ||
      lang::words(language_of(sv), "time.relative_years").find_in(label) ||
      lang::words(language_of(sv), "time.prior_before").find_in(label))
    return {};
  return label;
}

struct item {
  std::size_t begin;
  std::string_view label;
};

}  // namespace

void frame_bracketed_items(const sentence_claims& s) {
  if (is_cjk(s.sv)) return;
  std::vector<item> items;
  for (const mention& m : s.sv.mentions) {
    if (m.kind != mention_kind::percent && m.kind != mention_kind::amount) continue;
    std::string_view lead = s.sv.text.substr(0, m.begin);
    std::string_view rest = s.sv.text.substr(m.end);
    // An amount may go on with its share inside the brackets ("(8억 달러, 9.1%)").
    bool closes = rest.starts_with(")") ||
                  (m.kind == mention_kind::amount &&
                   (rest.starts_with(",") || rest.starts_with("·") || rest.starts_with("，")));
    if (!lead.ends_with("(") || !closes) continue;
    lead.remove_suffix(1);
    std::string_view label = label_before(lead, s.sv);
    if (!label.empty()) items.push_back({m.begin, label});
  }
  if (items.size() < 2 || items.front().label == items.back().label) return;
  for (const item& it : items)
    for (auto i : s.of_mention(it.begin)) {
      claim& c = s.out[i];
      bool change = c.kind == claim_kind::growth || c.kind == claim_kind::change;
      // "매출(3조원)과 영업이익(2천억원)": measures side by side are no parts of one market.
      bool level = is_stated_level(c) && measure_hits(it.label).empty();
      if ((!change && !level) || !c.subject_key) continue;
      name_part(c, it.label, *c.subject_key);
      if (level) c.part = true;
    }
}

}  // namespace fc::claims
