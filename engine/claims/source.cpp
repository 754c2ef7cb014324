// Source attribution (claim-language §10): "X는 … 전망했다", "X에 따르면", "according to X",
// "X projects". The nearest attribution before a figure wins; "양사 모두"/"both" distributes.
#include <algorithm>
#include <cctype>
#include <string>

#include "claims/attribution.hpp"
#include "claims/cjk_readings.hpp"
#include "claims/context.hpp"
#include "claims/words.hpp"
#include "lang/lang.hpp"

namespace fc::claims {
namespace {

// "(서울=뉴시스) 가트너", "[서울=뉴시스] 홍길동 기자 = 가트너": a wire service's dateline and
// byline open the lede; they are not part of the source's name.
std::string without_dateline(std::string name) {
  if (!name.empty() && (name[0] == '(' || name[0] == '[')) {
    std::size_t close = name.find(name[0] == '(' ? ')' : ']');
    if (close != std::string::npos && name.substr(0, close).find('=') != std::string::npos)
      name.erase(0, close + 1);
  }
  for (std::string_view byline : {"기자 =", "특파원 =", "기자=", "특파원="})
    if (auto at = name.find(byline); at != std::string::npos && at < 40)
      name.erase(0, at + byline.size());
  std::size_t lead = name.find_first_not_of(' ');
  return lead == std::string::npos ? std::string() : name.substr(lead);
}

// Attributions of a sentence, computed once: every figure of the sentence asks for them.
const std::vector<attribution>& attributions(std::string_view s, bool english) {
  thread_local std::string cached_text;
  thread_local bool cached_english = false;
  thread_local std::vector<attribution> cached;
  if (s == cached_text && english == cached_english && !cached_text.empty()) return cached;
  cached = english ? english_attributions(s) : korean_attributions(s);
  for (auto& a : cached) a.name = without_dateline(std::move(a.name));
  std::erase_if(cached, [](const attribution& a) { return a.name.empty(); });
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
  // "Department of Industry, Science and Resources", "Society of Motor Manufacturers and
  // Traders": an institution named "X of …" keeps its commas and "and" as one name.
  std::size_t first_break = std::min(name.find(','), name.find(" and "));
  if (auto of = name.find(" of "); of != std::string::npos && of < first_break) return {name};
  // "Food and Agriculture Organization": one word, "and", then an institution's name.
  if (auto joint = name.find(" and ");
      joint != std::string::npos && name.substr(0, joint).find(' ') == std::string::npos &&
      lang::words("attribution.institution_words").suffix_of(std::string_view(name)))
    return {name};
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

// "该机构预计", "同社は": a Chinese or Japanese source that points back to the one named before.
bool cjk_anaphor(const sentence_view& sv, std::string_view name) {
  return lang::words(language_of(sv), "cjk.source_anaphors").equal_to(name) != nullptr;
}

std::vector<std::string> named_sources(const sentence_view& sv) {
  if (is_cjk(sv)) {
    auto all = cjk_sources(sv);
    std::erase_if(all, [&](const std::string& n) { return cjk_anaphor(sv, n); });
    return all;
  }
  std::vector<std::string> out;
  for (auto& a : attributions(sv.text, sv.english))
    if (!a.anaphor && std::find(out.begin(), out.end(), a.name) == out.end()) out.push_back(a.name);
  return out;
}

// "협회는 …" after "한국펫산업협회와 업계에 따르면": the source named last, or the one of its
// joint names the common noun names. With none before, an organisation's common noun is a
// vague source of its own ("협회는 … 내다봤다"); a report's is nothing.
std::vector<std::string> resolved_anaphor(const std::string& anaphor,
                                          const std::vector<std::string>& previous) {
  std::string_view noun = anaphor;
  noun.remove_prefix(noun.rfind(' ') == std::string_view::npos ? 0 : noun.rfind(' ') + 1);
  bool organization = lang::words("attribution.organization_anaphors").equal_to(anaphor);
  if (previous.empty()) return organization ? std::vector{anaphor} : std::vector<std::string>{};
  if (organization)
    for (auto it = previous.rbegin(); it != previous.rend(); ++it)
      for (const auto& name : split_names(*it))
        if (name.size() > noun.size() && std::string_view(name).ends_with(noun)) return {name};
  return {previous.back()};
}

void source_memory::remember(const sentence_view& sv, const std::vector<std::string>& named) {
  if (named.empty()) return;
  last = named;
  // "한빛리서치는 '…' 보고서에서 …": a later "보고서는" points back to this publisher.
  if (lang::words(language_of(sv), "attribution.document_anaphors").find_in(sv.text))
    reported = named;
}

std::vector<std::string> find_sources(const sentence_view& sv, std::size_t index,
                                      const source_memory& previous) {
  const auto& previous_sources = previous.last;
  // A Chinese or Japanese sentence's one source (several would be rival estimates of one
  // figure, which these readings do not tell apart).
  if (is_cjk(sv)) {
    auto one = cjk_source_for(sv, sv.mentions[index].begin);
    if (one && cjk_anaphor(sv, *one))
      return previous_sources.empty() ? std::vector<std::string>{}
                                      : std::vector<std::string>{previous_sources.back()};
    return one ? std::vector<std::string>{*one} : std::vector<std::string>{};
  }
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
    bool document = lang::words("attribution.document_anaphors").equal_to(best->name) != nullptr;
    return {resolved_anaphor(
        best->name, document && !previous.reported.empty() ? previous.reported : previous_sources)};
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
