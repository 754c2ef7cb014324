// The words around a Chinese or Japanese figure that the scanner records on it (claim-language
// §2.2, §6, §7.1): hedges touching it (约10亿美元, 830億ドル超, 15%左右), what a rate measures
// (年复合增长率…17%, 前年比12%増), a decline (同比下降5%, 7%減), how a year relates (到2028年,
// 2030年までに, 2030年頃) and a Japanese forecast (…億円の見込み). Hedge words are never part of
// the span (§2.4).
#include <string>

#include "grammar/cjk.hpp"
#include "grammar/lexicon.hpp"
#include "support/utf8.hpp"

namespace fc::grammar {

std::string_view name(hedge_word w) {
  static constexpr std::string_view names[] = {
      "",      "about",   "nearly",     "over",        "at_least",
      "under", "at_most", "a_bit_over", "a_bit_under", "band"};
  return names[static_cast<unsigned char>(w)];
}
std::string_view name(rate_word w) {
  static constexpr std::string_view names[] = {"", "cagr", "yoy", "qoq", "growth"};
  return names[static_cast<unsigned char>(w)];
}
std::string_view name(year_word w) {
  static constexpr std::string_view names[] = {"", "by", "around", "from", "since", "as_of"};
  return names[static_cast<unsigned char>(w)];
}

namespace {

// The word a lexicon table names by its claim-language value ("about" → hedge_word::about).
template <class Word, unsigned char Count>
Word word_named(std::string_view value) {
  for (unsigned char i = 1; i < Count; ++i)
    if (name(static_cast<Word>(i)) == value) return static_cast<Word>(i);
  return Word::none;
}

bool cjk_around(std::string_view s, const mention& m) {
  std::size_t after = m.end < s.size() && s[m.end] == ' ' ? m.end + 1 : m.end;
  std::size_t before = m.begin > 0 && s[m.begin - 1] == ' ' ? m.begin - 1 : m.begin;
  return is_cjk(utf8::before(s, before)) || is_cjk(utf8::at(s, after)) ||
         is_cjk(utf8::at(s, m.begin));
}

// The words' first bytes and their tables, built on first use (the word tables are initialized
// at start-up in another translation unit).
struct table {
  lexicon::start_filter filter;
  lexicon::word_index index;
  table(const lexicon::word* w, std::size_t n) : filter(lexicon::filter_of(w, n)), index(w, n) {}
  const lexicon::word* find(std::string_view s, std::size_t pos) const {
    return filter.may_start(s, pos) ? index.find(s, pos) : nullptr;
  }
};
const table& after_words() {
  static const table t(lexicon::cjk_hedges_after, lexicon::cjk_hedge_after_count);
  return t;
}
const table& rate_words() {
  static const table t(lexicon::cjk_rate_cues, lexicon::cjk_rate_cue_count);
  return t;
}

hedge_word hedge_before(std::string_view lead) {
  if (lead.ends_with(" ")) lead.remove_suffix(1);
  // Every word before a figure ends in one of these: most figures are passed at one lookup.
  static constexpr std::u32string_view last = U"合为約约そぼ近过過于超逾少も低破多高大到足";
  if (last.find(utf8::before(lead, lead.size())) == std::u32string_view::npos)
    return hedge_word::none;
  for (std::size_t i = 0; i < lexicon::cjk_hedge_before_count; ++i)
    if (lead.ends_with(lexicon::cjk_hedges_before[i].text))
      return word_named<hedge_word, 10>(lexicon::cjk_hedges_before[i].value);
  return hedge_word::none;
}

hedge_word hedge_after(std::string_view tail, std::size_t& used) {
  const lexicon::word* w = after_words().find(tail, 0);
  if (!w) return hedge_word::none;
  used = w->text.size();
  return word_named<hedge_word, 10>(w->value);
}

// The clause before a rate, back to a clause mark or the figure before it, at most 20 characters.
std::string_view clause_before(std::string_view s, std::size_t floor, std::size_t begin) {
  std::size_t from = begin > 60 ? begin - 60 : 0;
  if (from < floor) from = floor;
  while (from < begin && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80) ++from;
  std::string_view w = s.substr(from, begin - from);
  for (std::string_view mark : {"，", ",", "。", "；", ";", "：", "、"})
    if (auto p = w.rfind(mark); p != std::string_view::npos) w = w.substr(p + mark.size());
  return w;
}

void read_rate(std::string_view s, std::size_t floor, std::size_t after, mention& m) {
  std::string_view lead = clause_before(s, floor, m.begin);
  int best = 0;  // cagr 3, yoy/qoq 2, growth 1
  // One pass over the clause, the longest cue at each character (年复合增长率 before 增长).
  for (std::size_t i = 0; i < lead.size();) {
    if (const lexicon::word* w = rate_words().find(lead, i)) {
      i += w->text.size();
      if (w->value == "decline") {
        m.decline = true;
        continue;
      }
      int rank = w->value == "cagr" ? 3 : w->value == "growth" ? 1 : 2;
      if (rank > best) best = rank, m.rate_cue = word_named<rate_word, 5>(w->value);
      continue;
    }
    auto c = static_cast<unsigned char>(lead[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  // "20%以上的年均增速": a compound rate named after the figure, past 的.
  if (best < 3) {
    std::string_view named = s.substr(after, 40);
    if (named.starts_with("的"))
      if (const lexicon::word* w = rate_words().find(named, std::string_view("的").size());
          w && w->value == "cagr")
        best = 3, m.rate_cue = rate_word::cagr;
  }
  // Japanese puts the direction after the rate: 12%増, 7%減, 3割増, 15ポイント低下.
  std::string_view tail = s.substr(after, 24);
  // "前年比31.9%の大幅減", "5%の減少": the direction as a noun after の and its degree.
  if (tail.starts_with("の")) {
    std::string_view noun = tail.substr(std::string_view("の").size());
    for (std::string_view degree : {"大幅な", "大幅", "小幅な", "小幅"})
      if (noun.starts_with(degree)) {
        noun.remove_prefix(degree.size());
        break;
      }
    if (noun.starts_with("減") || noun.starts_with("低下") || noun.starts_with("縮小") ||
        noun.starts_with("増") || noun.starts_with("拡大") || noun.starts_with("伸び"))
      tail = noun;
  }
  // "前年の1兆2050億円を4.1%下回った": a level the figure fell short of by the rate.
  if (tail.starts_with("減") || tail.starts_with("低下") || tail.starts_with("下落") ||
      tail.starts_with("縮小") || tail.starts_with("マイナス") || tail.starts_with("下回")) {
    m.decline = true;
    if (!best) m.rate_cue = rate_word::growth;
  } else if (!best &&
             (tail.starts_with("増") || tail.starts_with("上昇") || tail.starts_with("成長") ||
              tail.starts_with("伸び") || tail.starts_with("拡大") || tail.starts_with("上回"))) {
    m.rate_cue = rate_word::growth;
  }
}

void read_year(std::string_view s, mention& m) {
  std::string_view lead = s.substr(m.begin >= 9 ? m.begin - 9 : 0, m.begin >= 9 ? 9 : m.begin);
  std::string_view tail = s.substr(m.end, 12);
  if (lead.ends_with("截至") || lead.ends_with("截止") || tail.starts_with("時点"))
    m.year_relation = year_word::as_of;
  else if (lead.ends_with("到") || lead.ends_with("至") || tail.starts_with("まで"))
    m.year_relation = year_word::by;
  else if (tail.starts_with("頃") || tail.starts_with("ごろ") || tail.starts_with("前後") ||
           tail.starts_with("左右") || tail.starts_with("前后"))
    m.year_relation = year_word::around;
  else if (tail.starts_with("以降") || tail.starts_with("以来"))
    m.year_relation = year_word::since;
  else if (lead.ends_with("自") || lead.ends_with("从") || lead.ends_with("從") ||
           tail.starts_with("から") || tail.starts_with("起"))
    m.year_relation = year_word::from;
}

}  // namespace

void read_cjk_context(std::string_view s, std::vector<mention>& mentions) {
  std::size_t floor = 0;
  for (auto& m : mentions) {
    std::size_t prev_end = floor;
    floor = m.end;
    if (!cjk_around(s, m)) continue;
    if (m.kind == mention_kind::year) {
      read_year(s, m);
      continue;
    }
    std::size_t after = m.end;
    std::size_t used = 0;
    hedge_word suffix = hedge_after(s.substr(m.end, 16), used);
    if (suffix != hedge_word::none) after += used;
    hedge_word prefix = hedge_before(s.substr(prev_end, m.begin - prev_end));
    // A bound after the figure wins over an about-word before it (§2.2: 约10亿元以上).
    bool suffix_wins =
        suffix != hedge_word::none && (suffix != hedge_word::about || prefix == hedge_word::none);
    m.hedge = suffix_wins ? suffix : prefix;
    if (m.kind != mention_kind::amount && m.kind != mention_kind::vague_amount)
      read_rate(s, prev_end, after, m);
    std::string_view tail = s.substr(after, 18);
    for (std::string_view particle : {"の", "を", "と", "に"})
      if (tail.starts_with(particle)) tail.remove_prefix(particle.size());
    m.forecast_cue = tail.starts_with("見込") || tail.starts_with("見通し");
  }
}

}  // namespace fc::grammar
