// Source attribution (claim-language §10): "X는 … 전망했다", "X에 따르면", "according to X",
// "X projects". The nearest attribution before a figure wins; "양사 모두"/"both" distributes.
#include <algorithm>
#include <cctype>

#include "claims/context.hpp"

namespace fc::claims {
namespace {

struct attribution {
  std::size_t pos = 0;  ///< where the name starts in the sentence
  std::string name;
  bool sentence_wide = false;  ///< "X에 따르면", "according to X" cover the whole sentence
  bool anaphor = false;        ///< "보고서는", "The report": the source named last, if any
  bool passive = false;        ///< "the $1.1 billion estimated by MSCI": the figure just before
};

bool anaphor_name(std::string_view name) {
  if (name.ends_with(" 보고서") || name.ends_with(" 리포트"))
    return true;  // "협회가 발표한 보고서"
  static const std::string_view names[] = {"보고서",     "리포트",      "이 보고서", "해당 보고서",
                                           "보고서에서", "같은 보고서", "report",    "study",
                                           "firm",       "survey"};
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

bool korean_verb_present(std::string_view s) {
  return contains_any(
      s, {"전망했",   "전망한다", "전망하고", "전망이다", "예측했",   "예측한다", "예측하고",
          "내다봤",   "내다본다", "내다보고", "추산했",   "추산한다", "추정했",   "추정한다",
          "분석했",   "밝혔",     "관측했",   "예상했",   "예상한다", "내놨",     "제시했",
          "봤다",     "본다",     "보고 있",  "집계했",   "발표했",   "평가했",   "잡았다",
          "제시하며", "제시하고", "전망하며", "추산하며", "밝히며",   "내다보며", "예상하며",
          "분석하며", "추정하며"});
}

bool type_noun(std::string_view w) {
  static const std::string_view nouns[] = {"회사",         "업체",     "기관",     "시장조사업체",
                                           "시장조사기관", "조사업체", "조사기관", "컨설팅",
                                           "기업",         "전문"};
  return std::find(std::begin(nouns), std::end(nouns), w) != std::end(nouns);
}

bool measure_like(std::string_view w) {
  return contains_any(w, {"시장", "규모", "매출", "이익", "수출", "투자", "점유율", "비중", "직원",
                          "가격", "가치", "수지", "판매", "성장", "운영비"});
}

bool ends_phrase_ko(std::string_view w) {
  static const std::string_view endings[] = {"며", "고", "다", "서", "면", "를", "을", "에", "로",
                                             "가", "이", "는", "은", "도", "만", "의", "년", "게"};
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
  static const std::string_view last[] = {"하", "있", "없", "되", "지", "오", "보", "나", "라",
                                          "것", "점", "이", "그", "또", "된", "한", "던", "할",
                                          "같", "많", "높", "크", "작", "적", "좋", "낮", "간"};
  for (auto l : last)
    if (name.size() >= l.size() && name.substr(name.size() - l.size()) == l) return true;
  return false;
}

// "2030년에는", "3분기에는", "올해는": a time or place topic, never a source.
bool time_phrase(std::string_view name) {
  if (name.ends_with("에")) return true;
  for (std::size_t i = 0; i < name.size(); ++i)
    if (std::isdigit(static_cast<unsigned char>(name[i])) &&
        (name.substr(i + 1, 3) == "년" || name.substr(i + 1, 3) == "분" ||
         name.substr(i + 1, 3) == "월"))
      return true;
  return name == "올해" || name == "내년" || name == "지난해" || name == "작년";
}

bool capitalized(std::string_view w) {
  return !w.empty() &&
         (std::isupper(static_cast<unsigned char>(w[0])) || w == "&" || w == "of" || w == "and");
}

std::vector<attribution> attributions_uncached(std::string_view s, bool english) {
  std::vector<attribution> out;
  if (!english) {
    bool verb = korean_verb_present(s);
    for (std::string_view m : {"는 ", "은 ", " 역시 "}) {
      for (std::size_t p = verb ? s.find(m) : std::string_view::npos; p != std::string_view::npos;
           p = s.find(m, p + 1)) {
        std::string name = korean_name(s, p);
        if (name.empty() || measure_like(name) || verb_stem(name) || time_phrase(name) ||
            name == "측")  // "회사 측은": the company itself, named before if at all
          continue;
        if (name.find("모두") != std::string::npos || name == "양사" || name == "두" ||
            name.rfind("두 ", 0) == 0 || name.rfind("이들", 0) == 0)
          continue;  // "두 회사는", "이들 기관은": the sources named before, distributed
        out.push_back({p - std::min(p, name.size()), name, false, anaphor_name(name)});
      }
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
    for (std::string_view m : {"에 따르면", "에 의하면", " 예측대로라면", " 전망대로라면",
                               "의 추산", "의 전망", "의 분석", "의 예측"}) {
      for (std::size_t p = s.find(m); p != std::string_view::npos; p = s.find(m, p + 1)) {
        std::string name = korean_name(s, p);
        if (!name.empty() && !measure_like(name))
          out.push_back({p - std::min(p, name.size()), name, true});
      }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const attribution& a, const attribution& b) { return a.pos < b.pos; });
    return out;
  }
  auto ws = words(s);
  std::size_t offset = 0;
  std::vector<std::size_t> starts;
  starts.reserve(ws.size());
  for (auto w : ws) starts.push_back(static_cast<std::size_t>(w.data() - s.data()));
  (void)offset;
  static const std::string_view verbs[] = {
      "sees", "puts", "expects", "projects", "forecasts", "estimates", "predicts",
      "says", "said", "values",  "expected", "projected", "estimated", "reported"};
  for (std::size_t i = 0; i < ws.size(); ++i) {
    std::string_view w = ws[i];
    while (w.size() > 1 && (w.back() == '.' || w.back() == ','))
      w.remove_suffix(1);  // "…, Counterpoint Research said."
    // "These estimates come from IDC", "the $1.1 billion estimated by MSCI": like "according
    // to".
    bool comes_from =
        (w == "from" && i > 0 &&
         (ws[i - 1] == "come" || ws[i - 1] == "comes" || ws[i - 1] == "came")) ||
        (w == "by" && i > 0 &&
         (ws[i - 1] == "estimated" || ws[i - 1] == "projected" || ws[i - 1] == "forecast" ||
          ws[i - 1] == "compiled" || ws[i - 1] == "reported" || ws[i - 1] == "published"));
    if (comes_from ||
        (w == "to" && i > 0 && (ws[i - 1] == "according" || ws[i - 1] == "According")) ||
        w == "Source:" || w == "(Source:") {
      std::string name;
      for (std::size_t k = i + 1; k < ws.size() && capitalized(ws[k]); ++k) {
        std::string_view part = ws[k];
        bool stop = false;
        while (!part.empty() && (part.back() == '.' || part.back() == ',' || part.back() == ')' ||
                                 part.back() == ';'))
          part.remove_suffix(1), stop = true;
        name += (name.empty() ? "" : " ") + std::string(part);
        if (stop) break;
      }
      bool passive = w == "by";
      if (!name.empty()) out.push_back({starts[i], name, !passive, false, passive});
      continue;
    }
    // "Statista's estimate of $6.9 billion": a possessive names the source of its estimate.
    if (i + 1 < ws.size() && (w.ends_with("'s") || w.ends_with("\u2019s")) && capitalized(w)) {
      static const std::string_view estimates[] = {
          "estimate",    "estimates", "forecast", "forecasts", "projection",
          "projections", "figure",    "figures",  "data",      "tally"};
      if (std::find(std::begin(estimates), std::end(estimates), ws[i + 1]) != std::end(estimates)) {
        std::size_t k = i;
        while (k > 0 && capitalized(ws[k - 1]) && ws[k - 1].back() != ',' && i - k < 4) --k;
        std::string name;
        for (std::size_t j = k; j <= i; ++j) name += (name.empty() ? "" : " ") + std::string(ws[j]);
        name.resize(name.size() - (w.ends_with("'s") ? 2 : 4));
        if (name != "It" && name != "The" && name != "Its") out.push_back({starts[k], name, false});
        continue;
      }
    }
    static const std::string_view plural_verbs[] = {"expect",  "estimate", "project", "forecast",
                                                    "predict", "see",      "say"};
    static const std::string_view crowds[] = {"Analysts", "analysts",   "Experts",
                                              "experts",  "Economists", "economists"};
    if (i > 0 &&
        std::find(std::begin(plural_verbs), std::end(plural_verbs), w) != std::end(plural_verbs) &&
        std::find(std::begin(crowds), std::end(crowds), ws[i - 1]) != std::end(crowds)) {
      std::string crowd(ws[i - 1]);
      crowd[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(crowd[0])));
      out.push_back({starts[i - 1], crowd, false});  // a vague source (§10.1)
      continue;
    }
    bool plural =
        std::find(std::begin(plural_verbs), std::end(plural_verbs), w) != std::end(plural_verbs) ||
        w == "put" || w == "value";
    bool joint =
        plural && i >= 3 && ws[i - 2] == "and" && capitalized(ws[i - 1]) && capitalized(ws[i - 3]);
    if ((std::find(std::begin(verbs), std::end(verbs), w) == std::end(verbs) && !joint) || i == 0)
      continue;
    if (i >= 2 && anaphor_name(ws[i - 1]) &&
        (ws[i - 2] == "The" || ws[i - 2] == "the" || ws[i - 2] == "This" || ws[i - 2] == "this")) {
      out.push_back({starts[i - 2], std::string(ws[i - 1]), false, true});  // "The report projects"
      continue;
    }
    std::size_t k = i;
    // "Acme Robotics (NASDAQ: ACMR) said": a ticker in brackets belongs to the name before it.
    std::size_t name_end = i;
    // "IDC also projected", "Gartner now expects": an adverb between the name and its verb.
    if (i >= 2 && (ws[i - 1] == "also" || ws[i - 1] == "now" || ws[i - 1] == "further"))
      name_end = k = i - 1;
    if (name_end >= 2 && ws[name_end - 1].back() == ')' && ws[name_end - 2].front() == '(')
      name_end = k = name_end - 2;
    // "Grand View Research values … and expects it to reach": a second verb of the clause
    // whose subject opened the sentence.
    if (ws[name_end - 1] == "and") {
      std::size_t lead = 0;
      while (lead < name_end && lead < 5 && capitalized(ws[lead]) && ws[lead] != "and" &&
             ws[lead].back() != ',')
        ++lead;
      bool verb_after = lead > 0 && lead < name_end && !ws[lead].empty() &&
                        std::islower(static_cast<unsigned char>(ws[lead][0])) &&
                        (ws[lead].ends_with("s") || ws[lead].ends_with("ed"));
      if (!verb_after || ws[0] == "The" || ws[0] == "It" || ws[0] == "This") continue;
      std::string name;
      for (std::size_t j = 0; j < lead; ++j) name += (name.empty() ? "" : " ") + std::string(ws[j]);
      out.push_back({0, name, false});
      continue;
    }
    while (k > 0 && capitalized(ws[k - 1]) && ws[k - 1].back() != ',' && name_end - k < 5) --k;
    // A name neither opens nor ends with a joining word ("… in 2024 and expects").
    while (k < name_end && (ws[k] == "and" || ws[k] == "of" || ws[k] == "&")) ++k;
    if (k == name_end) continue;
    std::string name;
    for (std::size_t j = k; j < name_end; ++j)
      name += (name.empty() ? "" : " ") + std::string(ws[j]);
    if (name == "These" || name == "This" || name == "Those" || name == "Their" || name == "Its")
      name.clear();
    if (name == "The" || name == "It" || name == "Analysts")
      name = name == "Analysts" ? "analysts" : "";
    // "…, a drop of 10 points, Counterpoint Research said.": a closing attribution after a
    // comma, with no figure after it, stands behind the whole sentence.
    bool closing = k > 0 && ws[k - 1].back() == ',' &&
                   (w == "said" || w == "says" || w == "reported" || w == "estimated") &&
                   std::none_of(s.begin() + static_cast<std::ptrdiff_t>(starts[i]), s.end(),
                                [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (!name.empty()) out.push_back({starts[k], name, closing});
  }
  return out;
}

// Attributions of a sentence, computed once: every figure of the sentence asks for them.
const std::vector<attribution>& attributions(std::string_view s, bool english) {
  thread_local std::string cached_text;
  thread_local bool cached_english = false;
  thread_local std::vector<attribution> cached;
  if (s == cached_text && english == cached_english && !cached_text.empty()) return cached;
  cached = attributions_uncached(s, english);
  cached_text.assign(s);
  cached_english = english;
  return cached;
}

bool distributes(std::string_view s) {
  return contains_any(s, {"양사 모두", "두 기관 모두", "두 회사 모두", "두 회사는", "두 기관은",
                          "이들 기관", "양측 모두"}) ||
         contains_any_ci(s, {"both firms", "both assume", "both see", "both expect", "both project",
                             "both forecast", ", both "});
}

}  // namespace

// "가트너와 IDC", "Gartner and IDC", "A, B and C": the names of a joint attribution.
std::vector<std::string> split_names(const std::string& name) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    while (!cur.empty() && (cur.back() == ' ' || cur.back() == ',')) cur.pop_back();
    while (!cur.empty() && cur.front() == ' ') cur.erase(0, 1);
    if (!cur.empty()) out.push_back(cur);
    cur.clear();
  };
  for (auto w : words(name)) {
    if (w == "and") {  // "Frost & Sullivan", "Ernst & Young": '&' joins one firm's name
      flush();
      continue;
    }
    std::string word(w);
    bool ends = false;
    if (word.size() > 3 && (word.ends_with("와") || word.ends_with("과")))
      word.resize(word.size() - 3), ends = true;
    if (word.back() == ',') word.pop_back(), ends = true;
    cur += (cur.empty() ? "" : " ") + word;
    if (ends) flush();
  }
  flush();
  return out;
}

// The figure's place among the figures of its kind after `from`, and how many there are.
std::pair<std::size_t, std::size_t> ordinal(const sentence_view& sv, std::size_t index,
                                            std::size_t from) {
  std::size_t place = 0, count = 0;
  auto kind = sv.mentions[index].kind;
  for (std::size_t j = 0; j < sv.mentions.size(); ++j) {
    if (sv.mentions[j].kind != kind || sv.mentions[j].begin < from) continue;
    if (j < index) ++place;
    ++count;
  }
  return {place, count};
}

std::vector<std::string> named_sources(const sentence_view& sv) {
  std::vector<std::string> out;
  for (auto& a : attributions(sv.text, sv.english))
    if (!a.anaphor && std::find(out.begin(), out.end(), a.name) == out.end()) out.push_back(a.name);
  return out;
}

std::vector<std::string> find_sources(const sentence_view& sv, std::size_t index,
                                      const std::vector<std::string>& previous_sources) {
  std::size_t fig = sv.mentions[index].begin;
  const auto& all = attributions(sv.text, sv.english);
  // "양사 모두 … 17%": every source of this and the previous sentence, one claim each.
  std::string_view lead = sv.text.substr(0, fig);
  if (distributes(lead)) {
    std::vector<std::string> out = previous_sources;
    for (auto& a : all)
      if (a.pos < fig && std::find(out.begin(), out.end(), a.name) == out.end())
        out.push_back(a.name);
    if (!out.empty()) return out;
  }
  const attribution* best = nullptr;
  // "… matching the $1.1 billion estimated by MSCI": a passive attribution names the figure
  // right before it, and only that one.
  std::size_t fig_end = sv.mentions[index].end;
  for (auto& a : all)
    if (a.passive && a.pos > fig_end && a.pos - fig_end <= 24) return {a.name};
  for (auto& a : all)
    if (!a.sentence_wide && !a.passive && a.pos < fig && (!best || a.pos > best->pos)) best = &a;
  if (!best)
    for (auto& a : all)
      if (a.sentence_wide) {
        best = &a;
        break;
      }
  if (!best) return {};
  if (best->anaphor) {
    if (previous_sources.empty()) return {};
    return {previous_sources.back()};
  }
  auto names = split_names(best->name);
  if (names.size() < 2) return {best->name};
  // "가트너와 IDC는 … 각각 710억 달러, 670억 달러": one figure per source, in order; without
  // 각각/respectively both sources stand behind every figure.
  if (contains_any(sv.text, {"각각"}) || contains_any_ci(sv.text, {"respectively"})) {
    auto [place, count] = ordinal(sv, index, best->pos);
    if (count == names.size()) return {names[place]};
  }
  return names;
}

}  // namespace fc::claims
