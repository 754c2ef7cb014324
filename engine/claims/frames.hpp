// Frames: constructions that give a sentence's figures their roles, applied to the claims of
// one sentence after each figure has been read on its own. Each frame lives in its own file
// under frames/ and covers every sentence of its shape, in Korean and English.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "claims/claim.hpp"
#include "claims/context.hpp"
#include "lang/lang.hpp"

namespace fc::claims {

/// Maps a byte offset of the sentence to its offset in the original file.
using offset_map = std::function<std::size_t(std::size_t)>;

/// The claims [first, out.size()) of the sentence `sv`, with the map to original offsets.
struct sentence_claims {
  std::vector<claim>& out;
  std::size_t first;
  const sentence_view& sv;
  const offset_map& original_start;

  /// Indices of the claims made from the mention at sentence offset `begin` (several when a
  /// figure is distributed to several sources).
  std::vector<std::size_t> of_mention(std::size_t begin) const;
  /// The mention the claim `c` of this sentence was read from, or nullptr.
  const grammar::mention* mention_of(const claim& c) const;
};

/// A level as stated: an amount, not a conversion, a prior-period, revised, per-unit,
/// net-addition or quarter figure. Only such a figure is a whole or one of its parts.
bool is_stated_level(const claim& c);
/// A level as written, the year before's ("전년(10조원)") included: `is_stated_level` without
/// the prior-period exclusion.
bool is_written_level(const claim& c);
/// An amount or count of a level, whatever its period or whether it was superseded: what
/// `is_written_level` adds those two conditions to.
bool is_level_figure(const claim& c);

/// The longest of `words` (lower case) that opens `text` as a whole word (followed by a space,
/// a comma, a possessive or a Korean particle), or empty.
std::string_view opening_word(std::string_view text, const std::vector<std::string>& words);

/// The partition of the parts a sentence splits a whole into without listing them as one
/// enumeration ("Of the 2030 total, …", a region-led sentence): one per sentence, above the
/// enumerations' own.
inline std::size_t sentence_partition(const claim& part) {
  return first_sentence_partition + part.sentence;
}

/// The region of `regions` (lower case) named last in `gap` (lower case), at a word's start:
/// "followed by Asia-Pacific at" → "asia-pacific"; empty when none.
std::string_view last_region(std::string_view gap, const std::vector<std::string>& regions);

/// "2조 5천억원(39.1%)": the mention at `mi` is a percentage in brackets right after an amount,
/// the amount's share (frames/sentence_claims.cpp).
bool bracketed_after_amount(const sentence_view& sv, std::size_t mi);

/// Measured alike: the same kind, currency and counted unit.
bool measured_alike(const claim& a, const claim& b);

/// Whether `whole` is a total of the whole a part or share names ("$19 billion of the wagers",
/// "AI 반도체 시장의 60%"): its key holds that name. Nothing named, any whole is.
bool of_named_whole(const claim& whole, const std::optional<std::string>& named);

/// Two figures of one list: a short gap of joining words, no digit (lists.joiners,
/// time.respective_joiners).
bool joined_items(std::string_view gap, lang::lang_id language);

/// Binds `part` to `whole`: the part takes the whole's year (with its relation and forecast
/// status) and source when it states none.
void bind_to_whole(claim& part, const claim& whole);

/// Names `c` the part `label` of the whole keyed `whole_key` ("market" → "market/skincare").
void name_part(claim& c, std::string_view label, const std::string& whole_key);

/// "성장률은 2024년 4.5%에서 2027년 5.5%로", "growth accelerating from 9.5% in 2025 to 13.2%
/// in 2027": rates each written with their own year are that year's change, not a compound
/// rate over the span (frames/annual_rates.cpp).
void frame_annual_rates(const sentence_claims& s);

/// "…로 구성된다", "split into skincare at €113bn, haircare at €64bn …", "Mobile 49%,
/// console 28% and PC 23%, while Asia 46% …": a list of labelled figures is a breakdown of a
/// whole, each item its own part, and each list its own partition (frames/enumeration.cpp).
void frame_enumeration(const sentence_claims& s);
/// "이 중 사료가 7조원을 차지했다", "Of this, dry food accounted for $31 billion": a part written
/// alone is named by its label (frames/single_parts.cpp).
void frame_single_parts(const sentence_claims& s);
/// A multiple in a sentence with no figures: the lede of the move after it.
void frame_factor_lede(const sentence_claims& s);
/// "That would be a six-fold jump from $20 billion": a change from its sentence's one level to
/// the figure of the sentence before (frames/anaphor_change.cpp).
void frame_anaphor_change(const sentence_claims& s);
/// A sentence that names a scenario ("bull case", "낙관 시나리오"): its figures are that
/// scenario's.
void frame_scenario(const sentence_claims& s);
/// "between 2024 and 2030, from A to B": the move's figures are the period's ends.
void frame_period_move(const sentence_claims& s);

/// "작년 3조9000억원보다 7.7% 늘어난", "compared with $3.9 billion": the amount a change is
/// measured against is the comparison's base, never the whole a later breakdown splits
/// (frames/compared_base.cpp).
void frame_compared_base(const sentence_claims& s);

/// "$258.7 billion, making it the largest segment", "스킨케어가 17조2000억원으로 가장 크고":
/// a figure ranked among others is one part of a breakdown (frames/ranked_part.cpp).
void frame_ranked_part(const sentence_claims& s);

/// "its 2021 sales at $18.7 billion out of a global total of $46.3 billion": the total written
/// after the sentence's figures is their whole; a global total is the article's global market
/// (frames/written_total.cpp).
void frame_written_total(const sentence_claims& s, const std::vector<std::string>* wholes);

/// "올해 시장 규모가 24조원으로 전년 대비 35% 늘어날", "2.3 GW this year, up 35% year on
/// year": a year-on-year rate after a dated level changes into that level's year
/// (frames/yoy_of_level.cpp).
void frame_yoy_of_level(const sentence_claims& s);

/// "valued at USD 1.72 billion in 2023 and … grow from USD 2.06 billion in 2024 to USD 7.46
/// billion by 2032, exhibiting a CAGR of 17.5%": a compound rate written with the sentence's
/// one move compounds over that move (frames/rate_of_move.cpp).
void frame_rate_of_move(const sentence_claims& s);
/// "将以29.6%的年复合增长率…增长至2,814亿元": a rate written "at" its value compounds to the next
/// level (frames/rate_forward.cpp).
void frame_rate_forward(const sentence_claims& s);

/// "…2020년(4,900억원)의 2.2배로 커졌다. 이 기간 연평균 성장률은 17.1%다", "Over the period,
/// they grew 12.8% a year": a compound rate over a period named by reference compounds over
/// the span the sentence before it dates (frames/rate_of_period_ref.cpp).
void frame_rate_of_period_ref(const sentence_claims& s);

/// "grow 4.1% in 2025": a rate dated by the year right after it is that year's change over
/// the year before (frames/rate_year.cpp).
void frame_rate_year(const sentence_claims& s);

/// "전년보다 17억 달러 늘어", "rose $45.3 billion to $1.19 trillion": an amount that is the
/// change of a level, not a level (frames/level_change.cpp).
void frame_level_change(const sentence_claims& s);

/// "$196.2 billion in 2024 … Container ships made up $88.6 billion", "시장 규모는 10조원.
/// 이 중 반도체가 …": each part of a breakdown is bound to its whole, and takes the whole's
/// year and source when it states none. Runs once over the document's claims, after the
/// subjects are resolved (frames/part_whole.cpp).
void link_parts_to_wholes(std::vector<claim>& claims);

/// What a sentence says about sources: the publishers it names itself, and whether a paragraph
/// break comes before it.
struct sentence_sources {
  std::vector<std::string> named;
  bool new_paragraph = false;
  bool rival = false;  ///< it sets its source against the one before (sets_rival)
};

/// "…, TrendForce said. Revenue had slumped to $51.8 billion last year.": a sentence with no
/// attribution inherits the one source named last in its paragraph, or the article's only
/// source; such claims are marked `source_carried` (frames/source_carry.cpp).
void carry_sources(std::vector<claim>& claims, const std::vector<sentence_sources>& sentences);

/// "Asia Pacific led the industry, with the regional market worth USD 2.3 billion in 2024",
/// "북미가 12억 달러로 가장 컸다": a sentence led by a region gives its figures to that
/// region, a part of the global figure before it (frames/region_lead.cpp).
void frame_region_lead(const sentence_claims& s, const std::vector<std::string>& wholes,
                       const std::vector<std::string>& regions);

/// "…, in line with Statista's estimate of $6.9 billion", "두 기관의 전망치가 일치했다": the
/// sentence says its sources agree, so their figures must overlap (frames/agreement.cpp).
void frame_agreement(const sentence_claims& s);

/// "IDC raised its forecast to $9 billion", "전망치를 상향 조정했다": the sentence says a
/// forecast changed, so a published figure it differs from is no contradiction
/// (frames/revision.cpp).
void frame_revision(const sentence_claims& s);

/// "한국IDC 역시 같은 해 시장을 9조8천억원으로", "$6.9 billion for the same year": the year
/// of the dated figure before it (frames/same_year.cpp).
void frame_same_year(const sentence_claims& s);

/// "That implies a CAGR of about 32% over the five years": a rate with its span's length after it
/// spans that many years up to the latest level dated before it (frames/rate_span_after.cpp).
void frame_rate_span_after(const sentence_claims& s);

/// "반면 한빛증권의 전망치는 1,010억 달러다": an undated level another source sets against the
/// forecast of the sentence before is for that forecast's year (frames/rival_estimate.cpp).
void frame_rival_estimate(const sentence_claims& s);
/// The sentence sets a source's figures against those before it (roles.rival_cues: "반면", "is
/// more cautious", "则为"): its source is a rival's, never the one of the sentences before.
bool sets_rival(const sentence_view& sv);

/// "…성장할 것이라는 전망이 나왔다. 농업기술실용화재단이 내놓은 이 추정치는 …", "These
/// estimates come from IDC": a sentence that attributes "this estimate" names the source of
/// the unsourced figures of the sentence before it (frames/back_attribution.cpp).
void frame_back_attribution(const sentence_claims& s);

/// "The market shrank in 2023. Trading fell 61% to $723m.": the measured, undated levels of
/// a sentence that writes no year take the one year of the figureless sentence before it
/// (frames/scene_year.cpp).
void frame_scene_year(const sentence_claims& s);

/// Every frame, in order; the region frame when the subject hierarchy's words are given.
/// "$2.5 billion, or 32.1% of the total", "13조1720억원으로 전체의 57.4%", "99억8000만달러의
/// 21.5%": a share beside the amount it measures, and the total when written beside them
/// (frames/share_amount.cpp).
void frame_share_amount(const sentence_claims& s);

/// "사료가 1조원이다. 사료는 전체의 80%를 차지했다": a share in a sentence that opens with the
/// name of a part named just before is that part's share (frames/share_of_named_part.cpp).
void frame_share_of_named_part(const sentence_claims& s);

/// The total of each share that says it is of the total but does not write it: the latest
/// larger level of the part's measure and year, up to two sentences back
/// (frames/share_amount.cpp).
void link_shares_to_totals(std::vector<claim>& claims);

/// "…$123.6 billion in 2021, up 14% from $103.6 billion in 2020" with no subject named: a
/// level, its change and its written base are one measure (frames/unnamed_move.cpp).
void frame_unnamed_move(const sentence_claims& s);

/// "grow to $95.4 billion by 2030 from $112.6 billion this year": the end of a move is marked
/// with its start and the direction its verb states (frames/move_direction.cpp).
void frame_move_direction(const sentence_claims& s);

/// "全体の約8割（80.5%）": a bracketed percentage right after a share restates it; it is marked
/// the share's conversion (frames/share_restated.cpp).
void frame_share_restated(const sentence_claims& s);

/// "$19 billion of the wagers": a part that names its whole keeps the whole's key in
/// `share_whole`, and only a total of that measure is its whole (frames/named_whole.cpp).
void frame_named_whole(const sentence_claims& s);

/// "Of the $3.4 billion the firm expects … in 2025, Europe will account for 68%": the amount in
/// an English breakdown's lead takes the year that closes the lead (frames/lead_whole.cpp).
void frame_lead_whole(const sentence_claims& s);

/// "세계 AI 반도체 시장 … AI 반도체 시장 규모": a market written without a scope in an article
/// that names it with exactly one scope is that scoped market. Runs once over the document's
/// claims (frames/scope_inherit.cpp).
void inherit_scope(std::vector<claim>& claims, const std::vector<std::string>* wholes,
                   const std::vector<std::string>* regions);

/// "North America generated 47% of revenue, and consumer subscriptions accounted for 58%":
/// unlisted shares led by a region and by something else divide the whole two ways
/// (frames/share_dimensions.cpp).
void frame_share_dimensions(const sentence_claims& s, const std::vector<std::string>& regions);

/// "前年の350億円から": a sentence-relative year in a sentence with no year of its own counts
/// from the last dated level before it (frames/counted_year.cpp).
void frame_counted_year(const sentence_claims& s);

/// "今年上半年…同比下降4.0%": a Chinese or Japanese rate in a sentence dated to a quarter or a
/// half is that part's change (frames/part_year_rate.cpp).
void frame_part_year_rate(const sentence_claims& s);

/// "…에 이어 지난해 5100억원을 기록하며 3년 연속 성장세": every step between a growth streak's
/// dated levels is a rise (frames/streak.cpp).
void frame_streak(const sentence_claims& s);

/// "브라질(17%)과 멕시코(12%) 등", "Brazil (17%) and Mexico (12%)": a change in brackets after
/// each item of a list is that item's, a part of the sentence's market
/// (frames/bracketed_items.cpp).
void frame_bracketed_items(const sentence_claims& s);

/// "2022년에는 20조원 규모로 확대될", "to grow to $20 billion in 2022": a level a verb says the
/// market moves to, with no start in its sentence; its start is the latest earlier level of the
/// same measure and source (frames/rise_to_level.cpp).
void frame_rise_to_level(const sentence_claims& s);
/// "북미가 48억 달러로 … 차지했고", "North America accounted for $4.8 billion": a level its own
/// clause reports with a past verb is measured (frames/measured_clause.cpp).
void frame_measured_clause(const sentence_claims& s);
/// "2017年、2018年…分别为266亿元和321亿元": listed years and as many amounts, paired in order
/// (frames/respective_years.cpp).
void frame_respective_years(const sentence_claims& s);
/// "产销分别完成A和B": joined figures of one year, respectively, are as many items' figures
/// (frames/respective_items.cpp).
void frame_respective_items(const sentence_claims& s);
/// "…지난해 4%에서 2030년 10%로 높아지고, 수출액도 2조 원에서 6조 8천억 원으로": an undated move
/// after a dated one spans its years (frames/parallel_move.cpp).
void frame_parallel_move(const sentence_claims& s);
/// "has set an export target of $43 billion", "1조원을 목표로": a goal is no estimate of the
/// market (frames/targets.cpp).
void frame_targets(const sentence_claims& s);
void link_said_moves(std::vector<claim>& claims);

/// "추정치(매출 25조원, 영업이익 1조4000억원)": measures listed in one bracket, each its figure's
/// subject (frames/bracket_measures.cpp).
void frame_bracket_measures(const sentence_claims& s);

inline void apply_frames(const sentence_claims& s, const std::vector<std::string>* wholes,
                         const std::vector<std::string>* regions) {
  frame_compared_base(s);
  frame_ranked_part(s);
  frame_bracketed_items(s);
  frame_bracket_measures(s);
  frame_measured_clause(s);
  frame_respective_years(s);
  frame_respective_items(s);
  frame_written_total(s, wholes);
  frame_period_move(s);
  frame_parallel_move(s);
  frame_same_year(s);
  frame_rival_estimate(s);
  frame_scene_year(s);
  frame_counted_year(s);
  frame_part_year_rate(s);
  frame_back_attribution(s);
  frame_agreement(s);
  // "전망치(10조5000억원)보다 1조5000억원 상향": a change amount is never a revised level.
  frame_level_change(s);
  frame_revision(s);
  frame_yoy_of_level(s);
  frame_rate_year(s);
  frame_unnamed_move(s);
  frame_move_direction(s);
  frame_rise_to_level(s);
  frame_streak(s);
  frame_share_restated(s);
  frame_named_whole(s);
  frame_lead_whole(s);
  frame_annual_rates(s);
  frame_rate_of_move(s);
  frame_rate_forward(s);
  frame_rate_span_after(s);
  frame_rate_of_period_ref(s);
  frame_enumeration(s);
  frame_single_parts(s);
  frame_factor_lede(s);
  frame_anaphor_change(s);
  frame_scenario(s);
  frame_targets(s);
  frame_share_amount(s);
  frame_share_of_named_part(s);
  if (wholes && regions) frame_region_lead(s, *wholes, *regions);
  if (regions) frame_share_dimensions(s, *regions);
}

/// Target levels' rates (frames/targets.cpp): "목표를 세웠다. 연평균 22.2%씩 성장하는 셈이다".
void join_target_rates(std::vector<claim>& claims);

/// A headline's figure takes the body's name for the figure it restates (frames/headline.cpp).
void restate_headline(std::vector<claim>& claims, const std::vector<sentence_sources>& sentences);

/// A move's base dated by the year written for its end: the year before with a year-on-year
/// rate between them, else none (frames/move_base_year.cpp).
void date_move_bases(std::vector<claim>& claims);

/// The passes over the whole document, once every sentence's frames have run.
inline void apply_document_frames(std::vector<claim>& out, const std::vector<std::string>* wholes,
                                  const std::vector<std::string>* regions,
                                  const std::vector<sentence_sources>& source_scope) {
  inherit_scope(out, wholes, regions);
  date_move_bases(out);
  join_target_rates(out);
  link_parts_to_wholes(out);
  link_shares_to_totals(out);
  carry_sources(out, source_scope);
  link_said_moves(out);
  restate_headline(out, source_scope);
}

}  // namespace fc::claims
