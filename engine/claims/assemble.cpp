// Claim assembly: turns each mention into a claim with its interval (precision + hedge), its
// kind (size, quantity, growth, change, share), year or period, subject, source and forecast.
#include "claims/assemble.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "claims/cjk_readings.hpp"
#include "claims/context.hpp"
#include "claims/frames.hpp"
#include "claims/readings.hpp"
#include "claims/tables.hpp"
#include "claims/time_words.hpp"
#include "claims/words.hpp"
#include "document/language.hpp"
#include "grammar/mention.hpp"
#include "lang/lang.hpp"
#include "support/line_index.hpp"
#include "support/utf8.hpp"

namespace fc::claims {
using grammar::mention;
using grammar::mention_kind;
// Per sentence: an article may quote a line in another language.
std::string detect_language(std::string_view text) { return document::detect_language(text); }

std::vector<claim> extract(const document::document& doc, const options& opts) {
  std::vector<claim> out;
  line_index lines(doc.original);
  std::optional<subject_phrase> last_subject, last_market;  // named last; the last market named
  std::vector<subject_phrase> named_before;                 // every subject named, in order
  source_memory previous_sources;
  std::vector<sentence_sources> source_scope;  // per sentence, for the carry across sentences
  std::optional<int> article_year;
  std::vector<bool> bare_markets, named_markets;  // per claim, for the forward resolution
  if (opts.article_date) article_year = opts.article_date->year;
  table_scope tables;
  std::vector<std::size_t> prior_figures;  // claims of the current sentence dated a year back
  std::optional<subject_phrase> topic;     // the first market named: what the article is about
  bool crossed_paragraph = false;          // a paragraph ended since `last_subject` was named
  int scene_year = 0;  // the one year of the sentence before when it has no figures
  std::optional<std::pair<subject_phrase, std::size_t>> last_bare;  // bare market, its sentence
  auto name_subject = [&](const subject_phrase& sp) {
    last_subject = sp;
    named_before.push_back(sp);
    if (sp.market) last_market = sp;
    crossed_paragraph = false;
    if (!topic && sp.market) topic = sp;
  };
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const auto& sent = doc.sentences[si];
    if (opts.stop.due()) throw budget_exceeded();
    const std::size_t sentence_first = out.size();
    sentence_view sv;
    sv.text = std::string_view(doc.text).substr(sent.begin, sent.end - sent.begin);
    sv.mentions = grammar::scan(sv.text);
    date_short_years(sv.mentions, opts.article_date);
    drop_name_years(sv.mentions, sv.text), drop_exchange_rates(sv.mentions, sv.text);
    sv.language = detect_language(sv.text);
    sv.english = sv.language == "en";
    auto named_here = [&](const std::optional<subject_phrase>& x) {
      return !is_cjk(sv) && x && x->named && sv.text.find(x->display) != std::string_view::npos;
    };
    std::size_t gap_begin = si == 0 ? 0 : doc.sentences[si - 1].end;
    std::string_view gap = std::string_view(doc.text).substr(gap_begin, sent.begin - gap_begin);
    tables.visit(sv, gap);
    std::size_t nl = gap.find('\n');
    bool new_paragraph = nl != std::string_view::npos && gap.find('\n', nl + 1) != gap.npos;
    crossed_paragraph = crossed_paragraph || new_paragraph;
    sv.scene_year = crossed_paragraph ? 0 : scene_year;
    // One currency shared by the sentence's other amounts lends itself to bare ones (§4.5).
    bool money_context =
        contains_any(sv.text, {"시장", "매출", "투자", "예산", "수출", "규모", "가치"});
    auto [sentence_currency, sentence_unit] = shared_measure(sv);
    bool forecast_move = false;  // the sentence's last amount was the base of a forecast move
    std::string noun_found;  // a counted noun found beside an earlier bare amount of the sentence
    std::optional<subject_phrase> sentence_subject;
    bool sentence_subject_local = false;  // so its later figures share its sentence-local key
    const bool sentence_part = part_of_whole_sentence(sv.text);      // "이 중 …", ", of which"
    std::optional<std::pair<std::size_t, std::size_t>> last_amount;  // mention, first claim
    for (std::size_t mi = 0; mi < sv.mentions.size(); ++mi) {
      const mention& m = sv.mentions[mi];
      if (m.kind == mention_kind::year) continue;
      claim c;
      c.sentence = si;
      bool inferred = false;
      bool negative_rate = false;
      bool local_subject = false;
      if (exchange_rate_note(sv.text, m) || tolerance_of_figure(sv.text, m)) continue;
      if (m.kind == mention_kind::amount || m.kind == mention_kind::vague_amount) {
        auto [cur, unit] = m.currency.empty() && m.unit.empty() ? move_end_measure(sv, mi)
                                                                : std::pair{m.currency, m.unit};
        if (cur.empty() && unit.empty() && sv.english && m.big_unit)
          unit = counted_unit(sv, m, sentence_unit, noun_found);
        if (cur.empty() && !unit.empty() && m.unit.empty()) noun_found = unit;
        if (cur.empty() && unit.empty()) {
          // "108조 루피아(약 67억 달러)": a figure converted in brackets is in another currency.
          if (!m.big_unit || sv.english || converted_after(sv.text, m.end)) continue;
          if (!sentence_currency.empty() && sentence_currency != "?")
            cur = sentence_currency;
          else if (money_context)
            cur = "KRW";
          else
            continue;
          inferred = true;
        }
        if (!cur.empty() && names_gap(sv, m)) {
          c.kind = claim_kind::change;  // "60조원 정도 차이": a gap between two figures
          c.rate_of = rate_kind::difference;
          c.currency = cur;
        } else if (!cur.empty()) {
          c.kind = claim_kind::size;
          c.currency = cur;
        } else {
          c.kind = claim_kind::quantity;
          c.unit = unit;
        }
        c.currency_inferred = inferred;
        c.vague = m.kind == mention_kind::vague_amount;
      } else if (m.kind == mention_kind::factor) {
        c.kind = claim_kind::change;
        c.rate_of = rate_kind::factor;
        negative_rate = factor_falls(sv.text, m);
      } else {
        auto r = is_cjk(sv) ? cjk_rate(sv, m) : read_rate(sv.text, m);
        c.kind = r.kind;
        c.rate_of = r.rk;
        negative_rate = r.negative;
        c.other_basis = r.other_basis;
        c.each_year = r.each_year;
        if (m.fraction) std::tie(c.kind, c.rate_of) = fraction_role(sv.text, m);
        // A table row's rate: its CAGR column compounds over the table's years; any other
        // cell is a rate of unknown kind, never checked.
        if (!sv.row_label.empty()) {
          if (std::find(sv.cagr_cells.begin(), sv.cagr_cells.end(), m.begin) !=
              sv.cagr_cells.end()) {
            c.kind = claim_kind::growth, c.rate_of = rate_kind::cagr;
          } else if (r.uncued) {
            c.kind = claim_kind::growth, c.rate_of = rate_kind::other;
          }
        }
        // "점유율은 엔비디아가 80%, AMD가 10%, 인텔이 5%": a list continues the shares before it,
        // also from a sentence that says so ("…가 35.2%로 가장 높았다. 이어 카카오페이 27.8%").
        if (const claim* listed = r.uncued ? share_listed_before(out, si, sv.text) : nullptr) {
          c.kind = claim_kind::share, c.rate_of = rate_kind::none;
          c.continues = listed->sentence != si || listed->continues;
        }
        // "margin narrowed to 8.2% … from 11.5%", "이익률은 9.8%로 전년 동기(7.1%)보다": the
        // base of a move is a level of the same rate.
        if ((r.uncued || c.kind == claim_kind::share) && !out.empty() &&
            out.back().sentence == si && out.back().kind == claim_kind::growth &&
            out.back().rate_of == rate_kind::other &&
            (is_base(sv.text, m) || is_prior_figure(sv.text, m)))
          c.kind = claim_kind::growth, c.rate_of = rate_kind::other;
        // "점유율이 10%에서 15%로 5% 늘었다": a percent change between two shares (§6.6).
        if (c.kind == claim_kind::growth && c.rate_of == rate_kind::total && !m.digit_band &&
            !r.uncued && shares_in_sentence(out, si) >= 2)
          c.kind = claim_kind::change, c.rate_of = rate_kind::percent;
      }
      bool base = is_base(sv.text, m);
      c.move_base = base;
      c.change_end = !base && is_change_end(sv, mi);
      c.multiple_end = !base && !c.change_end && is_change_end(sv, mi, true);
      // "; the rest of the market, a long tail of regional providers, together held 28%": the
      // words back to the figure before name the rest of the list.
      std::string_view own_lead = before(sv.text, m.begin, 96);
      if (auto d = own_lead.find_last_of('%'); d != std::string_view::npos)
        own_lead.remove_prefix(d + 1);
      if (c.kind == claim_kind::share)
        if (std::string whole = named_share_whole(sv, m); !whole.empty()) c.share_whole = whole;
      c.remainder = c.kind == claim_kind::share &&
                    lang::words(language_of(sv), "shares.remainder_words").in(own_lead);
      // "Southeast Asian markets made up another 24%", "한때 2위였던 요기요는 19.4%": one more
      // item of the list before.
      if (c.kind == claim_kind::share && (lang::words(language_of(sv), "shares.continue_before")
                                              .suffix_of(before(sv.text, m.begin, 24)) ||
                                          ranked_share(sv.text, m)))
        c.continues = true;
      // "전년(32조7657억 원) 대비", "전년 동기(…)", "from $10.3 billion a year earlier": the
      // figure of the year before the sentence's own; dated once the sentence is read.
      auto years_back = years_ahead(before(sv.text, m.begin, 16), "time.prior_years_before");
      bool prior = is_prior_figure(sv.text, m) || years_back;
      c.prior = prior, c.prior_years = years_back.value_or(1);
      // ", of which …": the figures before the cue are the whole.
      std::tie(c.part, c.part_led) = part_role(sv.text, m, sentence_part);
      // "the rest … together held 28%" is one more part, not the sum of those listed.
      c.subtotal = m.kind == mention_kind::percent && is_subtotal(sv.text, m) && !c.remainder;
      if (c.subtotal)  // "Together the top five held 89.7%", "상위 3개사가 91.3%"
        c.subtotal_count =
            years_ahead(before(sv.text, m.begin, 48), "roles.subtotal_counts").value_or(0);
      if (m.kind == mention_kind::amount) {
        c.flow = is_flow(sv.text, m);
        c.part_year = is_part_year(sv.text, m);
        // "상반기 … 340억 달러로, 지난해 같은 기간(188억 달러)보다", "…상반기 수입액은 …
        // 증가했다. 같은 기간 수입량은": the period of the figure before, in a sentence or two.
        if (same_period_as_before(sv.text, m)) c.part_year = part_year_before(out, si);
      }
      c.superseded = is_superseded(sv.text, m);
      // The verb of a figure's own clause decides: English puts it before the figure ("is
      // expected to reach $X"), Korean after ("X로 예측했다"). Neighbouring figures bound it.
      std::size_t prev_end = 0, next_begin = sv.text.size();
      for (std::size_t j = 0; j < sv.mentions.size(); ++j) {
        if (sv.mentions[j].kind == mention_kind::year || j == mi) continue;
        if (j < mi) prev_end = sv.mentions[j].end;
        if (j > mi && next_begin == sv.text.size()) next_begin = sv.mentions[j].begin;
      }
      std::string_view local = sv.english
                                   ? sv.text.substr(prev_end, m.begin - prev_end)
                                   : korean_clause(sv.text.substr(m.end, next_begin - m.end));
      // A Korean clause that already ends in a past or copula verb ("규모였으며") is decided
      // by that verb; otherwise the sentence's final verb governs ("10억 달러, … 내놨다").
      bool clause_closed = contains_any(local, {"였", "됐다", "이었", "기록", "집계"});
      bool forecast_words =
          forecast_signal(local) || m.column_estimate || (is_cjk(sv) && cjk_forecast(sv)) ||
          (!sv.english && !clause_closed && !sv.tabular && forecast_signal(sv.text));
      auto yb = m.column_year ? std::optional<bound_year>(bound_year{m.column_year, "in"})
                              : bind_year(sv, mi, opts.article_date);
      c.forecast =
          (forecast_words && !(base && !(yb && article_year && yb->year > *article_year))) ||
          (yb && article_year && yb->year > *article_year);
      // A figure for a past year is a measurement unless its own clause calls it a forecast:
      // "2022년 400억 달러 규모로 … 1,400억 달러에 이를 것으로 보인다" forecasts only the latter.
      // "puts the 2023 market at $44.9 billion": for a past year, "puts" states an estimate.
      if (yb && article_year && yb->year < *article_year &&
          !((forecast_signal(local) && !estimate_verb_only(local)) || m.column_estimate))
        c.forecast = false;
      // An estimate of the current year is a forecast; of a past year, a measurement (§9.3).
      if (yb && article_year && yb->year == *article_year && !base &&
          (contains_any(sv.text, {"추산", "추정"}) || contains_any_ci(local, {"estimated"})))
        c.forecast = true;
      if (c.forecast && !(yb && article_year && yb->year > *article_year) &&
          reported_as_measured(sv, m))
        c.forecast = false;
      // "set to rise 3–6% a year through 2025, to about $1.6 trillion", "to grow from $1.3 billion
      // in 2024 to $5.3 billion by 2029": joined by a bare connective, a figure shares the verb.
      if (sv.english && !c.forecast && !out.empty() && out.back().sentence == si &&
          (out.back().forecast || (out.back().move_base && forecast_move)) && prev_end > 0 &&
          connective_only(local))
        c.forecast = true;
      if (m.kind == mention_kind::amount) forecast_move = base && forecast_words;
      hedge h = is_cjk(sv) ? cjk_hedge(m) : read_hedge(sv.text, m, c.forecast);
      interval iv = ratio_to_year_before(sv, m, increase_multiple(sv, m, apply_hedge(m, h)));
      c.value_hedge = h.name == "at_least_about" ? "at_least" : h.name;
      if (m.odd_unit > 0) c.value_hedge = "a_bit_over";
      if (m.digit_band) c.value_hedge = "band";
      if (c.vague) c.value_hedge = "vague";
      if (c.kind == claim_kind::size || c.kind == claim_kind::quantity ||
          c.rate_of == rate_kind::difference) {
        c.value = iv;
        c.per = read_per(sv.text, m);
        if (c.kind == claim_kind::size && negative_balance(sv.text, m))
          c.value = interval{-iv.point, iv.high ? std::optional<double>(-*iv.high) : std::nullopt,
                             iv.low ? std::optional<double>(-*iv.low) : std::nullopt};
      } else {
        c.rate = negative_rate ? falling(iv, c.rate_of) : iv;
      }
      if (yb && c.kind != claim_kind::growth && !is_sequential_base(sv.text, m)) {
        c.year = yb->year;
        c.year_relation = yb->relation;
      }
      if (c.kind == claim_kind::growth || c.kind == claim_kind::change) {
        auto [from, to] = bind_period(sv, mi, opts.article_date);
        if (is_cjk(sv) && !from && !to) std::tie(from, to) = cjk_span_period(sv, mi);
        // "同比增长58%" is one year's change, whatever span the sentence writes after it.
        if (c.rate_of == rate_kind::yoy && from && to && *to - *from != 1) from = to = {};
        if (c.rate_of == rate_kind::cagr && sv.table_years.first && !from && !to &&
            sv.table_years.first < sv.table_years.second)
          from = sv.table_years.first, to = sv.table_years.second;
        c.period_from = from;
        c.period_to = to;
        std::optional<int> annual;
        if (c.kind == claim_kind::growth && c.rate_of == rate_kind::total && !from && !to &&
            ((annual = annual_result(sv, mi, opts.article_date)) ||
             (annual = compared_year_change(sv, mi, opts.article_date))))
          c.rate_of = rate_kind::yoy;
        if (c.rate_of == rate_kind::yoy && !from && !to) {
          int year = annual && *annual ? *annual : yb ? yb->year : 0;
          if (year) c.period_from = year - 1, c.period_to = year;
        }
      }
      // Subject: this sentence's phrase, else carried over from the last named one.
      auto sp = sv.row_label.empty() ? find_subject(sv, mi)
                                     : find_subject_at(sv.row_label, sv.row_label.size());
      if (!sp && !sv.row_label.empty())  // "| Europe | 30 | 250 |": a part of the table's topic
        sp = subject_phrase{(last_subject ? last_subject->display + ": " : std::string()) +
                                std::string(sv.row_label),
                            false, false};
      // A bare market is the one named last; a bare other measure is one named before, or local.
      bool bare_market = false;
      // After a paragraph break, "the market" may be the article's topic again, not the sub-market
      // named last ("The U.S. market …" ¶ "the market will be …"): if they differ, it stays local.
      bool ambiguous = crossed_paragraph && topic && last_subject &&
                       subject_key(topic->display) != subject_key(last_subject->display);
      if (sp && !sp->named && sp->market && last_subject && last_subject->market && ambiguous) {
        local_subject = true;
      } else if (auto named = sp && !sp->named && sp->market
                                  ? market_referent(sv.english || is_cjk(sv), last_market,
                                                    named_here(sentence_subject) ? sentence_subject
                                                                                 : std::nullopt,
                                                    ambiguous ? std::nullopt : last_subject)
                                  : std::nullopt) {
        sp = named;
      } else if (sp && topic && scoped_anaphor(*sp, *topic)) {
        sp = topic;
      } else if (sp && !sp->named && sp->market) {
        bare_market = true;  // resolved forward below when the market is named just after
        last_bare = std::pair{*sp, si};
      } else if (auto same = bare_measure_named(sv, sp, last_subject, named_before)) {
        sp = same;  // "수출액이" after "화장품 수출액은", "spending" after "IT spending"
      } else if (sp && !sp->named && !sp->market) {
        local_subject = true;
      }
      if (!sp && sv.english) sp = spending_object(sv.text, m.begin, m.end);
      if (!sp && sv.english) sp = earned_measure(sv.text, m.begin, m.end);
      if (!sp && !sentence_subject && sv.english)
        if (auto name = leading_name(sv.text); name && named_sources(sv).empty()) {
          sp = subject_phrase{*name, false, false};
          local_subject = true;
        }
      if (!sp && sentence_subject) local_subject = sentence_subject_local;
      // A subject carried from the sentences before names no segment here.
      const bool carried = !sp && !sentence_subject;
      if (!sp) sp = sentence_subject ? sentence_subject : ambiguous ? std::nullopt : last_subject;
      // "이 시장은 … 커질 전망이다. 연평균 성장률은 14.5%다.": with no market named anywhere, the
      // bare market of the two sentences before (or carried since) is still the one meant.
      if (!sp && last_bare && last_bare->second + 2 >= si)
        sp = last_bare->first, last_bare->second = si;
      if (sp) {
        c.subject = sp->display;
        c.subject_key = subject_key(sp->display);
        // "The wafer fab equipment segment is projected to reach $126 billion next year": one
        // segment of the total stated before, named in this sentence; "Inspection is tipped to
        // be the largest segment": the holder of its rank, a part of the whole named last.
        if (m.kind == mention_kind::amount && sp->named && !carried &&
            (sp->part || lang::words(language_of(sv), "subjects.segment_words").in(sp->display)))
          c.part = true;
        if (c.part && sp->part && last_subject)
          name_part(c, sp->display, subject_key(last_subject->display)), c.holder_named = true;
        if (local_subject) *c.subject_key += "#" + std::to_string(si);
        sentence_subject = sp;
        sentence_subject_local = local_subject;
        // "이 가운데 내국인 매출은 …": a part is never the measure a later bare "매출" names.
        if (sp->named && !cjk_part_lead(sv, m.begin) && !c.part) name_subject(*sp);
      }
      std::size_t ob = doc.original_start(sent.begin + m.begin);
      std::size_t oe = doc.original_end(sent.begin + m.end);
      c.text = doc.original.substr(ob, oe - ob);
      auto lb = lines.at(ob), le = lines.at(oe);
      c.where = span{ob, oe, lb.line, lb.column, le.line, le.column};
      if (last_amount && is_conversion(sv.text, sv.mentions[last_amount->first], m)) {
        claim& base_claim = out[last_amount->second];
        resolve_yen(base_claim, c);
        c.conversion_of = base_claim.id;
        // "3.4 trillion won ($2.6 billion) in 2023": the year after the bracket is the base's.
        if (!base_claim.year && c.year)
          for (std::size_t k = out.size(); k-- > 0 && out[k].sentence == si;)
            if (out[k].where.start == base_claim.where.start)
              out[k].year = c.year, out[k].year_relation = c.year_relation;
        c.year = base_claim.year, c.year_relation = base_claim.year_relation;
        c.forecast = base_claim.forecast;
        // The same quantity in another currency has the same subject, whatever words follow.
        c.subject = base_claim.subject, c.subject_key = base_claim.subject_key;
      }
      auto sources = find_sources(sv, mi, previous_sources);
      if (sources.empty()) sources.push_back({});
      for (const auto& src : sources) {
        claim each = c;
        if (!src.empty()) each.source = src;
        each.id = "c" + std::to_string(out.size() + 1);
        if (prior) prior_figures.push_back(out.size());
        out.push_back(std::move(each));
        bare_markets.push_back(bare_market);
        named_markets.push_back(sp && sp->named && sp->market);
      }
      if (m.kind == mention_kind::amount) last_amount = {mi, out.size() - sources.size()};
    }
    date_prior_figures(out, prior_figures, si);
    prior_figures.clear();
    date_same_period(out, sentence_first, sv.text);
    const offset_map to_original = [&](std::size_t at) {
      return doc.original_start(sent.begin + at);
    };
    unlink_orphan_changes(out, sentence_first, sv, to_original);
    apply_frames({out, sentence_first, sv, to_original}, opts.whole_words, opts.region_words);
    // Track the subject named last, even in sentences without figures.
    if (auto sp = subject_named_last(sv)) name_subject(*sp);
    scene_year = scene_year_of(sv);
    auto named = named_sources(sv);
    previous_sources.remember(sv, named);
    source_scope.push_back({std::move(named), new_paragraph, sets_rival(sv)});
  }
  resolve_forward(out, bare_markets, named_markets);
  resolve_local_dollars(out, doc.original);
  apply_document_frames(out, opts.whole_words, opts.region_words, source_scope);
  return out;
}

}  // namespace fc::claims
