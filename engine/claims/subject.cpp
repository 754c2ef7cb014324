// Subjects (claim-language §9.1): the measure word a figure is about (시장, 매출, market,
// revenue) and the modifiers before it. A bare measure ("시장 규모", "the market") is unnamed
// and takes the last named subject in the assembler.
#include <algorithm>
#include <cctype>

#include "claims/assemble.hpp"
#include "claims/cjk_readings.hpp"
#include "claims/context.hpp"
#include "claims/measures.hpp"
#include "claims/readings.hpp"
#include "claims/subject_words.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"
#include "support/utf8.hpp"

namespace fc::claims {

// "고대역폭메모리(HBM) 시장" is the "HBM 시장" written later: a word glued to an abbreviation in
// brackets is named by the abbreviation.
std::string abbreviated(std::string_view display) {
  std::string out(display);
  for (std::size_t open = out.find('('); open != std::string::npos; open = out.find('(', open)) {
    std::size_t close = out.find(')', open);
    if (close == std::string::npos) break;
    std::string_view inside = std::string_view(out).substr(open + 1, close - open - 1);
    bool capitals = !inside.empty() && inside.size() <= 10 && open > 0 &&
                    std::all_of(inside.begin(), inside.end(), [](char c) {
                      return std::isupper(static_cast<unsigned char>(c)) ||
                             std::isdigit(static_cast<unsigned char>(c)) || c == '-';
                    });
    bool abbreviation = capitals && out[open - 1] != ' ';
    // "fibre reinforced plastics (CFRP) market" is the "CFRP market" written later: the words
    // before a spaced abbreviation whose initials end it are what it abbreviates.
    if (capitals && !abbreviation && open > 1) {
      std::size_t from = open - 1, letter = inside.size();
      while (from > 0 && letter > 0) {
        std::size_t word = out.rfind(' ', from - 1);
        word = word == std::string::npos ? 0 : word + 1;
        if (std::toupper(static_cast<unsigned char>(out[word])) != inside[letter - 1]) break;
        --letter, from = word == 0 ? 0 : word - 1;
        if (word == 0) break;
      }
      if (letter < inside.size() && letter + 1 < inside.size()) {
        std::size_t start = from == 0 ? 0 : from + 1;
        std::string abbr(inside);
        out.replace(start, close + 1 - start, abbr);
        open = start + abbr.size();
        continue;
      }
    }
    // "리커머스(중고거래) 시장" is the "리커머스 시장" written later: a one-word gloss glued to
    // the word it explains is no part of the name ("시장(전년 대비)" is no gloss).
    bool gloss = !abbreviation && open > 0 && out[open - 1] != ' ' && !inside.empty() &&
                 std::none_of(inside.begin(), inside.end(), [](char c) {
                   return c == ' ' || std::isdigit(static_cast<unsigned char>(c));
                 });
    if (gloss) {
      out.erase(open, close + 1 - open);
      continue;
    }
    if (!abbreviation) {
      open = close;
      continue;
    }
    std::size_t word = out.rfind(' ', open);
    word = word == std::string::npos ? 0 : word + 1;
    std::string abbr(inside);
    out.replace(word, close + 1 - word, abbr);
    open = word + abbr.size();
  }
  // "中国AIGC（生成式人工智能）市场规模": a full-width bracket explains the name; the name
  // is the same without it.
  for (std::size_t open = out.find("（"); open != std::string::npos; open = out.find("（", open)) {
    std::size_t close = out.find("）", open);
    if (close == std::string::npos) break;
    out.erase(open, close + std::string_view("）").size() - open);
  }
  return out;
}

std::string subject_key(std::string_view display_as_written) {
  const std::string display = abbreviated(display_as_written);
  std::string k;
  for (std::size_t i = 0; i < display.size();) {
    char32_t cp = 0;
    std::size_t n = utf8::decode(display, i, cp);
    if (n == 0) break;
    if (cp != U' ' && cp != U'·' && cp != U'-' && cp != U'\'') {
      if (cp < 0x80) cp = static_cast<char32_t>(std::tolower(static_cast<int>(cp)));
      utf8::append(k, cp);
    }
    i += n;
  }
  // Spellings of one subject meet (subjects.key_rewrites, every language's, in data order).
  for (const auto& e : lang::words("subjects.key_rewrites").entries())
    for (std::size_t p = 0; (p = k.find(e.word, p)) != std::string::npos; p += e.text.size())
      k.replace(p, e.word.size(), e.text);
  return k;
}

std::string normalize_subject(std::string_view display) { return subject_key(display); }

std::optional<subject_phrase> market_referent(bool english,
                                              const std::optional<subject_phrase>& last_market,
                                              const std::optional<subject_phrase>& named_here,
                                              const std::optional<subject_phrase>& last_subject) {
  if (last_market) return last_market;
  if (named_here) return named_here;
  // An owner's measure ("Nvidia's market cap", "Acme's profit") is no market.
  if (english && last_subject && last_subject->named &&
      last_subject->display.find("'s ") == std::string::npos &&
      last_subject->display.find("\u2019s ") == std::string::npos &&
      !names_profit(last_subject->display))
    return last_subject;
  return std::nullopt;
}

bool scoped_anaphor(const subject_phrase& sp, const subject_phrase& last) {
  // "the global market", "전 세계 시장": a scope word and a bare market measure, nothing else.
  static const std::string_view scopes[] = {"global",  "Global", "worldwide", "Worldwide",
                                            "world",   "World",  "글로벌",    "세계",
                                            "전 세계", "국내",   "domestic",  "Domestic"};
  static const std::string_view heads[] = {" market",    " market size", " industry", " 시장",
                                           " 시장 규모", " 시장규모",    " 산업"};
  std::string_view d = sp.display;
  if (d.starts_with("the ") || d.starts_with("The ")) d.remove_prefix(4);
  for (auto scope : scopes)
    for (auto head : heads)
      if (d.size() == scope.size() + head.size() && d.starts_with(scope) && d.ends_with(head))
        return last.display != sp.display && last.market &&
               last.display.find(scope) != std::string::npos;
  return false;
}

// "습식 사료 매출이 12% 늘어 건식 사료(4%)의 세 배": a Korean rate in brackets right after
// a noun phrase with no measure word is that phrase's. A time ("전년(5%)") or a word of the
// rate itself ("증가율(5%)") names no subject.
std::optional<subject_phrase> bracket_label(const sentence_view& sv, const grammar::mention& m) {
  if (sv.english || is_cjk(sv) || m.kind != grammar::mention_kind::percent) return std::nullopt;
  std::string_view lead = sv.text.substr(0, m.begin);
  if (!lead.ends_with("(")) return std::nullopt;
  lead.remove_suffix(1);
  // Only a figure compared with ("(5%)의 세 배", "(5%)보다"): in a list ("애플(21.0%), 샤오미
  // (11.3%)") the items keep the list's subject.
  std::string_view rest = sv.text.substr(m.end);
  if (!rest.starts_with(")")) return std::nullopt;
  rest.remove_prefix(1);
  if (rest.starts_with("의 ")) rest.remove_prefix(std::string_view("의 ").size());
  bool multiple = rest.substr(0, std::min<std::size_t>(rest.size(), 10)).find("배") !=
                  std::string_view::npos;  // "의 세 배", "의 2.8배"
  if (!multiple && !lang::words(language_of(sv), "roles.compared_after").prefix_of(rest))
    return std::nullopt;
  auto ws = words(lead);
  std::size_t first = ws.size();
  // "12% 늘어 건식 사료": a verb's connective form ends the phrase too.
  auto connective = [](std::string_view w) {
    return w.ends_with("어") || w.ends_with("아") || w.ends_with("여");
  };
  while (first > 0 && ws.size() - first < 3 && !stop_word_ko(ws[first - 1]) &&
         !connective(ws[first - 1]))
    --first;
  if (first == ws.size()) return std::nullopt;
  std::string_view phrase = lead.substr(static_cast<std::size_t>(ws[first].data() - lead.data()));
  if (!measure_hits(phrase).empty() ||
      lang::words(language_of(sv), "subjects.topic_excluded").equal_to(ws.back()) ||
      lang::words(language_of(sv), "time.relative_years").find_in(phrase) ||
      lang::words(language_of(sv), "time.prior_before").find_in(phrase))
    return std::nullopt;
  return subject_phrase{std::string(phrase), true, false};
}

std::optional<subject_phrase> find_subject(const sentence_view& sv, std::size_t index) {
  if (is_cjk(sv)) return cjk_subject(sv, index);
  const auto& m = sv.mentions[index];
  if (sv.english)
    if (auto name = name_before_apposition(sv.text, m.begin)) return name;
  // "a $3.4 billion global market for crop-spraying drones", "the $12 billion cloud market":
  // a figure written before its noun names that noun's market, not one named earlier.
  if (sv.english && m.begin >= 2) {
    std::string_view lead = before(sv.text, m.begin, 6);
    std::string_view tail = after(sv.text, m.end, 40);
    bool attributive = lead.ends_with("a ") || lead.ends_with("an ") || lead.ends_with("the ");
    std::size_t stop = std::min(tail.find_first_of(",;."), tail.size());
    if (attributive && tail.starts_with(" ") && stop > 1) {
      // The words between the figure and the end of its noun phrase: "global market".
      std::string_view phrase = tail.substr(0, stop);
      auto sp = find_subject_at(phrase, phrase.size());
      if (sp && sp->market) return sp;
    }
  }
  // "its 3.1% forecast for overall program spending", "a 12% rise in exports": a rate measures
  // the noun phrase its own words name after it.
  if (m.kind == grammar::mention_kind::percent) {
    std::string_view tail = after(sv.text, m.end, 64);
    if (const auto* e =
            lang::words(language_of(sv), "subjects.rate_objects_after").prefix_of(tail)) {
      std::string_view phrase = tail.substr(e->word.size());
      phrase = phrase.substr(0, std::min(phrase.find_first_of(",;.("), phrase.size()));
      if (auto sp = find_subject_at(phrase, phrase.size()); sp && sp->named) return sp;
    }
    // "the largest market with 31% of GMV": a share measures the whole it names after "of".
    if (sv.english && tail.starts_with(" of ") && !tail.starts_with(" of the ")) {
      std::string_view phrase = tail.substr(4);
      phrase = phrase.substr(0, std::min(phrase.find_first_of(",;.("), phrase.size()));
      if (auto sp = find_subject_at(phrase, phrase.size()); sp && sp->display == phrase) return sp;
    }
  }
  // "2020년 2800억 원이던 산업용 드론 시장 규모는", "412만 명이던 유료 구독자가": a figure in a
  // relative clause describes the noun phrase after it, up to its particle.
  if (!sv.english) {
    std::string_view tail = after(sv.text, m.end, 64);
    // "150억 달러(약 21조6000억원) 규모인 세계 펫보험 시장": past a bracketed conversion.
    if (std::size_t close = tail.find(')'); tail.starts_with("(") && close <= 40)
      tail = after(sv.text, m.end + close + 1, 64);
    if (std::size_t ending = describing_ending_after(tail);
        ending > 0 && ending < tail.size() && tail[ending] == ' ') {
      std::string_view phrase = tail.substr(ending + 1);
      for (std::size_t sp = phrase.find(' '); sp != std::string_view::npos;
           sp = phrase.find(' ', sp + 1))
        if (lang::words(language_of(sv), "roles.relative_head_particles")
                .suffix_of(phrase.substr(0, sp))) {
          phrase = phrase.substr(0, sp);
          break;
        }
      if (auto sp = find_subject_at(phrase, phrase.size())) return sp;
    }
  }
  if (auto own = clause_subject(sv, index)) return own;
  if (auto label = bracket_label(sv, m)) return label;
  auto sp = find_subject_at(sv.text, m.begin, m.kind == grammar::mention_kind::percent);
  if (sp && sv.english)
    if (auto holder = rank_holder_subject(sv.text, m.begin, *sp)) return holder;
  if (sp)
    if (auto owned = topic_of_bare_measure(sv, m.begin, *sp)) return owned;
  return sp;
}

std::optional<subject_phrase> subject_named_last(const sentence_view& sv) {
  auto sp = find_subject_at(sv.text, sv.text.size());
  // Not a part named last ("이 중 …", "the largest category", "the wafer segment").
  if (!sp || !sp->named || rank_named(*sp) || cjk_part_lead(sv, sv.text.size()) ||
      part_of_whole_sentence(sv.text) ||
      lang::words(language_of(sv), "subjects.segment_words").in(sp->display))
    return std::nullopt;
  return sp;
}

namespace {

// "AI용 메모리 투자가 본격화하는 내년에는 1280억달러로": a measure that is the subject of a
// clause describing a time (an adnominal verb, then a year or a relative year) names no
// figure's subject.
bool describes_a_time(std::string_view s, std::size_t measure_end) {
  std::string_view rest = s.substr(measure_end);
  for (std::string_view particle : {"가 ", "이 "}) {
    if (!rest.starts_with(particle)) continue;
    rest.remove_prefix(particle.size());
    std::size_t space = rest.find(' ');
    if (space == std::string_view::npos || space == 0) return false;
    std::string_view verb = rest.substr(0, space), time = rest.substr(space + 1);
    if (std::any_of(verb.begin(), verb.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) ||
        !lang::words("subjects.time_clause_endings").suffix_of(verb))
      return false;
    std::size_t digits = 0;
    while (digits < time.size() && std::isdigit(static_cast<unsigned char>(time[digits]))) ++digits;
    return (digits == 4 && time.substr(4).starts_with("년")) ||
           lang::words("time.relative_years").prefix_of(time);
  }
  return false;
}

}  // namespace

std::optional<subject_phrase> find_subject_at(std::string_view s, std::size_t fig, bool rate) {
  // The nearest measure word before the figure, else the first one after it.
  std::size_t best = std::string_view::npos;
  const measure* which = nullptr;
  for (const auto& [p, m] : measure_hits(s)) {
    // Only a hit nearer than the best so far is read further: a long sentence holds many.
    bool better = best == std::string_view::npos || (p < fig && (best > fig || p > best)) ||
                  (p > fig && best > fig && p < best);
    if (!better) continue;
    if (!m.english && p < fig && describes_a_time(s, p + m.word.size())) continue;
    // "…to pass $100 billion in 2028, although a 29.3% drop in Hainan's sales …": a measure
    // past a contrast opens another clause's subject, not the figure's.
    if (m.english && p > fig && fig < s.size() &&
        lang::words("subjects.contrast_openers").in(s.substr(fig, p - fig)))
      continue;
    // "represents a CAGR of 11%, helped by … demand for court capacity": nor, for
    // a rate, does a measure past a comma, in a phrase of its own.
    if (m.english && rate && p > fig && fig < s.size() &&
        s.substr(fig, p - fig).find(", ") != std::string_view::npos)
      continue;
    // "2800억원대에 머물 것으로 … 이는 올해 전체 골프용품 시장의 10%": a whole written after the
    // figure is what it is a part of.
    if (p > fig &&
        ends_past_modifiers(s.substr(fig, p - fig), lang::words("subjects.whole_before"), false))
      continue;
    best = p, which = &m;
  }
  if (!which) return std::nullopt;
  // "The data center segment of the market generated $4.6 billion": a measure that names its
  // whole after "of" is measured by the one before it.
  for (std::string_view of : {" of the ", " of "})
    if (s.substr(0, best).ends_with(of))
      for (const auto& [p, m] : measure_hits(s))
        if (p + m.word.size() + of.size() == best) best = p, which = &m;
  std::string_view head = s.substr(best, which->word.size());
  auto ws = words(s.substr(0, best));
  std::vector<std::string_view> mods;
  std::size_t max_mods = which->english ? 4 : 3;
  for (std::size_t i = ws.size(); i-- > 0 && mods.size() < max_mods;) {
    std::string_view w = ws[i];
    // "총 48조5000억원의 민간투자": the figure itself is no modifier of its measure.
    if (!which->english && w.size() > 3 && w.substr(w.size() - 3) == "의" &&
        std::any_of(w.begin(), w.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      break;
    if (!which->english && w.size() > 3 && w.substr(w.size() - 3) == "의") {
      mods.push_back(w.substr(0, w.size() - 3));  // 삼성전자의 영업이익
      continue;
    }
    // "LG디스플레이의 1분기 매출": the quarter is the figure's period, not a modifier; the name
    // before it still is.
    if (!which->english && w.size() <= 12 && i > 0 && ws[i - 1].ends_with("의") &&
        lang::words("time.part_year_near").in(w))
      continue;
    // A table cell's bar or a clause's comma ("늘었고, 영업이익") ends the phrase.
    // "(서울=뉴시스)": a dateline, not a modifier.
    if (w.find('=') != std::string_view::npos && w.back() == ')') break;
    // "TOKYO, Oct 22 (Bloomberg) -- Sales": a wire dateline ends at its dash.
    if (w == "-" || w == "--" || w == "\u2014" || w == "\u2013") break;
    // "A market of $2.5 billion …," said …: a quotation opens a phrase of its own.
    if (w.front() == '"' || w.starts_with("\u201C")) break;
    // "bucked the trend: sales there": a colon ends the phrase like a comma.
    if (w == "|" || w.back() == ',' || w.back() == ':' || w.front() == '#' ||
        (which->english ? stop_word_en(w) : stop_word_ko(w)))
      break;
    // "which would lift shipments": a verb, not a modifier.
    if (which->english && i > 0 && lang::words("subjects.verb_leads").equal_to(ws[i - 1])) break;
    if (best > 0 && s[best - 1] != ' ' && i + 1 == ws.size()) {
      mods.push_back(w);  // glued: 생성AI시장
      continue;
    }
    mods.push_back(w);
  }
  std::string display;
  for (std::size_t i = mods.size(); i-- > 0;) display += std::string(mods[i]) + " ";
  bool glued = best > 0 && s[best - 1] != ' ' && !mods.empty();
  if (glued) display.pop_back();
  display += std::string(head);
  // "spending on generative AI" is named as "generative AI spending" (measure_object.cpp).
  bool object_named = false;
  if (which->english) {
    std::string object = measure_object(s, best + head.size());
    if (!object.empty()) {
      // "Sales of electric two-wheelers" opening a sentence: "electric two-wheelers sales".
      if (display.size() == head.size())
        display[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(display[0])));
      display.insert(display.size() - head.size(), object);
      object_named = true;
    }
  }
  static const std::string_view market_heads[] = {"시장 규모",   "시장규모", "시장",     "산업",
                                                  "market size", "market",   "industry", "sector"};
  bool market =
      std::find(std::begin(market_heads), std::end(market_heads), head) != std::end(market_heads);
  return subject_phrase{display, !mods.empty() || object_named, market};
}

}  // namespace fc::claims
