// Internal: readings of a mention in its sentence that the assembler combines into a claim.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/claim.hpp"
#include "claims/context.hpp"
#include "grammar/mention.hpp"

namespace fc::claims {

/// The interval a mention denotes once its hedge is applied (claim-language §2).
interval apply_hedge(const grammar::mention& m, const hedge& h, double nearly_band = 0.10);

/// What a percentage is: growth (cagr, yoy, total, other), a share or a change, and its sign.
struct rate_reading {
  claim_kind kind = claim_kind::growth;
  rate_kind rk = rate_kind::total;
  bool negative = false;
  bool uncued = false;       ///< no word said what the rate is; growth is only the default guess
  bool other_basis = false;  ///< measured on another basis than the figures beside it
  bool each_year = false;    ///< a cagr the text applies to every year, not an average
};
rate_reading read_rate(std::string_view s, const grammar::mention& m);
/// An amount that is the gap between two figures ("60조원 정도 차이", "相差近800亿元"), no level
/// (roles.gap_before, roles.gap_after).
bool names_gap(const sentence_view& sv, const grammar::mention& m);
/// A verbal fraction's role: "grew by a third" a change, "a third of the total" a share.
std::pair<claim_kind, rate_kind> fraction_role(std::string_view s, const grammar::mention& m);
/// True when a multiple states a fall: "3배 감소", "fell threefold", "a 5x drop", "8x lower".
bool factor_falls(std::string_view s, const grammar::mention& m);
/// A change read downwards: a rate negated, a factor inverted (a fall of ×[2.5, 3.5] is
/// ×[1/3.5, 1/2.5]; an open side stays open, a factor's floor is 0).
interval falling(const interval& iv, rate_kind rk);
/// For a rate of change written with the annual figure it led to ("rose 7.5% to 3.4 trillion
/// won in 2023", "6,838억 달러로 7.4% 감소"): the figure's year (0 when unwritten), meaning the
/// rate is year over year (§6.3); nullopt for any other rate.
std::optional<int> annual_result(const sentence_view& sv, std::size_t index,
                                 const std::optional<date>& article);
/// "내년 매출이 올해보다 8% 증가한 13조2000억원", "$5.61 trillion this year, up 9.8% from last
/// year": the year of the level a change measured against the year before it leads to.
std::optional<int> compared_year_change(const sentence_view& sv, std::size_t index,
                                        const std::optional<date>& article);

/// "day", "capita", "unit", "year" when the amount is a flow or a unit price.
std::optional<std::string> read_per(std::string_view s, const grammar::mention& m);
/// "will grow about 28% this year to $1.8 billion": the amount at `index` is the level the
/// change right before it reaches (roles.change_end_before). With `unnamed_base`, the level a
/// multiple reaches whatever its gap names, unless a base is named after it ("will quadruple to
/// $41 billion" but not "… from 2020 levels"); the caller keeps it for a multiple that names no
/// base (one that is no change end).
bool is_change_end(const sentence_view& sv, std::size_t index, bool unnamed_base = false);
/// "57% of this year's revenue", "전체 매출의 57%": the whole a share names, as a subject key;
/// empty when it names none or only "the total" (shares.whole_determiners are left out).
std::string named_share_whole(const sentence_view& sv, const grammar::mention& m);
/// "103억 달러 적자", "영업손실 500억원", "a loss of $3.2bn": a negative balance (§4.2).
bool negative_balance(std::string_view s, const grammar::mention& m);
/// "after unit sales rose an estimated 5% to 23.4 million units in 2023": a past verb right
/// before the figure reports it as measured, whatever the sentence forecasts.
bool reported_as_measured(const sentence_view& sv, const grammar::mention& m);
/// "rose 5% to", "was valued at": a past verb right before the figure, past its hedge
/// (forecast.past_before).
bool past_verb_right_before(const sentence_view& sv, const grammar::mention& m);
/// True for the base of "A에서 B로" / "from A to B".
bool is_base(std::string_view s, const grammar::mention& m);
/// Dates each prior-period figure ("전년 동기(…)", "a year earlier") a year before the
/// sentence's other figure of its kind (implied_years.cpp).
void date_prior_figures(std::vector<claim>& out, const std::vector<std::size_t>& prior,
                        std::size_t sentence);
/// "한국산은 1억 2,600만 달러로 전년(9,800만 달러)보다": a prior-period figure is the same
/// measure as the nearest figure of its kind in its sentence (implied_years.cpp).
void share_prior_subjects(std::vector<claim>& out);
/// Marks a change whose own figure ("grew 12% to 96 million") made no claim, so that no rule
/// links it to other figures (orphan_changes.cpp). `original_start` maps sentence offsets.
void unlink_orphan_changes(std::vector<claim>& out, std::size_t first, const sentence_view& sv,
                           const std::function<std::size_t(std::size_t)>& original_start);
/// Dates the move of the sentence whose claims start at `first` when it is said to span "the
/// same period" as the dated move before it (implied_years.cpp).
void date_same_period(std::vector<claim>& out, std::size_t first, std::string_view text);
/// Whether the last amount of this sentence or the one before is a quarter's or a half-year's
/// ("같은 기간", "the same period" take its period).
bool part_year_before(const std::vector<claim>& out, std::size_t sentence);
/// "한때 2위였던 요기요는 19.4%": a share whose clause names its holder's rank; `b` is the text
/// before a percentage (rate_cues.cpp).
bool ranked_share(std::string_view sentence, const grammar::mention& m);
/// How many shares the claims of `sentence` read so far hold (rate_cues.cpp).
int shares_in_sentence(const std::vector<claim>& out, std::size_t sentence);
bool ranked_holder(std::string_view b);
/// "연간 8% 성장" is an annual rate; "연간 수출액(…)의 82%" and "연간 점유율 50%" are not
/// (rate_cues.cpp).
bool annual_adverb(std::string_view b);
/// "전년(…)", "from $10.3 billion a year earlier", "the 2.73 trillion yen it earned a year
/// earlier": the figure of the year before the sentence's own.
bool is_prior_figure(std::string_view s, const grammar::mention& m);
/// "added 5.1 million subscribers", "123만명 순증": net additions, a flow, not a level.
bool is_flow(std::string_view s, const grammar::mention& m);
/// "in the fourth quarter", "상반기": a figure for part of a year, not the whole year.
bool is_part_year(std::string_view s, const grammar::mention& m);
/// "지난해 같은 기간(188억 달러)", "the year-earlier period": the period of the figure before.
bool same_period_as_before(std::string_view s, const grammar::mention& m);
/// "grew 12% to 96 million": `next` is the figure the change led to.
bool change_reaches(std::string_view s, const grammar::mention& rate, const grammar::mention& next);
/// "이 중 …", "Of this, …", ", of which …": the sentence gives parts of the whole named before.
bool part_of_whole_sentence(std::string_view s);

/// "전 분기(292억 달러) 대비", "from $3.1 billion in the previous quarter": the period before
/// the sentence's own, whose year may or may not be the same: left undated.
bool is_sequential_base(std::string_view s, const grammar::mention& m);
/// "$90 billion of this year's total", "will account for $398.3 billion": a part of the total
/// named before it.
bool part_amount(std::string_view s, const grammar::mention& m);
/// "이어 카카오페이 27.8%, …", "Followed by …", "삼성전자(28.4%)와 LG전자(21.3%)가 뒤를 이었다": a
/// sentence that goes on with the list before it.
bool continues_list(std::string_view s);
/// The share an uncued percentage of sentence `si` goes on with: the last percentage claimed
/// before it, past the amounts a list pairs with its shares ("미국(16억1000만달러·18.9%)"), when
/// it is a share of this sentence, or the last claim of the sentence before and `sentence`
/// `continues_list`.
const claim* share_listed_before(const std::vector<claim>& out, std::size_t si,
                                 std::string_view sentence);
/// Where a part-of-whole sentence's parts start: after ", of which", else at its beginning.
std::size_t part_cue_at(std::string_view s);
/// Whether the figure at `m` is a part, and whether its sentence opens on the whole before it
/// ("이 중 …", "このうち…", "Of that total, …"), which names that whole whatever years come before.
std::pair<bool, bool> part_role(std::string_view s, const grammar::mention& m, bool sentence_part);
/// "외국계 3사가 91.3%", "the top three together": the sum of the shares just listed.
bool is_subtotal(std::string_view s, const grammar::mention& m);
/// "its earlier forecast of $6 billion", "기존 전망치(60억 달러)": a figure the sentence
/// revises or compares against, not one it states.
bool is_superseded(std::string_view s, const grammar::mention& m);
/// True when `m` restates `prev` in another currency in brackets.
bool is_conversion(std::string_view s, const grammar::mention& prev, const grammar::mention& m);
/// Resolves ¥ to yuan or yen by the conversion's implied rate (currency_resolution.cpp).
void resolve_yen(claim& base, claim& conversion);
/// Bare-dollar figures of a text that converts them into US dollars ("$4.2 billion (US$3.0
/// billion)") are in its country's dollar, or an unnamed one (currency_resolution.cpp).
void resolve_local_dollars(std::vector<claim>& out, std::string_view document);
/// Gives bare market subjects the market named in the next two sentences.
void resolve_forward(std::vector<claim>& out, const std::vector<bool>& bare,
                     const std::vector<bool>& named);
/// A counted noun within the next words after a bare English scale number, or "".
std::string counted_noun_after(std::string_view s, std::size_t end);
/// The counted noun a clause names before a bare scaled figure ("Unit sales … to 3.6 million").
std::string counted_noun_before(std::string_view s, std::size_t begin);
/// The counted noun of the bare English scaled figure `m`: after it, before it in its clause,
/// the one the sentence shares (`sentence_unit`), or for a move's base the one found beside the
/// figure before (`noun_found`); "" when none (counted_units.cpp).
std::string counted_unit(const sentence_view& sv, const grammar::mention& m,
                         const std::string& sentence_unit, const std::string& noun_found);
/// The currency and unit of a move's base, for its end written with neither ("from $105 million
/// … to about 410 million"); empty when `sv.mentions[mi]` is no such end (counted_units.cpp).
std::pair<std::string, std::string> move_end_measure(const sentence_view& sv, std::size_t mi);

}  // namespace fc::claims
