// A clause's own subject, and a bare measure's reference: "…, while risk mitigation is
// expected to … 8.5% a year" (English), "포장은 … 연 12~14%씩" (Korean), "sales in Latin
// America" after "solar inverter sales".
#include <algorithm>
#include <cctype>

#include "claims/cjk_readings.hpp"
#include "claims/context.hpp"
#include "claims/measures.hpp"
#include "claims/readings.hpp"
#include "claims/subject_words.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"
#include "support/utf8.hpp"

namespace fc::claims {

namespace {

// "…, while risk mitigation and fraud detection is expected to be the fastest-growing use,
// expanding at about 8.5% a year": a contrast opens a clause with a subject of its own. When it
// is no measure and no pronoun, the figure is that subject's, not the market's named before.
std::optional<subject_phrase> contrast_clause_subject(std::string_view s, std::size_t fig) {
  std::string_view lead = s.substr(0, fig);
  const lang::entry* opener = nullptr;
  std::size_t at = std::string_view::npos;
  bool weak = false;  // ", and Poland is …": a plain joint opens a clause only before a name
  for (bool names_only : {false, true})
    for (const auto& e :
         lang::words(names_only ? "subjects.name_clause_openers" : "subjects.contrast_openers")
             .entries())
      if (std::size_t p = lang::rfind(lead, e);
          p != std::string_view::npos && (at == std::string_view::npos || p > at) &&
          (!names_only || (p + e.word.size() < lead.size() &&
                           std::isupper(static_cast<unsigned char>(lead[p + e.word.size()])))))
        at = p, opener = &e, weak = names_only;
  if (!opener) return std::nullopt;
  std::string_view clause = lead.substr(at + opener->word.size());
  auto ws = words(clause);
  if (ws.empty()) return std::nullopt;
  std::size_t verb = 0;
  while (verb < ws.size() && !lang::words("subjects.clause_verbs").equal_to(ws[verb]) &&
         !(weak && verb > 0 && ws[verb].size() > 4 && ws[verb].ends_with("ing")))
    ++verb;
  // "and Poland, forecast to grow at a 12.2% CAGR, is expected to reach …": an apposition
  // between a name and its verb, the figure inside it or after it.
  std::size_t comma = 0;
  while (comma < ws.size() && comma < 3 && !ws[comma].ends_with(",")) ++comma;
  // A relative clause there ("Tamsin Group, which excludes rentals, forecasts") more
  // often describes a publisher than a market.
  bool apposed = comma < 3 && comma + 1 < ws.size() && verb > comma + 1 &&
                 std::isupper(static_cast<unsigned char>(ws[0][0])) &&
                 !lang::words("attribution.aside_openers").equal_to(ws[comma + 1]);
  // "…, with research company Tamsin Group forecasting that …": a publisher, not a subject.
  if (weak && verb < ws.size() &&
      lang::words("attribution.estimate_participles").equal_to(ws[verb]))
    return std::nullopt;
  std::size_t end = apposed ? comma + 1 : verb;
  if (end == 0 || (!apposed && (verb > 6 || verb == ws.size()))) return std::nullopt;
  std::string_view phrase = clause.substr(
      0, static_cast<std::size_t>(ws[end - 1].data() - clause.data()) + ws[end - 1].size());
  if (apposed) phrase.remove_suffix(1);
  // "Vietnam alone is worth …": a focus word after the name is no part of it.
  if (const auto* focus = lang::words("subjects.focus_words_after").suffix_of(phrase))
    phrase.remove_suffix(focus->word.size());
  if (phrase.empty() || lang::words("subjects.clause_pronouns").prefix_of(phrase) ||
      !measure_hits(phrase).empty())
    return std::nullopt;
  return subject_phrase{std::string(phrase), false, false};
}

// "PLA·PHA 등 생분해성 플라스틱 포장은 아직 전체의 7%에 불과하지만 연 12~14%씩 늘어나":
// a Korean topic that is no measure, no source and no verb is what the clause's rate is about.
std::optional<subject_phrase> topic_clause_subject(const sentence_view& sv, std::size_t fig,
                                                   std::string_view bare_measure = {},
                                                   std::size_t clause_start = 0) {
  const auto language = language_of(sv);
  std::string_view lead = sv.text.substr(0, fig);
  // "…, 농축수산물도 10조2000억원으로": a later clause's topic may be marked "also" (도).
  const std::initializer_list<std::string_view> plain{"은 ", "는 "}, also{"은 ", "는 ", "도 "};
  // The nearest topic particle after a noun: "같은 기간" and "늘어나는" are a verb's forms.
  for (std::size_t end = lead.size(); end > clause_start;) {
    std::size_t at = std::string_view::npos;
    for (std::string_view particle : clause_start > 0 ? also : plain)
      if (std::size_t p = lead.substr(0, end).rfind(particle);
          p != std::string_view::npos && (at == std::string_view::npos || p > at))
        at = p;
    if (at == std::string_view::npos || at == 0 || at < clause_start) return std::nullopt;
    // "노바스페이스는 이를 두고 "앞으로도 매년 15~20%…"": a topic that opens a quotation is its
    // speaker, not what the quoted figure is about.
    if (lead.substr(at).find('"') != std::string_view::npos ||
        lead.substr(at).find("\u201C") != std::string_view::npos)
      return std::nullopt;
    end = at;
    std::string_view phrase = lead.substr(0, at);
    if (std::size_t cut = phrase.find_last_of(",\"'("); cut != std::string_view::npos)
      phrase.remove_prefix(cut + 1);
    auto ws = words(phrase);
    if (ws.empty()) return std::nullopt;
    std::string_view noun = ws.back();
    if (lang::words(language, "subjects.topic_excluded_endings").suffix_of(noun)) continue;
    // "이를 위해 도는 연평균 16.5% 성장을 목표로", "연구소는 … 10.8%로 제시했다": a topic that
    // stands for the source speaks about the figure; it is not what the figure measures.
    if (lang::words(language, "attribution.organization_anaphors").equal_to(noun))
      return std::nullopt;
    // "가장 큰 비중을 차지하는 항체의약품 CDMO는": the phrase starts after the clause before it.
    std::size_t first = ws.size() > 4 ? ws.size() - 4 : 0;
    for (std::size_t k = ws.size() - 1; k-- > first;)
      if (lang::words(language, "subjects.topic_phrase_breaks").suffix_of(ws[k])) {
        first = k + 1;
        break;
      }
    phrase = phrase.substr(static_cast<std::size_t>(ws[first].data() - phrase.data()));
    // A measure named between the topic and the figure ("삼성전자는 올해 매출 300조원") is what
    // the figure measures; written bare, the topic names whose it is.
    const auto& between = measure_hits(lead.substr(at));
    // "스마트링은 올해 출하량이 약 190만대로": the measure is the clause's subject (이/가).
    bool bare_between =
        !bare_measure.empty() && between.size() == 1 &&
        between.front().second.word == bare_measure &&
        lang::words(language, "lists.label_links")
            .prefix_of(lead.substr(at + between.front().first + bare_measure.size()));
    if (!between.empty() && !bare_between) return std::nullopt;
    while (!phrase.empty() && phrase.front() == ' ') phrase.remove_prefix(1);
    // "2.5D·3D 패키징은": a technology's name may hold digits; a year or an amount may not.
    bool numbered = std::any_of(
        ws.begin() + static_cast<std::ptrdiff_t>(first), ws.end(), [](std::string_view w) {
          return w.find_first_of("0123456789") != std::string_view::npos && !tech_name(w);
        });
    if (phrase.empty() || numbered || !measure_hits(phrase).empty() ||
        lang::words(language, "subjects.topic_excluded").equal_to(noun))
      return std::nullopt;
    for (const auto& source : named_sources(sv))
      if (phrase.find(source) != std::string_view::npos || source.find(noun) != std::string::npos)
        return std::nullopt;
    if (bare_between)
      return subject_phrase{std::string(phrase) + " " + std::string(bare_measure), true, false};
    return subject_phrase{std::string(phrase), false, false};
  }
  return std::nullopt;
}

}  // namespace

std::optional<subject_phrase> topic_of_bare_measure(const sentence_view& sv, std::size_t fig,
                                                    const subject_phrase& bare) {
  if (sv.english || is_cjk(sv) || bare.named || bare.market) return std::nullopt;
  return topic_clause_subject(sv, fig, bare.display);
}

std::optional<subject_phrase> clause_subject(const sentence_view& sv, std::size_t index) {
  const auto& m = sv.mentions[index];
  // Shares of a list keep the list's subject ("…, while Apple held 35%"): only an amount or an
  // annual rate takes the clause's; in Korean, an amount only in a breakdown ("이 가운데 …
  // 항체의약품 CDMO는 지난해 98억달러에서").
  if (sv.english && (m.kind == grammar::mention_kind::amount ||
                     lang::words("subjects.clause_rate_cues").in(after(sv.text, m.end, 24)) ||
                     lang::words("subjects.clause_rate_cues").in(before(sv.text, m.begin, 40))))
    if (auto other = contrast_clause_subject(sv.text, m.begin)) {
      // "whereas Tamsin Group, which excludes rentals, forecasts …": a source, not a subject.
      auto sources = named_sources(sv);
      if (std::find(sources.begin(), sources.end(), other->display) == sources.end()) return other;
    }
  if (!sv.english && !is_cjk(sv) &&
      ((m.kind == grammar::mention_kind::amount && part_of_whole_sentence(sv.text)) ||
       lang::words(language_of(sv), "subjects.clause_rate_cues").in(before(sv.text, m.begin, 24))))
    if (auto topic = topic_clause_subject(sv, m.begin)) return topic;
  // "메모리 반도체는 올해 1632억달러로 76.8% 급증하고": a sentence that names no measure before
  // its amount is about its topic, a segment of the market before, unless the topic is a source.
  if (!sv.english && !is_cjk(sv) && m.kind == grammar::mention_kind::amount &&
      // The sentence's hits are found once (cached); a prefix would be scanned again.
      std::none_of(measure_hits(sv.text).begin(), measure_hits(sv.text).end(),
                   [&](const auto& hit) { return hit.first < m.begin; }))
    if (auto topic = topic_clause_subject(sv, m.begin)) {
      auto sources = named_sources(sv);
      if (std::none_of(sources.begin(), sources.end(), [&](const std::string& n) {
            return n.find(topic->display) != std::string::npos ||
                   topic->display.find(n) != std::string::npos;
          }))
        return topic;
    }
  // "…거래액은 31조7000억원으로 11.2% 증가했으며, 농축수산물도 10조2000억원으로": an amount in
  // a later clause whose own topic is no measure is that topic's, a sibling of the first.
  if (!sv.english && !is_cjk(sv) && m.kind == grammar::mention_kind::amount && index > 0) {
    std::string_view between =
        sv.text.substr(sv.mentions[index - 1].end, m.begin - sv.mentions[index - 1].end);
    if (std::size_t comma = between.rfind(", "); comma != std::string_view::npos)
      if (auto topic =
              topic_clause_subject(sv, m.begin, {}, sv.mentions[index - 1].end + comma + 2))
        return topic;
  }
  return std::nullopt;
}

bool same_bare_measure(const sentence_view& sv, const subject_phrase& bare,
                       const subject_phrase& named) {
  const std::string& d = bare.display;
  if (d.empty() || named.display.size() <= d.size()) return false;
  // "Sales" opening one sentence and "sales" inside the next are one measure.
  std::string_view tail = std::string_view(named.display).substr(named.display.size() - d.size());
  if (utf8::ascii_lowered(tail) != utf8::ascii_lowered(d)) return false;
  // "出货量" after "中国储能锂电池出货量": Chinese and Japanese write no space before the head.
  bool joined = is_cjk(sv) || named.display[named.display.size() - d.size() - 1] == ' ';
  return joined && !qualified_after(sv, d);
}

std::optional<subject_phrase> bare_measure_named(const sentence_view& sv,
                                                 const std::optional<subject_phrase>& bare,
                                                 const std::optional<subject_phrase>& last,
                                                 const std::vector<subject_phrase>& named) {
  if (!bare || bare->named || bare->market) return std::nullopt;
  if (last && same_bare_measure(sv, *bare, *last)) return last;
  if (!is_cjk(sv)) return std::nullopt;
  for (auto it = named.rbegin(); it != named.rend(); ++it)
    if (!it->market && same_bare_measure(sv, *bare, *it)) return *it;
  return std::nullopt;
}

bool qualified_after(const sentence_view& sv, std::string_view measure) {
  const auto& qualifiers = lang::words(language_of(sv), "subjects.qualifiers_after");
  if (measure.empty() || qualifiers.empty()) return false;
  for (std::size_t at = sv.text.find(measure); at != std::string_view::npos;
       at = sv.text.find(measure, at + 1)) {
    std::string_view rest = sv.text.substr(at + measure.size());
    if (const auto* q = qualifiers.prefix_of(rest)) {
      // " in " qualifies with the word after it; " there" is a whole qualifier of its own.
      bool object = q->word.ends_with(' ');
      bool next_alpha = rest.size() > q->word.size() &&
                        std::isalpha(static_cast<unsigned char>(rest[q->word.size()]));
      if (object == next_alpha) return true;
    }
    // "sales to China", "spending by Japan": these qualify with a name only ("revenue to grow").
    if (const auto* q =
            lang::words(language_of(sv), "subjects.qualifiers_before_name").prefix_of(rest))
      if (rest.size() > q->word.size() &&
          std::isupper(static_cast<unsigned char>(rest[q->word.size()])))
        return true;
  }
  return false;
}

}  // namespace fc::claims
