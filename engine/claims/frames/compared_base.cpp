// Frame: the base of a comparison. "작년 3조9000억원보다 7.7% 늘어난 수치다", "up 7.7% compared
// with $3.9 billion": the amount a change is measured against is a level of its own year, but
// not the figure the article goes on to split ("이 가운데 구독형이 …" splits this year's total).
// So is the base of a multiple: "지난해 수출액(1억 6000만 달러)의 9배", "nine times last year's
// $160 million". The marker words are language data (roles.compared_after,
// roles.compared_before, roles.multiple_base_after, roles.multiple_base_words).
#include <cctype>
#include <string>

#include "claims/frames.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

namespace {

using grammar::mention;
using grammar::mention_kind;

// A factor mention that starts right after `pos` ("의 9배": "의 " is the marker), or one that
// ends a few words before the amount ("nine times last year's $160 million").
bool multiple_of_amount(const sentence_claims& s, const mention& m, std::size_t after_pos) {
  const auto& markers = lang::words("roles.multiple_base_after");
  for (const auto& f : s.sv.mentions) {
    if (f.kind != mention_kind::factor) continue;
    if (f.begin >= after_pos && f.begin <= after_pos + 8) {
      std::string_view gap = s.sv.text.substr(after_pos, f.begin - after_pos);
      if (markers.prefix_of(gap) && gap.find_first_of("0123456789,.") == std::string_view::npos)
        return true;
    }
    // "nine times last year's $160 million", "more than triple the 5.5 trillion won": "N times",
    // "N-fold", or a multiple word with a determiner after it takes a base after it ("triple to
    // $18.9 billion" names the result), across a few words that name a past level.
    std::string_view said = s.sv.text.substr(f.begin, f.end - f.begin);
    std::string_view next =
        s.sv.text.substr(f.end, std::min<std::size_t>(8, s.sv.text.size() - f.end));
    if (f.end <= m.begin && m.begin - f.end <= 32 &&
        (said.ends_with("times") || said.ends_with("fold") || next.starts_with(" the ") ||
         next.starts_with(" last ") || next.starts_with(" its ") || next.starts_with(" their "))) {
      const auto& level_words = lang::words(language_of(s.sv), "roles.multiple_base_words");
      bool past_level = true;
      for (auto w : words(s.sv.text.substr(f.end, m.begin - f.end)))
        past_level =
            past_level && (level_words.equal_to(w) ||
                           (w.size() >= 4 && std::isdigit(static_cast<unsigned char>(w[0]))));
      if (past_level) return true;
    }
  }
  return false;
}

// "较2019年的约980亿元": a comparison word leads the figure's phrase, with only its year, 的
// and a hedge between (roles.compared_lead).
// A rate between ("前年度比4.5%増の1兆1704億円") makes the figure the change's end, not its base.
bool led_as_base(const sentence_claims& s, const mention& m) {
  std::string_view b = before(s.sv.text, m.begin, 30);
  for (const auto& e : lang::words(language_of(s.sv), "roles.compared_lead").entries()) {
    std::size_t at = lang::rfind(b, e);
    if (at == std::string_view::npos) continue;
    std::string_view gap = b.substr(at + e.word.size());
    if (gap.find("，") == std::string_view::npos && gap.find(',') == std::string_view::npos &&
        gap.find("、") == std::string_view::npos && gap.find('%') == std::string_view::npos &&
        gap.size() <= 18)
      return true;
  }
  return false;
}

}  // namespace

void frame_compared_base(const sentence_claims& s) {
  const auto& after_words = lang::words("roles.compared_after");
  const auto& before_words = lang::words("roles.compared_before");
  // "380亿美元，约为原预测的6.3倍", "是今年的4.6倍左右": a multiple written right after
  // "…的", "…の", "…의 " (a hedge between) names in words the level it multiplies; right after
  // an amount ("652億円の約3.5倍") it is that amount's, a compared base.
  if (!s.sv.english)
    for (const auto& m : s.sv.mentions) {
      if (m.kind != mention_kind::factor) continue;
      bool after_amount = false;
      for (const auto& x : s.sv.mentions)
        after_amount = after_amount || (x.kind == mention_kind::amount && x.end <= m.begin &&
                                        m.begin - x.end <= 12);
      if (after_amount) continue;
      std::string_view lead = before(s.sv.text, m.begin, 16);
      while (lead.ends_with(' ')) lead.remove_suffix(1);
      if (const auto* h = lang::words(language_of(s.sv), "lists.label_hedges").suffix_of(lead))
        lead.remove_suffix(h->word.size());
      // "지난해의 약 3배": the marker's space stands before the hedge.
      const auto& of = lang::words(language_of(s.sv), "roles.multiple_base_after");
      if (of.suffix_of(lead) || of.suffix_of(std::string(lead) + " "))
        for (auto i : s.of_mention(m.begin)) s.out[i].base_named = true;
    }
  for (const auto& m : s.sv.mentions) {
    if (m.kind != mention_kind::amount) continue;
    std::size_t end = m.end;
    // "3조9000억원(약 30억달러)보다": a bracketed conversion sits between; "수출액(1억 6000만
    // 달러)의 9배": the figure itself is in brackets.
    if (after(s.sv.text, end, 12).starts_with("(")) {
      std::size_t close = s.sv.text.find(')', end);
      if (close == std::string_view::npos) continue;
      end = close + 1;
    } else if (after(s.sv.text, end, 4).starts_with(")")) {
      end += 1;
    } else if (after(s.sv.text, end, 4).starts_with("）")) {
      end += std::string_view("）").size();  // "2019年（4兆8,135億円）と比べても"
    }
    std::string_view a = after(s.sv.text, end, 24);
    if (!after_words.prefix_of(a) && !before_words.suffix_of(before(s.sv.text, m.begin, 24)) &&
        !multiple_of_amount(s, m, end) && !led_as_base(s, m))
      continue;
    for (auto i : s.of_mention(m.begin)) s.out[i].compared_base = true;
  }
}

}  // namespace fc::claims
