// Frame: a share and the amount it measures, side by side. "China remained the largest
// destination at $2.5 billion, or 32.1% of the total", "accounting for 49% of revenue, or $90.2
// billion", "모바일 게임이 13조1720억원으로 전체의 57.4%를 차지했고", "PC 게임이
// 6조6636억원(29.0%)": the share is the amount's fraction of a total. The total is written beside
// them ("43% of total plant-based sales of $8.1 billion", "전체 농식품 수출액
// 99억8000만달러의 21.5%"), or it is the level of the same measure stated before (found once the
// document is read).
#include "claims/frames.hpp"
#include "claims/words.hpp"

namespace fc::claims {
namespace {

using grammar::mention_kind;

bool is_amount(const grammar::mention& m) { return m.kind == mention_kind::amount; }

// The figure mentions of the sentence, years left out: a year between two figures ("$2.5
// billion in 2024, or 24%") does not part them.
std::vector<std::size_t> figure_mentions(const sentence_view& sv) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < sv.mentions.size(); ++i)
    if (sv.mentions[i].kind != mention_kind::year) out.push_back(i);
  return out;
}

// The one level claim read from mention `m`, if it is one.
std::optional<std::size_t> level_at(const sentence_claims& s, const grammar::mention& m) {
  if (!is_amount(m)) return std::nullopt;
  auto found = s.of_mention(m.begin);
  if (found.empty() || !is_stated_level(s.out[found.front()])) return std::nullopt;
  return found.front();
}

// "rose 6.2% to ¥412 billion from ¥388 billion, giving it an 18% share": the base of a move is
// the level before it; the share is the move's end's (`end`, the figure before the base).
std::optional<std::size_t> move_end_for_share(const sentence_claims& s,
                                              std::optional<std::size_t> level,
                                              std::optional<std::size_t> end) {
  if (!level || !s.out[*level].move_base) return level;
  if (end && !s.out[*end].move_base && measured_alike(s.out[*end], s.out[*level])) return end;
  return std::nullopt;
}

// Short, without digits (after a share, but a year's: "9% of that 2026 total — about $1
// billion"), and with nothing that ends the apposition.
bool apposition(std::string_view between, lang::lang_id language, bool after_share = false) {
  if (between.size() > 40) return false;
  if (lang::words(language, "shares.holder_level_between").equal_to(between)) return true;
  for (std::size_t i = 0; i < between.size(); ++i) {
    if (between[i] < '0' || between[i] > '9') continue;
    std::size_t run = between.find_first_not_of("0123456789", i);
    if (run == std::string_view::npos) run = between.size();
    bool year = after_share && run - i == 4 &&
                (between.substr(i, 2) == "19" || between.substr(i, 2) == "20");
    if (!year) return false;
    i = run;
  }
  if (lang::words(language, "shares.apposition_breaks").in(between)) return false;
  // "私人充电桩923.9万台，公共桩占比约27.9%": past a comma, a share that names its own holder
  // before its share word is that holder's, not the amount's before the comma.
  const auto& share_words = lang::words(language, "cjk.share_words");
  for (std::string_view comma : {"，", "、", ","})
    if (std::size_t at = between.rfind(comma);
        !share_words.empty() && at != std::string_view::npos) {
      std::string_view rest = between.substr(at + comma.size());
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      if (!rest.empty() && !share_words.prefix_of(rest) &&
          !lang::words(language, "shares.apposition_leads").prefix_of(rest))
        return false;
    }
  return true;
}

}  // namespace

void frame_share_amount(const sentence_claims& s) {
  const auto& sv = s.sv;
  const auto language = language_of(sv);
  const auto& cues = lang::words(language, "shares.whole_cues");
  auto figures = figure_mentions(sv);
  bool cued_before = false;
  for (std::size_t f = 0; f < figures.size(); ++f) {
    const auto& m = sv.mentions[figures[f]];
    if (m.kind != mention_kind::percent) continue;
    auto shares = s.of_mention(m.begin);
    // "13조1,000억원(-4.1%)": a share is never negative; that is the amount's change.
    // "…, 미국이 1억7000만 달러로 두 나라가 전체의 33%": a subtotal is no one amount's share.
    if (shares.empty() || s.out[shares.front()].kind != claim_kind::share || m.negative ||
        s.out[shares.front()].subtotal)
      continue;
    std::optional<std::size_t> part, total;
    // "99억8000만달러의 21.5%": the amount just before is the total, the one before it the part.
    if (f >= 1) {
      const auto& prev = sv.mentions[figures[f - 1]];
      std::string_view between = sv.text.substr(prev.end, m.begin - prev.end);
      // "회사 전체 매출 1,200억 원 가운데 일본 비중은 35%": the amount is the whole the share's
      // own holder is a part of, never a second figure for the holder's subject.
      if (lang::words(language, "shares.whole_then_share").prefix_of(between) &&
          between.size() <= 48 && between.find_first_of("0123456789") == std::string_view::npos) {
        if (auto whole = level_at(s, prev)) {
          claim& w = s.out[*whole];
          w.part = false;
          if (w.subject_key) *w.subject_key += "#whole-of-share";
          for (auto k : shares) s.out[k].share_total = w.id, s.out[k].share_total_written = true;
        }
        continue;
      }
      // "국내 전체 생산액(약 58조원)의 53%": the total in brackets.
      std::string_view unbracketed = between;
      if (unbracketed.starts_with(")")) unbracketed.remove_prefix(1);
      if (lang::words(language, "shares.whole_before").equal_to(unbracketed)) {
        // The part before the total ("12억달러로 … 99억달러의 12%"), or after the share
        // ("30억달러의 26%인 7억9000만달러", below).
        total = level_at(s, prev);
        // The total is the share's whole, never a second figure for the part's subject.
        if (total && unbracketed.size() != between.size() && s.out[*total].subject_key)
          *s.out[*total].subject_key += "#whole-of-share";
        if (f >= 2) {
          const auto& first = sv.mentions[figures[f - 2]];
          if (apposition(sv.text.substr(first.end, prev.begin - first.end), language))
            part = level_at(s, first);
        }
      } else if (apposition(between, language)) {
        part = move_end_for_share(
            s, level_at(s, prev),
            f >= 2 ? level_at(s, sv.mentions[figures[f - 2]]) : std::optional<std::size_t>());
        // "$4.2bn (€3.8bn) of that, or 38%": past a conversion, the amount it converts.
        auto converted = s.of_mention(prev.begin);
        if (!part && f >= 2 && !converted.empty() && s.out[converted.front()].conversion_of)
          part = level_at(s, sv.mentions[figures[f - 2]]);
      }
    }
    const grammar::mention* next = f + 1 < figures.size() ? &sv.mentions[figures[f + 1]] : nullptr;
    std::string_view after_share =
        next ? sv.text.substr(m.end, next->begin - m.end) : sv.text.substr(m.end);
    // "43% of total plant-based sales of $8.1 billion": the total written after the share, in
    // its phrase ("37% of the total, of which about $9 billion" opens a breakdown instead).
    if (part && !total && next && after_share.find(',') == std::string_view::npos) {
      for (const auto& e : lang::words(language, "shares.whole_after").entries())
        if (lang::starts_with(after_share, e) &&
            lang::find(after_share, e, 1) != after_share.npos && after_share.size() <= 60)
          total = level_at(s, *next);
    }
    // "made up 76% of the 50 GWdc installed": an amount right after the share's "of the" is
    // the share's whole, never a part of the sentence's subject.
    if (next && next->kind == mention_kind::amount &&
        lang::words(language, "shares.whole_right_after").equal_to(after_share))
      if (auto whole = level_at(s, *next)) {
        claim& w = s.out[*whole];
        w.part = false;
        if (w.subject_key) *w.subject_key += "#whole-of-share";
        for (auto k : shares)
          if (part && !total) s.out[k].share_total = w.id, s.out[k].share_total_written = true;
      }
    // "accounting for 49% of revenue, or $90.2 billion": the amount after the share.
    // A hedge may close the apposition ("70% of the total, or close to 1 GW").
    std::string_view unhedged = after_share;
    unhedged.remove_suffix(trailing_prefix_hedge(unhedged));
    if (!part && next && apposition(after_share, language, true) &&
        lang::words(language, "shares.amount_after").suffix_of(unhedged)) {
      part = level_at(s, *next);
      // "지난해 시장의 48%인 86억달러": the amount of a share that names its whole is a part of
      // that whole, never a second figure for it.
      if (part && s.out[shares.front()].share_whole) s.out[*part].part = true;
    }
    // "a 27% share of the $38.6 billion market in 2024, translating into roughly $10.4
    // billion": the total right after the share, then the amount the share comes to.
    if (!part && !total && next && f + 2 < figures.size() &&
        lang::words(language, "shares.total_after").suffix_of(after_share)) {
      const auto& third = sv.mentions[figures[f + 2]];
      std::string_view between = sv.text.substr(next->end, third.begin - next->end);
      if (between.size() <= 80 && !lang::words(language, "shares.apposition_breaks").in(between) &&
          lang::words(language, "shares.amount_after").suffix_of(between)) {
        total = level_at(s, *next);
        part = level_at(s, third);
        // The amount is the share holder's, a part of the total, never a second figure for it.
        if (part && total) {
          s.out[*part].part = true;
          bind_to_whole(s.out[*part], s.out[*total]);
        }
      }
    }
    if (!part || (total && !measured_alike(s.out[*part], s.out[*total]))) continue;
    std::size_t look_from = m.begin >= 24 ? m.begin - 24 : 0;
    // "모바일은 168조원으로 전체의 74.2%를 차지했고, 인터넷은 58조원으로 35.8%였다": a share
    // written as the one before it, with its own amount, is of the same total.
    // "약 40%(1,250억 달러)로 가장 큰 비중을": or past the amount it comes to, in brackets.
    bool bracketed_part = next && after_share.ends_with("(") && level_at(s, *next) == part;
    bool cue = cues.in(sv.text.substr(look_from, m.begin - look_from)) ||
               cues.in(after_share.substr(0, std::min<std::size_t>(after_share.size(), 24))) ||
               (bracketed_part && cues.in(after(sv.text, next->end, 40))) || cued_before;
    cued_before = cue;
    for (auto k : shares) {
      claim& share = s.out[k];
      share.share_part = s.out[*part].id;
      share.share_of_total = cue;
      if (total) {
        share.share_total = s.out[*total].id;
        share.share_total_written = true;
      }
    }
  }
}

}  // namespace fc::claims

namespace fc::claims {

void link_shares_to_totals(std::vector<claim>& claims) {
  std::vector<bool> is_part(claims.size(), false);
  for (auto& c : claims)
    if (c.share_part)
      if (auto p = index_of_claim(claims, *c.share_part)) is_part[*p] = true;
  for (auto& share : claims) {
    if (!share.share_part || share.share_total || !share.share_of_total) continue;
    auto p = index_of_claim(claims, *share.share_part);
    if (!p) continue;
    const claim& part = claims[*p];
    // The latest level of the same measure before the part, larger than it and not itself a
    // part of something, in its sentence or the two before; its year must be the part's.
    std::vector<std::size_t> candidates;
    for (std::size_t w = *p; w-- > 0 && claims[w].sentence + 2 >= part.sentence;) {
      const claim& c = claims[w];
      // The base of a move or a comparison is a level of its own year only ("from $53.7
      // billion in 2023 … 61% of last year's total", "おととしの5兆3065億円と比べて").
      bool base_of_other_year =
          (c.move_base || c.compared_base) && !(part.year && c.year == part.year);
      // "올해 1~9월 수출액은 61억 달러 … 중국이 29억 달러로 전체의 47.5%": a part of a
      // part-year's level is a share of that level.
      bool level = is_stated_level(c) || (part.part_year && c.part_year && is_level_figure(c) &&
                                          !c.superseded && !c.prior);
      // A part is a whole of its own only when the share names it ("公有云市场中，…占比约74%").
      bool named = share.share_whole && of_named_whole(c, share.share_whole);
      if (((is_part[w] || c.part || c.partition) && !named) || base_of_other_year || !level ||
          !measured_alike(c, part) || c.value->point <= part.value->point)
        continue;
      if (part.year && c.year && part.year != c.year) continue;
      // "North America remains the largest region at $15bn, just under 40% of the total": a
      // yearless part its sentence does not forecast is no share of a forecast total.
      // "Mobile games account for about 60 percent of the market, or $0.9 billion": nor is one
      // the share's own present tense states.
      if (!part.year && (!part.forecast || part.current || share.current) && c.forecast && c.year)
        continue;
      // "1조1000억원으로 올해 전체의 약 39%": a share dated on its own is of that year's total.
      if (share.year && c.year && share.year != c.year) continue;
      // "약 1,700억달러로 AI 반도체 시장의 60%": a share that names its whole is of a total of it.
      if (!of_named_whole(c, share.share_whole)) continue;
      candidates.push_back(w);
    }
    // "このうちハイパースケーラー向けは2兆2,100億円と、市場全体の4割強": a part whose sentence
    // opens on the whole before it is a share of that whole.
    if (part.whole_of && part.part_led)
      if (auto w = index_of_claim(claims, *part.whole_of);
          w && is_level_figure(claims[*w]) && claims[*w].value->point > part.value->point &&
          !(share.year && claims[*w].year && share.year != claims[*w].year) &&
          of_named_whole(claims[*w], share.share_whole))
        candidates.assign(1, *w);
    if (candidates.empty()) continue;
    // With no year on the part, totals of several years leave the one meant unknown.
    bool one_year = true;
    for (auto w : candidates) one_year = one_year && claims[w].year == claims[candidates[0]].year;
    if (!part.year && !one_year) continue;
    share.share_total = claims[candidates.front()].id;
    // "with China responsible for roughly 70% of the total, or close to 1 GW": the amount is the
    // share holder's part of the total, never a second figure for the total itself.
    claim& holder = claims[*p];
    const claim& total = claims[candidates.front()];
    if (!holder.whole_of && holder.subject_key && holder.subject_key == total.subject_key) {
      holder.part = true;
      bind_to_whole(holder, total);
      // Each holder is a part of its own: several shares of one total name several parts.
      holder.subject_key = *holder.subject_key + "#share-of-" + total.id + "-" + holder.id;
    }
  }
}

}  // namespace fc::claims
