// Chinese and Japanese readings (claim-language §13-14). Chinese writes no spaces and Japanese
// separates words with particles, so a name is read backwards from its head word over letters
// until a function word, a digit or punctuation ends it. The words are language data.
#include "claims/cjk_readings.hpp"

#include <algorithm>
#include <cctype>

#include "claims/readings.hpp"
#include "claims/words.hpp"
#include "grammar/lexicon.hpp"
#include "lang/lang.hpp"
#include "support/utf8.hpp"

namespace fc::claims {
namespace {

using grammar::mention;
using grammar::rate_word;

bool letter(char32_t c) {
  return utf8::is_cjk_letter(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         c == 0x30FB /* ・ */ || c == 0x30FC /* ー */;
}

bool hiragana(char32_t c) { return c >= 0x3041 && c <= 0x309F; }

// The start of the name that ends at `end`: back over letters (and a bracketed gloss written
// inside the name, "机器人产业观察（RIO）"), up to a function word, a digit or punctuation.
std::size_t name_start(std::string_view s, std::size_t end, const lang::word_list& stops,
                       bool japanese, const lang::word_list* keep = nullptr) {
  std::size_t at = end;
  while (at > 0) {
    // "数据中心": a name's word that holds a stop (cjk.name_words) is read as one.
    if (const auto* w = keep ? keep->suffix_of(s.substr(0, at)) : nullptr) {
      at -= w->word.size();
      continue;
    }
    if (stops.suffix_of(s.substr(0, at))) break;
    char32_t c = utf8::before(s, at);
    if (c == 0xFF09 /* ） */ || c == ')') {
      std::size_t open = s.rfind(c == ')' ? "(" : "（", at);
      if (open == std::string_view::npos || at - open > 40) break;
      at = open;
      continue;
    }
    // "ArcLight Insights", "ミナト リサーチ ラボ": a space between Latin letters or katakana is
    // inside the name.
    auto name_char = [&](char32_t d) {
      return (d < 0x80 && std::isalpha(static_cast<int>(d))) || (d >= 0x30A1 && d <= 0x30FC);
    };
    if (c == ' ' && at >= 2 && name_char(utf8::before(s, at - 1)) && at < s.size() &&
        name_char(utf8::at(s, at))) {
      --at;
      continue;
    }
    if (!letter(c) || (japanese && hiragana(c))) break;
    std::size_t len = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    at -= len;
  }
  return at;
}

lang::lang_id language(const sentence_view& sv) { return language_of(sv); }

// The length of `s` without a date or time word it ends with ("12月18日", "21日", "日前",
// "最新"): what is left names.
std::size_t without_date(std::string_view s, lang::lang_id language) {
  std::size_t end = s.size();
  const auto& date_words = lang::words(language, "cjk.date_words");
  for (bool more = true; more;) {
    more = false;
    if (const auto* w = date_words.suffix_of(s.substr(0, end))) end -= w->word.size(), more = true;
    for (std::string_view unit : {"日", "月", "年"})
      if (s.substr(0, end).ends_with(unit) && end > unit.size() &&
          std::isdigit(static_cast<unsigned char>(s[end - unit.size() - 1]))) {
        end -= unit.size();
        while (end > 0 && std::isdigit(static_cast<unsigned char>(s[end - 1]))) --end;
        more = true;
      }
  }
  return end;
}

bool japanese(const sentence_view& sv) { return sv.language == "ja"; }

}  // namespace

bool is_cjk(const sentence_view& sv) { return sv.language == "zh" || sv.language == "ja"; }

rate_reading cjk_rate(const sentence_view& sv, const mention& m) {
  rate_reading r;
  r.negative = m.decline || m.negative;           // "下降5%", "约为-3.6%"
  if (m.kind == grammar::mention_kind::points) {  // "3ポイント上昇", "提高2个百分点"
    r.kind = claim_kind::change, r.rk = rate_kind::points;
    return r;
  }
  // "同比增速回落至18.0%左右": growth that slowed to a rate is still growth (cjk.growth_nouns).
  if (m.decline && !m.negative) {
    std::string_view b = own_before(sv.text, m.begin, 30);
    b.remove_suffix(trailing_prefix_hedge(b));
    if (lang::words(language(sv), "shares.reached_before").suffix_of(b) &&
        lang::words(language(sv), "cjk.growth_nouns").in(b))
      r.negative = false;
  }
  // "27年には8300億円と年2%程度の緩やかな回復": a year word right before a rate, after no digit
  // (not "2027年2%"), makes it a rate a year (cjk.annual_before).
  std::string_view lead = sv.text.substr(0, m.begin);
  if (const auto* a = lang::words(language(sv), "cjk.annual_before").suffix_of(lead);
      a && m.rate_cue != rate_word::yoy && m.rate_cue != rate_word::qoq) {
    std::string_view rest = lead.substr(0, lead.size() - a->word.size());
    if (rest.empty() || !std::isdigit(static_cast<unsigned char>(rest.back()))) {
      r.rk = rate_kind::cagr;
      return r;
    }
  }
  // "比重预计将由2023年的约23%提升至2027年的约30%", "份额由52.3%增至68.0%": a percentage a move
  // starts from or reaches, in a clause that names a share, is the share's level.
  if (m.rate_cue != rate_word::cagr && m.rate_cue != rate_word::yoy && share_level_of_move(sv, m)) {
    r.kind = claim_kind::share;
    r.rk = rate_kind::none;
    return r;
  }
  switch (m.rate_cue) {
    case rate_word::cagr:
      r.rk = rate_kind::cagr;
      return r;
    case rate_word::yoy:
      r.rk = rate_kind::yoy;
      return r;
    case rate_word::qoq:
      r.rk = rate_kind::other;
      r.other_basis = true;
      return r;
    case rate_word::growth:
      r.rk = rate_kind::total;
      return r;
    case rate_word::none:
      break;
  }
  // "占比达到35%", "シェアは25%", "全体の6割を占める": a share, named within its clause.
  // The share word may open a long clause ("シェアは首位の日本コスメティックファクトリーが38%"):
  // look back to the figure before.
  const auto& shares = lang::words(language(sv), "cjk.share_words");
  if (shares.in(own_before(sv.text, m.begin, 150)) || shares.in(after(sv.text, m.end, 18))) {
    r.kind = claim_kind::share;
    r.rk = rate_kind::none;
    return r;
  }
  // "恢复至2019年1313亿美元的约72%": a proportion of the level before it.
  std::string_view unhedged = without_cjk_hedge(sv.text.substr(0, m.begin));
  // Only right after an amount: "B社の30.5%" names a share's holder, not a level.
  if (const auto* of = lang::words(language(sv), "shares.proportion_before").suffix_of(unhedged))
    for (const auto& x : sv.mentions)
      if (x.kind == grammar::mention_kind::amount && x.end + of->word.size() == unhedged.size()) {
        r.kind = claim_kind::share, r.rk = rate_kind::none;
        return r;
      }
  r.uncued = true;
  return r;
}

hedge cjk_hedge(const mention& m) {
  hedge h;
  if (m.hedge != grammar::hedge_word::none) h.name = std::string(grammar::name(m.hedge));
  return h;
}

namespace {

// The subject whose head ends last in `lead`.
std::optional<subject_phrase> subject_in(const sentence_view& sv, std::string_view lead) {
  const auto& heads = lang::words(language(sv), "cjk.subject_heads");
  const auto& stops = lang::words(language(sv), "cjk.function_chars");
  // The last head before the figure; the longest head that ends there names it.
  std::size_t best_end = 0;
  bool market = false;
  // "国内医療DX関連市場（事業者売上高ベース）": a head inside brackets states the basis.
  auto bracketed = [&](std::size_t at) {
    std::string_view before_head = lead.substr(0, at);
    for (auto [open, close] :
         {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}})
      if (std::size_t o = before_head.rfind(open);
          o != std::string_view::npos && before_head.find(close, o) == std::string_view::npos)
        return true;
    return false;
  };
  // "受益于大型储能装机放量，预计…105亿元": a head inside a clause of cause names no subject.
  auto in_cause = [&](std::size_t at) {
    std::string_view clause = lead.substr(0, at);
    for (std::string_view comma : {"，", ","})
      if (std::size_t at_comma = clause.rfind(comma); at_comma != std::string_view::npos)
        clause.remove_prefix(at_comma + comma.size());
    return lang::words(language(sv), "cjk.cause_openers").prefix_of(clause) != nullptr;
  };
  // "零售产品占比约21%": a head word right before the noun it modifies heads nothing
  // (cjk.head_modifies).
  const auto& modified = lang::words(language(sv), "cjk.head_modifies");
  for (const auto& e : heads.entries()) {
    std::size_t at = lang::rfind(lead, e);
    while (at != std::string_view::npos && modified.prefix_of(lead.substr(at + e.word.size())))
      at = lang::rfind(lead.substr(0, at), e);
    if (at == std::string_view::npos || bracketed(at) || in_cause(at)) continue;
    std::size_t end = at + e.word.size();
    if (end > best_end) {
      best_end = end;
      market = e.word.find("市场") != std::string::npos ||
               e.word.find("市場") != std::string::npos || e.word.find("规模") != std::string::npos;
    }
  }
  if (!best_end) return std::nullopt;
  // A head with nothing before it ("市场规模将增长至232亿元") is the market named last, as a
  // bare "시장 규모" or "the market" is.
  std::size_t head_begin = best_end;
  for (const auto& e : heads.entries())
    if (sv.text.substr(0, best_end).ends_with(e.word))
      head_begin = std::min(head_begin, best_end - e.word.size());
  // The name is read back from the head's start: a head keeps its own words ("新增装机").
  std::size_t start = name_start(sv.text, head_begin, stops, japanese(sv),
                                 &lang::words(language(sv), "cjk.name_words"));
  // "2035年度の同市場", "该市场": a word that points back names no market of its own.
  if (const auto* a = lang::words(language(sv), "cjk.subject_anaphors")
                          .prefix_of(sv.text.substr(start, head_begin - start));
      a && start + a->word.size() == head_begin)
    start = head_begin;
  // "日本国内の需要額": a scope before a possessive names a bare head apart.
  if (start == head_begin)
    for (const auto& p : lang::words(language(sv), "time.year_possessives").entries())
      if (std::string_view named = sv.text.substr(0, head_begin); named.ends_with(p.word))
        if (const auto* s = lang::words(language(sv), "cjk.scope_possessors")
                                .suffix_of(named.substr(0, named.size() - p.word.size())))
          return subject_phrase{
              s->word + std::string(sv.text.substr(head_begin, best_end - head_begin)), true,
              market};
  return subject_phrase{std::string(sv.text.substr(start, best_end - start)), start < head_begin,
                        market};
}

}  // namespace

std::optional<subject_phrase> cjk_subject(const sentence_view& sv, std::size_t index) {
  std::string_view lead = sv.text.substr(0, sv.mentions[index].begin);
  auto found = subject_in(sv, lead);
  if (!found) return topic_subject(sv, lead);
  // "今年中国PC市场仍将延续下滑态势，出货量同比下降约7.9%": a bare measure (not a market's
  // size) is of the market its own sentence named before it.
  if (found->named || found->market) return found;
  std::size_t head = lead.rfind(found->display);
  if (head == std::string_view::npos) return found;
  auto earlier = subject_in(sv, lead.substr(0, head));
  if (!earlier || !earlier->named || !earlier->market ||
      !earlier->display.ends_with(japanese(sv) ? "市場" : "市场"))
    return found;
  return subject_phrase{earlier->display + found->display, true, false};
}

std::vector<cjk_source> cjk_sources_at(const sentence_view& sv) {
  std::vector<cjk_source> out;
  auto add = [&](std::size_t at, std::string_view name) {
    while (!name.empty() && (name.front() == ' ' || name.back() == ' '))
      name = name.front() == ' ' ? name.substr(1) : name.substr(0, name.size() - 1);
    // "据此测算": "this" is no name; one character names nothing.
    std::size_t letters = 0;
    for (char ch : name) letters += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    if (letters < 2 || name.size() > 60) return;
    // "…の推計によると": "推計" is the marker's own word, not a name.
    for (const auto& w : lang::words(language(sv), "cjk.source_after").entries())
      if (w.word.find(name) != std::string::npos) return;
    for (const auto& o : out)
      if (o.name == name) return;
    // "市场调研机构LightCounting": the kind of publisher before its name is no part of it.
    while (const auto* d = lang::words(language(sv), "cjk.source_descriptors").prefix_of(name))
      if (name.size() > d->word.size())
        name.remove_prefix(d->word.size());
      else
        break;
    // "在同一份报告中测算": a report, not its publisher (cjk.not_source_words).
    if (lang::words(language(sv), "cjk.not_source_words").in(name)) return;
    out.push_back({at, std::string(name)});
  };
  const auto lang_id = language(sv);
  const auto& stops = lang::words(lang_id, "cjk.function_chars");
  const auto& after_words = lang::words(lang_id, "cjk.source_after");
  // "据中商产业研究院预测": between the word before and the word after.
  for (const auto& b : lang::words(lang_id, "cjk.source_before").entries())
    for (std::size_t at = lang::find(sv.text, b); at != std::string_view::npos;
         at = lang::find(sv.text, b, at + 1)) {
      std::size_t from = at + b.word.size();
      std::size_t to = std::string_view::npos;
      for (const auto& a : after_words.entries())
        if (std::size_t p = lang::find(sv.text, a, from); p != std::string_view::npos && p < to)
          to = p;
      if (to != std::string_view::npos && to - from <= 60)
        add(at, sv.text.substr(from, without_date(sv.text.substr(from, to - from), lang_id)));
    }
  // "RIO预计", "远瞻资本研究部给出的", "矢野経済研究所によると": the name right before the word
  // after, past a date ("味澜研究院12月18日发布的").
  for (const auto& a : after_words.entries())
    for (std::size_t at = lang::find(sv.text, a); at != std::string_view::npos;
         at = lang::find(sv.text, a, at + 1)) {
      std::size_t end = without_date(sv.text.substr(0, at), lang_id);
      if (end == 0 || lang::words(lang_id, "cjk.source_before").suffix_of(sv.text.substr(0, end)))
        continue;
      std::size_t start = name_start(sv.text, end, stops, japanese(sv));
      if (start < end) add(start, sv.text.substr(start, end - start));
    }
  // "富士キメラ総研は、国内…との予測をまとめた": a name that opens the sentence as its topic,
  // in a sentence that reports.
  // "GaNパワー半導体は、…2500億円が予測される": a passive report names no reporter.
  if (out.empty() && lang::words(lang_id, "cjk.report_verbs").in(sv.text) &&
      !lang::words(lang_id, "cjk.passive_reports").in(sv.text))
    for (const auto& t : lang::words(lang_id, "cjk.topic_particles").entries()) {
      std::size_t at = lang::find(sv.text, t);
      if (at == std::string_view::npos || at == 0 || at > 60) continue;
      std::size_t start = name_start(sv.text, at, stops, japanese(sv));
      std::string_view name = sv.text.substr(start, at - start);
      // "一方、調査会社メディアスケープ・ラボは": a connective and its comma may open the sentence.
      std::string_view opening = sv.text.substr(0, start);
      // "調査会社のMM総研は": so may the kind of publisher it is.
      // "一方、民間調査会社のデジタルインサイト総研は": past a connective, a kind named in full.
      std::string_view kind = opening;
      if (kind.ends_with("の")) kind.remove_suffix(std::string_view("の").size());
      if (std::size_t comma = kind.rfind("、"); comma != std::string_view::npos && comma <= 12)
        kind.remove_prefix(comma + std::string_view("、").size());
      bool opens = start == 0 || (opening.ends_with("、") && opening.size() <= 12) ||
                   lang::words(lang_id, "cjk.source_descriptors").suffix_of(kind);
      if (opens && !name.empty() && !lang::words(lang_id, "cjk.subject_heads").suffix_of(name))
        add(start, name);
      break;
    }
  std::sort(out.begin(), out.end(),
            [](const cjk_source& a, const cjk_source& b) { return a.at < b.at; });
  return out;
}

std::vector<std::string> cjk_sources(const sentence_view& sv) {
  std::vector<std::string> out;
  for (auto& s : cjk_sources_at(sv)) out.push_back(std::move(s.name));
  return out;
}

std::optional<std::string> cjk_source_for(const sentence_view& sv, std::size_t fig) {
  auto all = cjk_sources_at(sv);
  std::optional<std::string> found;
  for (const auto& s : all)
    if (s.at < fig) found = s.name;  // the last named before the figure
  if (!found && !all.empty()) found = all.front().name;
  return found;
}

std::pair<std::optional<int>, std::optional<int>> cjk_span_period(const sentence_view& sv,
                                                                  std::size_t index) {
  const auto& m = sv.mentions[index];
  if (m.rate_cue != rate_word::cagr) return {};
  // The span sits in the few characters before the figure, before or inside its rate words.
  std::string_view lead = before(sv.text, m.begin, 36);
  std::optional<int> years;
  for (const auto& e : lang::words(language(sv), "time.change_span").entries())
    if (e.word.find('#') == std::string::npos && lang::find(lead, e) != std::string_view::npos)
      years = static_cast<int>(e.number);
  if (!years) years = change_span_years(lead);
  if (!years) return {};
  int last = 0;
  for (const auto& y : sv.mentions)
    if (y.kind == grammar::mention_kind::year && y.begin < m.begin)
      last = std::max(last, y.year_to);
  if (!last) return {};
  return {last - *years, last};
}

bool cjk_part_lead(const sentence_view& sv, std::size_t at) {
  if (!is_cjk(sv)) return false;
  // "分野別では…サービス市場が2108億円、機体市場は…": past a part cue or a dimension that
  // opens the sentence, what is named is one of the parts.
  if (part_of_whole_sentence(sv.text) && at >= part_cue_at(sv.text)) return true;
  // "…10.8GW，其中中国新增装机约6.3GW": or one after a comma, before the figure.
  std::string_view lead = sv.text.substr(0, at);
  for (const auto& e : lang::words(language(sv), "roles.part_lead").entries())
    for (std::size_t p = lang::find(lead, e); p != std::string_view::npos;
         p = lang::find(lead, e, p + 1)) {
      std::string_view b = lead.substr(0, p);
      if (b.empty() || b.ends_with(",") || b.ends_with("、") || b.ends_with("。")) return true;
    }
  return false;
}

bool cjk_year_names_figure(const sentence_view& sv, std::string_view between) {
  const auto l = language(sv);
  return is_cjk(sv) && between.size() <= 24 &&
         lang::words(l, "time.year_possessives").suffix_of(between) &&
         between.find_first_of(",0123456789") == std::string_view::npos &&
         !lang::words(l, "time.comparison").in(between);
}

bool cjk_forecast(const sentence_view& sv) {
  return lang::words(language(sv), "cjk.forecast_words").in(sv.text);
}

}  // namespace fc::claims
