// Korean attributions: a topic-marked name before its reporting verb ("가트너는 … 전망했다"),
// "X에 따르면", and a quoting clause that closes the sentence ("…라고 X가 밝혔다").
#include <algorithm>
#include <cctype>

#include "claims/attribution.hpp"
#include "claims/context.hpp"
#include "lang/lang.hpp"

namespace fc::claims {
namespace {

bool korean_verb_present(std::string_view s) {
  return lang::words("attribution.reporting_verbs").in(s);
}

bool type_noun(std::string_view w) {
  static const std::string_view nouns[] = {"회사",         "업체",     "기관",     "시장조사업체",
                                           "시장조사기관", "조사업체", "조사기관", "컨설팅",
                                           "기업",         "전문"};
  // "컨설팅업체", "시장조사기관": a compound ending in a type noun describes the name after it.
  return std::find(std::begin(nouns), std::end(nouns), w) != std::end(nouns) ||
         (w.size() > 6 && (w.ends_with("업체") || w.ends_with("기관")));
}

bool measure_like(std::string_view w) {
  // "유진투자증권", "한국무역협회": an organisation's name may hold a measure's word.
  if (lang::words("attribution.organization_suffixes").suffix_of(w)) return false;
  return contains_any(w, {"시장", "규모", "매출", "이익", "수출", "투자", "점유율", "비중",
                          "직원", "가격", "가치", "수지", "판매", "성장", "운영비", "수요",
                          "생산", "발주", "출하", "규모", "분야", "부문", "가운데"});
}

bool ends_phrase_ko(std::string_view w) {
  static const std::string_view endings[] = {
      "며", "고", "다", "서", "면", "를", "을", "에", "로", "가",
      "이", "는", "은", "도", "만", "의", "년", "게", "해"};  // "같은 기간에 대해 …는"
  if (w.find(',') != std::string_view::npos) return true;
  for (auto e : endings)
    if (w.size() >= e.size() && w.substr(w.size() - e.size()) == e) return true;
  return std::any_of(w.begin(), w.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// Name made of the word holding the marker plus the words before it (stopping at type nouns).
std::string korean_name(std::string_view s, std::size_t marker) {
  auto ws = words(s.substr(0, marker));
  if (ws.empty()) return {};
  std::vector<std::string_view> parts{ws.back()};
  for (std::size_t i = ws.size() - 1; i-- > 0 && parts.size() < 4;) {
    // "생산 설비만 집계한 한국농촌경제연구원": an adnominal verb ends the name.
    if (type_noun(ws[i]) || ends_phrase_ko(ws[i]) || ws[i].ends_with("한") ||
        ws[i].ends_with("된") || ws[i].ends_with("는"))
      break;
    parts.push_back(ws[i]);
  }
  std::string name;
  for (std::size_t i = parts.size(); i-- > 0;) name += std::string(parts[i]) + (i ? " " : "");
  if (name.size() > 6 && name.ends_with("에서")) name.resize(name.size() - 6);  // 업계에서는
  return name;
}

// "성장하는", "있는", "이는": a verb or pronoun before 는, not a named source.
bool verb_stem(std::string_view name) {
  // "맥킨지는", "우드맥킨지는": a name of three syllables or more ending in 지 is a name, unless
  // it is a verb's "-어지" ("높아지는", "커지는" are two or three syllables of a verb).
  std::string_view last_word = name.substr(name.rfind(' ') + 1);
  if (last_word.ends_with("지") && last_word.size() >= 9 &&
      !contains_any(last_word.substr(last_word.size() - 6),
                    {"아지", "어지", "워지", "해지", "여지", "러지"}))
    return false;
  static const std::string_view last[] = {"하", "있", "없", "되", "지", "오", "보", "나",
                                          "라", "것", "점", "이", "그", "또", "된", "한",
                                          "던", "할", "같", "많", "높", "크", "작", "적",
                                          "좋", "낮", "간", "넘"};  // "30% 넘는 성장세": a verb,
                                                                    // not a topic
  for (auto l : last)
    if (name.size() >= l.size() && name.substr(name.size() - l.size()) == l) return true;
  // "…가 18일 내놓은 보고서는": a publishing verb without its ending ("내놓", "발표한") is no name.
  for (std::string_view ending : {"은", "는", "ㄴ"})
    if (lang::words("attribution.publishing_verbs")
            .equal_to(std::string(last_word) + std::string(ending)))
      return true;
  return lang::words("attribution.publishing_verbs").equal_to(last_word) != nullptr;
}

// "2030년에는", "3분기에는", "올해는": a time or place topic, never a source.
bool time_phrase(std::string_view name) {
  if (name.ends_with("에")) return true;
  for (std::size_t i = 0; i < name.size(); ++i)
    if (std::isdigit(static_cast<unsigned char>(name[i])) &&
        (name.substr(i + 1, 3) == "년" || name.substr(i + 1, 3) == "분" ||
         name.substr(i + 1, 3) == "월"))
      return true;
  return lang::words("attribution.time_topics").equal_to(name) != nullptr;
}

// "KB경영연구소가 27일 발표한 '2023 반려동물 보고서'에 따르면", "IDC가 낸 보고서에 따르면": the
// named document's publisher is the source, the subject before its publishing verb.
std::string publisher_before(std::string_view s, std::size_t title_start) {
  auto ws = words(s.substr(0, title_start));
  std::size_t i = ws.size();
  if (i == 0) return {};
  if (!lang::words("attribution.publishing_verbs").equal_to(ws[--i])) return {};
  // Dates and adverbs between the publisher and its verb: "27일", "최근", "지난달".
  while (i > 0 && (std::isdigit(static_cast<unsigned char>(ws[i - 1].front())) ||
                   ws[i - 1] == "최근" || ws[i - 1] == "지난달" || ws[i - 1] == "이번에"))
    --i;
  if (i == 0) return {};
  std::string_view w = ws[i - 1];
  // "PwC가 발간한": a Latin name of three letters is a name too.
  for (std::string_view particle : {"에서", "가", "이"})
    if (w.size() >= particle.size() + 2 && w.ends_with(particle)) {
      std::string name(w.substr(0, w.size() - particle.size()));
      return measure_like(name) || verb_stem(name) ? std::string{} : name;
    }
  return {};
}

// Where the word after a publishing verb starts inside `name` ("펴낸 반려동물 보고서" → 4 words
// in, after "펴낸 "), or npos.
std::size_t publishing_verb_in(std::string_view name) {
  std::size_t found = std::string_view::npos;
  for (auto w : words(name))
    if (lang::words("attribution.publishing_verbs").equal_to(w))
      found = static_cast<std::size_t>(w.data() - name.data()) + w.size() + 1;
  return found == std::string_view::npos || found > name.size() ? std::string_view::npos : found;
}

// Where a quoted title that ends right before `end` opens ("'2023 한국 반려동물 보고서'", "“…”");
// `fallback` when the name before `end` is not quoted.
std::size_t title_start(std::string_view s, std::size_t end, std::size_t fallback) {
  std::string_view head = s.substr(0, end);
  // "'기후테크 현황 2024' 보고서에 따르면": the document's noun after its quoted title.
  if (const auto* noun = lang::words("attribution.document_nouns").suffix_of(head);
      noun && head.size() > noun->word.size() && head[head.size() - noun->word.size() - 1] == ' ')
    head.remove_suffix(noun->word.size() + 1);
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"'", "'"},
                             {"\"", "\""},
                             {"\u2018", "\u2019"},
                             {"\u201c", "\u201d"},
                             {"\u300c", "\u300d"}}) {
    if (!head.ends_with(close)) continue;
    std::size_t at = head.substr(0, head.size() - close.size()).rfind(open);
    if (at != std::string_view::npos && head.size() - at < 120) return at;
  }
  return fallback;
}

// The document an attribution names: a quoted title or "…보고서", not an organisation.
bool names_document(std::string_view name) {
  return anaphor_name(name) ||
         contains_any(name, {"'", "\u2019", "\u201d", "\"", "\u300d", "\u300f"}) ||
         name.ends_with("보고서") || name.ends_with("리포트") || name.ends_with("백서");
}

// Words that describe a source before its name: "a new report by", "the latest survey
// from", "research firm", "the industry group". Never a comma: "according to estimates, the
// Chinese market …" names no one.

}  // namespace

bool anaphor_name(std::string_view name) {
  if (name.ends_with(" 보고서") || name.ends_with(" 리포트"))
    return true;  // "협회가 발표한 보고서"
  return lang::words("attribution.document_anaphors").equal_to(name) ||
         lang::words("attribution.organization_anaphors").equal_to(name);
}

std::vector<attribution> korean_attributions(std::string_view s) {
  std::vector<attribution> out;
  bool verb = korean_verb_present(s);
  // "IDC도 … 제시했다": the additive particle marks a topic too ("X also …").
  for (std::string_view m : {"는 ", "은 ", "도 ", " 역시 "}) {
    for (std::size_t p = verb ? s.find(m) : std::string_view::npos; p != std::string_view::npos;
         p = s.find(m, p + 1)) {
      std::string name = korean_name(s, p);
      if (name.empty() || measure_like(name) || verb_stem(name) || time_phrase(name) ||
          name.ends_with("별로") || name.ends_with("별") ||  // "부문별로는": a dimension
          name == "측")  // "회사 측은": the company itself, named before if at all
        continue;
      // "방송 광고가 줄어드는 가운데": before a dependent noun, 는 ends a verb's relative clause.
      if (lang::words("attribution.adnominal_heads").prefix_of(s.substr(p + m.size()))) continue;
      // "정점을 찍은 뒤", "1조원을 넘는": after an object, 은/는 ends a verb's relative clause;
      // a topic-marked source takes no object before it.
      if (std::string_view lead = s.substr(0, p - std::min(p, name.size()));
          lead.ends_with("을 ") || lead.ends_with("를 "))
        continue;
      if (name.find("모두") != std::string::npos || name == "양사" || name == "두" ||
          name.rfind("두 ", 0) == 0 || name.rfind("이들", 0) == 0)
        continue;  // "두 회사는", "이들 기관은": the sources named before, distributed
      out.push_back({p - std::min(p, name.size()), name, false, anaphor_name(name)});
    }
  }
  // 트렌드포스 "내년 폴더블폰 출하량 1980만대…": a headline's name before its quotation is the
  // source of the quoted figures.
  if (auto ws = words(s.substr(0, std::min<std::size_t>(s.size(), 48))); ws.size() >= 2) {
    std::string_view quote = ws[1];
    std::string name(ws[0]);
    if ((quote.starts_with("\"") || quote.starts_with("\u201C")) && !measure_like(name) &&
        !verb_stem(name) && !time_phrase(name) &&
        name.find_first_of("0123456789\"'") == std::string::npos)
      out.push_back({0, name, true});
  }
  // "…성장할 것이라고 농촌경제연구원이 밝혔다": a quoting clause at the end names the source of
  // everything before it.
  for (std::string_view v :
       {"이 밝혔", "가 밝혔", "이 전망했", "가 전망했", "이 내다봤", "가 내다봤", "이 분석했",
        "가 분석했", "이 추산했", "가 추산했", "이 예상했", "가 예상했", "이 설명했", "가 설명했",
        "이 전했", "가 전했", "이 발표했", "가 발표했"}) {
    for (std::size_t p = s.find(v); p != std::string_view::npos; p = s.find(v, p + 1)) {
      auto ws = words(s.substr(0, p));
      if (ws.size() < 2 || !ws[ws.size() - 2].ends_with("고")) continue;
      std::string name(ws.back());
      if (name.empty() || measure_like(name) || verb_stem(name) || time_phrase(name)) continue;
      out.push_back({static_cast<std::size_t>(ws.back().data() - s.data()), name, true});
    }
  }
  for (std::string_view m :
       {"에 따르면", "에 의하면", "에 따른 것으로", "에 따른 것이다", " 예측대로라면",
        " 전망대로라면", "의 추산", "의 전망", "의 분석", "의 예측"}) {
    for (std::size_t p = s.find(m); p != std::string_view::npos; p = s.find(m, p + 1)) {
      std::string name = korean_name(s, p);
      if (name.empty()) continue;
      std::size_t at = p - std::min(p, name.size());
      // A quoted title may name a measure ("'… 생산·수출 실적'에 따르면"): its publisher is read
      // below. "관세청 수출입무역통계에 따르면": the body named before its statistics.
      if (measure_like(name) &&
          title_start(s, p, std::string_view::npos) == std::string_view::npos) {
        auto ws = words(name);
        if (ws.size() >= 2 && !measure_like(ws.front()) &&
            lang::words("attribution.document_nouns").suffix_of(ws.back()))
          out.push_back({at, std::string(ws.front()), true});
        continue;
      }
      if (names_document(name)) {
        // The title may hold words korean_name stopped at ("'2023 한국 …"): go to its quote.
        std::size_t from = title_start(s, p, at);
        if (auto who = publisher_before(s, from); !who.empty()) {
          out.push_back({from, who, true});
          continue;
        }
        // "aT가 펴낸 반려동물 연관산업 보고서에 따르면": the name took the publishing verb in.
        if (auto verb = publishing_verb_in(s.substr(at, p - at)); verb != std::string_view::npos)
          if (auto who = publisher_before(s, at + verb); !who.empty()) {
            out.push_back({at, who, true});
            continue;
          }
      }
      out.push_back({at, name, true, anaphor_name(name)});  // "보고서에 따르면": the one before
    }
  }
  // "한국면세점협회 집계 결과", "KISDI 조사 결과", "산업부가 30일 발표한 '로봇산업 실태조사'
  // 결과", "aT 집계 기준": the results of a body's count or survey, like "에 따르면", cover
  // the sentence.
  for (std::string_view results : {" 결과", " 기준"})
    for (std::size_t p = s.find(results); p != std::string_view::npos; p = s.find(results, p + 1)) {
      std::string_view head = s.substr(0, p);
      std::size_t from =
          results == " 결과" ? title_start(s, p, std::string_view::npos) : std::string_view::npos;
      if (from != std::string_view::npos) {
        if (auto who = publisher_before(s, from); !who.empty()) out.push_back({from, who, true});
        continue;
      }
      for (std::string_view work : {" 집계", " 조사", " 분석", " 실태조사", " 설문조사"}) {
        if (!head.ends_with(work)) continue;
        std::string name = korean_name(s, p - work.size());
        if (!name.empty() && !measure_like(name) && !verb_stem(name) && !time_phrase(name))
          out.push_back({p - work.size() - std::min(p - work.size(), name.size()), name, true});
        break;
      }
    }
  std::stable_sort(out.begin(), out.end(),
                   [](const attribution& a, const attribution& b) { return a.pos < b.pos; });
  return out;
}

}  // namespace fc::claims
