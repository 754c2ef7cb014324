// English attributions: "according to X" and its descriptions ("a new report by X"), a name
// before its reporting verb ("IDC projects", "Gartner, which …, puts"), a closing "…, X said",
// a possessive "X's estimate" and a passive "estimated by X".
#include <algorithm>
#include <cctype>
#include <optional>

#include "claims/attribution.hpp"
#include "claims/context.hpp"
#include "lang/lang.hpp"

namespace fc::claims {
namespace {

bool source_description(std::string_view w) {
  static const std::string_view words[] = {
      "a",         "an",       "the",      "new",          "recent",      "latest",     "fresh",
      "annual",    "updated",  "joint",    "separate",     "preliminary", "final",      "report",
      "reports",   "study",    "analysis", "survey",       "forecast",    "forecasts",  "estimate",
      "estimates", "data",     "figures",  "research",     "consultancy", "firm",       "provider",
      "group",     "industry", "body",     "association",  "tracker",     "researcher", "market",
      "analytics", "advisory", "trade",    "by",           "from",        "of",         "released",
      "published", "compiled", "issued",   "commissioned", "global",      "quarterly",  "monthly"};
  return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// A lowercase word inside a source's description ("ship-tracking data compiled by"), never
// one that ends a clause.
bool lower_description(std::string_view w) {
  if (w.empty() || w.back() == ',' || w.back() == '.' || w.back() == ';') return false;
  if (source_description(w)) return true;
  // "Singapore-based research firm Kopi Analytics": where a firm is based describes it.
  if (w.ends_with("-based") || w.ends_with("-headquartered")) return true;
  return std::islower(static_cast<unsigned char>(w[0])) &&
         std::none_of(w.begin(), w.end(),
                      [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// "figures released on Friday", "data published in March": a date, not a name.
bool calendar_word(std::string_view w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
  // Capitalised only: "may" is a verb.
  return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])) &&
         lang::words("attribution.calendar_words").equal_to(w);
}

// "Rival consultancy Voltaire Analytics is more cautious, projecting 1,520 GWh", "…, while
// Brookmere Capital takes a shorter view, projecting …", "Brookmere, which excludes court rentals,
// is more conservative and puts …": the name that opens the clause (the sentence, or one a contrast
// opens; with `sentence_opening`, the sentence) of the estimate verb at `i`, written after a
// clause about that name.
std::optional<attribution> clause_opening_name(const std::vector<std::string_view>& ws,
                                               const std::vector<std::size_t>& starts,
                                               std::size_t i, bool sentence_opening) {
  const auto& copulas = lang::words("attribution.copulas");
  std::size_t open = 0;
  for (std::size_t x = i - 1; x-- > 0 && !sentence_opening;)  // past "and", "but" before i
    if (lang::words("attribution.clause_openers").equal_to(ws[x]) || ws[x].ends_with(";")) {
      open = x + 1;
      break;
    }
  auto name_of = [&](std::size_t b, std::size_t e) {
    std::string name;
    for (std::size_t x = b; x < e; ++x) name += (name.empty() ? "" : " ") + std::string(ws[x]);
    if (name.ends_with(",")) name.pop_back();
    return attribution{starts[b], name, false};
  };
  // "Brookmere, which excludes …, is": the name and an aside about it before the clause's verb.
  std::size_t run = open;
  while (run < i && run - open < 4 && capitalized(ws[run]) && !ws[run].ends_with(",")) ++run;
  // The aside closes at a comma, and a verb of the name's own clause follows it.
  std::size_t close = run + 2;
  while (close < i && !ws[close].ends_with(",")) ++close;
  if (run < i && capitalized(ws[run]) && ws[run].ends_with(",") && run + 1 < i &&
      lang::words("attribution.aside_openers").equal_to(ws[run + 1]) && close + 1 < i &&
      std::islower(static_cast<unsigned char>(ws[close + 1][0])))
    return name_of(open, run + 1);
  std::size_t v = open;
  while (v < i && v < open + 8 && !copulas.equal_to(ws[v])) ++v;
  std::size_t b = v;
  while (b > open && capitalized(ws[b - 1]) && v - b < 4) --b;
  // "Rival Tamsin Research is more cautious": the clause's first word describes the name.
  if (b == open && v > open + 1 && lang::words("attribution.name_descriptors").equal_to(ws[open]))
    ++b;
  if (v < i && b < v && !(b == open && v == open + 1 && (ws[open] == "It" || ws[open] == "The")))
    return name_of(b, v);
  return std::nullopt;
}

}  // namespace

bool capitalized(std::string_view w) {
  return !w.empty() &&
         (std::isupper(static_cast<unsigned char>(w[0])) || w == "&" || w == "of" || w == "and");
}

// "the Department of Industry, Science and Resources said", "the Society of Motor
// Manufacturers and Traders said": an institution named "X of A, B and C" is one name, its
// commas and "and" included. `k` is where the capitalized run before the verb starts.
std::size_t institution_start(const std::vector<std::string_view>& ws, std::size_t k) {
  std::size_t p = k;
  if (p >= 1 && p < ws.size() && ws[p] == "of") ++p;  // the run stopped right after "X of"
  if (p >= 2 && ws[p - 1] == "and" && capitalized(ws[p - 2])) p -= 2;
  while (p >= 2 && capitalized(ws[p - 1]) && ws[p - 1].back() == ',') --p;
  for (int n = 0;
       n < 3 && p >= 2 && capitalized(ws[p - 1]) && ws[p - 1].back() != ',' && ws[p - 1] != "of";
       ++n)
    --p;
  if ((p == k && ws[k] != "of") || p < 2 || ws[p - 1] != "of" || !capitalized(ws[p - 2])) return k;
  std::size_t start = p - 2;
  while (start > 0 && capitalized(ws[start - 1]) && ws[start - 1].back() != ',' && p - start < 4)
    --start;
  return start;
}

std::vector<attribution> english_attributions(std::string_view s) {
  std::vector<attribution> out;
  auto ws = words(s);
  std::vector<std::size_t> starts;
  starts.reserve(ws.size());
  for (auto w : ws) starts.push_back(static_cast<std::size_t>(w.data() - s.data()));
  const auto& verbs = lang::words("attribution.source_verbs");
  // "Newzoo has trimmed its forecast": a publisher revising its own figures. Only with "its"
  // after it: "Acme raised $50 million in funding" is not a forecast.
  static const std::string_view revision_verbs[] = {"trimmed", "raised",   "lowered",
                                                    "revised", "upgraded", "downgraded"};
  for (std::size_t i = 0; i < ws.size(); ++i) {
    std::string_view w = ws[i];
    while (w.size() > 1 && (w.back() == '.' || w.back() == ','))
      w.remove_suffix(1);  // "…, Counterpoint Research said."
    bool participle = i > 1 && ws[i - 1].ends_with(",") &&
                      lang::words("attribution.estimate_participles").equal_to(w);
    bool joined = i > 1 && (ws[i - 1] == "and" || ws[i - 1] == "but") && verbs.equal_to(w);
    // "Brookmere is less upbeat on size, not on pace: it sees …": the pronoun
    // is the name that opens the sentence.
    bool pronoun = i > 1 && ws[i - 1] == "it" && ws[i - 2].ends_with(":") && verbs.equal_to(w);
    // "…, while IQVIA takes a more conservative view at $74bn": the estimate the clause's name
    // holds, placed at its figure.
    bool estimate_at = w == "at" && i > 2 && !ws[i - 1].ends_with(",") &&
                       lang::words("attribution.estimate_nouns").equal_to(ws[i - 1]);
    if (participle || joined || pronoun || estimate_at)
      if (auto a = clause_opening_name(ws, starts, i, pronoun)) out.push_back(std::move(*a));
    // "These estimates come from IDC", "the $1.1 billion estimated by MSCI": like "according
    // to".
    // "a report released on Monday by Kestrel Research": a date may stand between.
    auto made_by = [&](std::size_t v) {
      return lang::words("attribution.made_by_verbs").equal_to(ws[v]) != nullptr;
    };
    bool dated_by = w == "by" && i >= 3 && made_by(i - 3) && ws[i - 2] == "on" &&
                    calendar_word(ws[i - 1]) && !ws[i - 1].ends_with(",");
    bool comes_from = (w == "from" && i > 0 &&
                       (ws[i - 1] == "come" || ws[i - 1] == "comes" || ws[i - 1] == "came")) ||
                      (w == "by" && i > 0 && made_by(i - 1) && ws[i - 1] != "released" &&
                       ws[i - 1] != "issued") ||
                      dated_by;
    if (comes_from ||
        (w == "to" && i > 0 && (ws[i - 1] == "according" || ws[i - 1] == "According")) ||
        w == "Source:" || w == "(Source:") {
      std::string name;
      std::size_t first = i + 1;
      // "according to a new report by Fortune Business Insights", "data from the
      // Semiconductor Industry Association", "a report by consultancy Structure Research":
      // the description before the name is not the name.
      while (first < ws.size() && first - i <= 7 && lower_description(ws[first])) ++first;
      if (first < ws.size() && (!capitalized(ws[first]) || calendar_word(ws[first]))) first = i + 1;
      // "According to the report, …": the report named before.
      if (first == i + 1 && i + 2 < ws.size() &&
          (ws[i + 1] == "the" || ws[i + 1] == "this" || ws[i + 1] == "that")) {
        std::string_view noun = ws[i + 2];
        while (!noun.empty() && (noun.back() == ',' || noun.back() == '.')) noun.remove_suffix(1);
        if (anaphor_name(noun)) {
          out.push_back({starts[i], std::string(noun), true, true});
          continue;
        }
      }
      for (std::size_t k = first; k < ws.size() && capitalized(ws[k]); ++k) {
        std::string_view part = ws[k];
        bool stop = false;
        while (!part.empty() && (part.back() == '.' || part.back() == ',' || part.back() == ')' ||
                                 part.back() == ';'))
          part.remove_suffix(1), stop = true;
        // "according to Newzoo's latest Global Games Market Report": the publisher.
        bool possessive = part.ends_with("'s") || part.ends_with("\u2019s");
        if (possessive) part.remove_suffix(part.ends_with("'s") ? 2 : 4);
        name += (name.empty() ? "" : " ") + std::string(part);
        if (stop || possessive) break;
      }
      // "the $1.1 billion estimated by MSCI" names the figure before it; a report released on a
      // day names the whole sentence.
      bool passive = w == "by" && !dated_by;
      if (!name.empty()) out.push_back({starts[i], name, !passive, false, passive});
      continue;
    }
    // "Statista's estimate of $6.9 billion", "Beta Partners' projection".
    if (auto a = possessive_estimate(ws, starts, i)) {
      out.push_back(std::move(*a));
      continue;
    }
    static const std::string_view plural_verbs[] = {"expect",  "estimate", "project", "forecast",
                                                    "predict", "see",      "say"};
    static const std::string_view crowds[] = {"Analysts", "analysts",   "Experts",
                                              "experts",  "Economists", "economists"};
    // What a crowd of analysts does with figures: says, writes, notes, estimates.
    static const std::string_view crowd_verbs[] = {"said",     "wrote",    "noted",     "estimated",
                                                   "expected", "forecast", "predicted", "write",
                                                   "note",     "reckon",   "believe"};
    bool crowd_verb =
        std::find(std::begin(plural_verbs), std::end(plural_verbs), w) != std::end(plural_verbs) ||
        std::find(std::begin(crowd_verbs), std::end(crowd_verbs), w) != std::end(crowd_verbs);
    if (i > 0 && crowd_verb &&
        std::find(std::begin(crowds), std::end(crowds), ws[i - 1]) != std::end(crowds)) {
      // "UBS analysts wrote", "Morgan Stanley economists expect": the firm they work for.
      std::size_t k = i - 1;
      while (k > 0 && i - 1 - k < 3 && capitalized(ws[k - 1]) && ws[k - 1].back() != ',' &&
             ws[k - 1] != "The" && ws[k - 1] != "Some" && ws[k - 1] != "Many")
        --k;
      bool closing = k > 0 && ws[k - 1].back() == ',';
      if (k < i - 1) {
        std::string firm;
        for (std::size_t j = k; j < i - 1; ++j)
          firm += (firm.empty() ? "" : " ") + std::string(ws[j]);
        out.push_back({starts[k], firm, closing});
        continue;
      }
      std::string crowd(ws[i - 1]);
      crowd[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(crowd[0])));
      out.push_back({starts[i - 1], crowd, false});  // a vague source (§10.1)
      continue;
    }
    // "Analysts at Brookmere Capital now forecast": the firm the crowd works at.
    if (crowd_verb) {
      std::size_t v = i;
      if (v > 0 && lang::words("attribution.adverbs_before_verb").equal_to(ws[v - 1])) --v;
      std::size_t k = v;
      while (k > 0 && v - k < 4 && capitalized(ws[k - 1]) && !ws[k - 1].ends_with(",")) --k;
      if (k < v && k >= 2 && (ws[k - 1] == "at" || ws[k - 1] == "from") &&
          std::find(std::begin(crowds), std::end(crowds), ws[k - 2]) != std::end(crowds)) {
        std::string firm;
        for (std::size_t j = k; j < v; ++j) firm += (firm.empty() ? "" : " ") + std::string(ws[j]);
        out.push_back({starts[k - 2], firm, false});
        continue;
      }
    }
    bool plural =
        std::find(std::begin(plural_verbs), std::end(plural_verbs), w) != std::end(plural_verbs) ||
        w == "put" || w == "value";
    bool joint =
        plural && i >= 3 && ws[i - 2] == "and" && capitalized(ws[i - 1]) && capitalized(ws[i - 3]);
    // "Barclays has put", "IDC has forecast": a perfect tense of a verb whose past is its base.
    bool perfect = i >= 2 && (ws[i - 1] == "has" || ws[i - 1] == "have") &&
                   (w == "put" || w == "forecast" || w == "predicted");
    bool revises = std::find(std::begin(revision_verbs), std::end(revision_verbs), w) !=
                       std::end(revision_verbs) &&
                   i + 1 < ws.size() && (ws[i + 1] == "its" || ws[i + 1] == "their");
    if ((!verbs.equal_to(w) && !joint && !perfect && !revises) || i == 0) continue;
    // "…, Counterpoint said.", "…, Kestrel Research estimates, implying …": a verb that may
    // close a sentence's attribution after a comma.
    bool says = lang::words("attribution.closing_verbs").equal_to(w) != nullptr;
    if (i >= 2 && anaphor_name(ws[i - 1]) &&
        (ws[i - 2] == "The" || ws[i - 2] == "the" || ws[i - 2] == "This" || ws[i - 2] == "this")) {
      out.push_back({starts[i - 2], std::string(ws[i - 1]), false, true});  // "The report projects"
      // "…, the report said.": it also stands behind the figures before it.
      if (says && i >= 3 && ws[i - 3].back() == ',')
        out.push_back({starts[i - 2], std::string(ws[i - 1]), true, true});
      continue;
    }
    // "Utility-scale projects made up 41.4 GW": a plural noun before a verb, not a verb.
    if (w.ends_with("s") && i + 1 < ws.size() &&
        (ws[i + 1].ends_with("ed") ||
         lang::words("attribution.verbs_after_plural_noun").equal_to(ws[i + 1])))
      continue;
    std::size_t k = i;
    // "Acme Robotics (NASDAQ: ACMR) said": a ticker in brackets belongs to the name before it.
    std::size_t name_end = i;
    // "WSTS on Tuesday raised its forecast": the day between the name and its verb.
    if (i >= 3 && ws[i - 2] == "on" && calendar_word(ws[i - 1])) name_end = k = i - 2;
    // "Gartner analyst Laura Chen said": the analyst speaks for the firm named before the title.
    {
      std::size_t p = name_end;
      while (p > 0 && capitalized(ws[p - 1]) && ws[p - 1].back() != ',' && name_end - p < 3) --p;
      std::size_t t = p;
      while (t > 0 && p - t < 3 && lang::words("attribution.speaker_titles").equal_to(ws[t - 1]))
        --t;
      if (t < p && p < name_end && t > 0 && capitalized(ws[t - 1]) && ws[t - 1].back() != ',')
        name_end = k = t;
    }
    // "IDC also projected", "Gartner now expects": an adverb between the name and its verb.
    if (i >= 2 && lang::words("attribution.adverbs_before_verb").equal_to(ws[i - 1]))
      name_end = k = i - 1;
    if (name_end >= 2 && ws[name_end - 1].back() == ')' && ws[name_end - 2].front() == '(')
      name_end = k = name_end - 2;
    // "World Semiconductor Trade Statistics (WSTS) said": the abbreviation of the name.
    else if (name_end >= 2 && ws[name_end - 1].front() == '(' && ws[name_end - 1].back() == ')')
      name_end = k = name_end - 1;
    // "Still, Grand View Research, which puts the 2021 market at $8.3 billion, argues": the
    // relative clause's verb is the name's. So is its second verb ("Kestrel Capital, which is
    // more bullish and sees 2026 sales of $880 billion").
    std::size_t relative = name_end - 1;
    if (name_end >= 2 && ws[name_end - 1] == "and")
      while (relative + 8 > name_end && relative > 1 && ws[relative] != "which" &&
             ws[relative] != "who" && !ws[relative].ends_with(","))
        --relative;
    if (relative >= 2 && (ws[relative] == "which" || ws[relative] == "who") &&
        ws[relative - 1].back() == ',' && capitalized(ws[relative - 1])) {
      std::size_t j = relative - 1, b = j;
      while (b > 0 && capitalized(ws[b - 1]) && ws[b - 1].back() != ',' && j - b < 4) --b;
      // "those of Tamsworth Research, which …": a name opens with a capital, never "of".
      while (b < j && !std::isupper(static_cast<unsigned char>(ws[b][0]))) ++b;
      std::string name;
      for (std::size_t x = b; x <= j; ++x)
        name += (name.empty() ? "" : " ") +
                std::string(x == j ? ws[x].substr(0, ws[x].size() - 1) : ws[x]);
      if (name != "The" && name != "It") out.push_back({starts[b], name, false});
      continue;
    }
    // "Research firm Gartner, which tracks vendor revenue …, puts", "SolarPower Europe, in its
    // medium scenario, puts": the name before the aside.
    if (name_end >= 3 && ws[name_end - 1].back() == ',')
      for (std::size_t j = name_end - 1; j-- > 0 && name_end - j < 16;) {
        if (ws[j].back() != ',') continue;
        std::string_view name_word = ws[j].substr(0, ws[j].size() - 1);
        // "Analysys Mason, using a broader definition …, puts": a participle opens it too.
        bool participle = ws[j + 1].size() > 4 && ws[j + 1].ends_with("ing") &&
                          std::islower(static_cast<unsigned char>(ws[j + 1][0]));
        if ((participle || lang::words("attribution.aside_openers").equal_to(ws[j + 1])) &&
            capitalized(name_word)) {
          std::size_t b = j;
          while (b > 0 && capitalized(ws[b - 1]) && ws[b - 1].back() != ',' && j - b < 4) --b;
          while (b < j && (ws[b] == "and" || ws[b] == "of" || ws[b] == "&")) ++b;
          std::string name;
          for (std::size_t x = b; x <= j; ++x)
            name += (name.empty() ? "" : " ") + std::string(x == j ? name_word : ws[x]);
          if (name != "The" && name != "It") out.push_back({starts[b], name, false});
        }
        break;
      }
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
    k = institution_start(ws, k);
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
    // With figures after it as well ("…, SEAJ said Tuesday, up from a previous forecast of
    // ¥4.04 trillion"), it names the figures before it and, as the nearest, those after it.
    // "…, the Semiconductor Equipment Association of Japan said", "…, market researcher
    // Kantar said on Wednesday": a comma, then at most a short description, then the name.
    std::size_t lead = k;
    while (lead > 0 && k - lead < 4 && ws[lead - 1].back() != ',' &&
           (ws[lead - 1] == "the" || ws[lead - 1] == "The" || source_description(ws[lead - 1]) ||
            ws[lead - 1].ends_with("-based")))  // "…, Taiwan-based market researcher X said"
      --lead;
    bool closing = says && lead > 0 && ws[lead - 1].back() == ',';
    bool figures_after =
        std::any_of(s.begin() + static_cast<std::ptrdiff_t>(starts[i]), s.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (name.empty()) continue;
    out.push_back({starts[k], name, closing && !figures_after});
    if (closing && figures_after) out.push_back({starts[k], name, true});
  }
  return out;
}

}  // namespace fc::claims
