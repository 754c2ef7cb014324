// The claim: a figure or rate bound to its subject, year, source and hedge (output contract).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "support/interval.hpp"
#include "support/span.hpp"

namespace fc {

enum class claim_kind { size, quantity, growth, change, share };
enum class rate_kind { none, cagr, yoy, total, other, percent, points, factor, difference };

const char* to_string(claim_kind k);
struct claim;
/// Where the claim with this id stands: ids are "c<n>" in order, so it is found by index,
/// never by a search. Nullopt when no claim of `claims` has the id.
std::optional<std::size_t> index_of_claim(const std::vector<claim>& claims, const std::string& id);
const char* to_string(rate_kind k);

/// One extracted claim. Offsets in `where` point into the original file bytes.
struct claim {
  std::string id;
  claim_kind kind = claim_kind::size;
  std::string text;
  span where;
  std::optional<std::string> subject;      ///< display form, as written
  std::optional<std::string> subject_key;  ///< normalized key used to group claims
  std::optional<std::string> source;
  std::optional<int> year;
  std::optional<int> period_from;
  std::optional<int> period_to;
  std::string value_hedge = "exact";  ///< exact, about, nearly, over, at_least, under, ...
  std::string year_relation = "in";   ///< in, by, around, from, as_of, fiscal
  std::optional<interval> value;      ///< size/quantity: base units
  std::optional<std::string> currency;
  std::optional<std::string> unit;
  std::optional<interval> rate;  ///< growth/change/share: a fraction (factor for `factor`)
  rate_kind rate_of = rate_kind::none;
  std::optional<std::string> per;  ///< "day", "year", "capita": never compared with totals
  bool forecast = false;
  bool vague = false;
  bool currency_inferred = false;
  bool move_base = false;  ///< the base of a move ("from A to B", "A에서 B로"): internal
  bool change_end =
      false;  ///< "will grow 28% this year to $1.8 billion": what a change reaches: internal
  bool compared_base =
      false;  ///< "X보다 7.7% 늘어난", "compared with X": a change's base: internal
  /// A CAGR written in the clause of a move ("grow from A in 2024 to B by 2032, exhibiting a
  /// CAGR of R"): the move's years, the span the rate compounds over: internal
  std::optional<std::pair<int, int>> rate_move;
  bool prior = false;  ///< "a year earlier", "전년 동기(…)": the year before the other's: internal
  int prior_years =
      1;  ///< "2년 전(…)": how many years before the other's a prior figure is: internal
  bool other_basis =
      false;  ///< "in constant currency", "전분기 대비": not vs the figures: internal
  bool part_year = false;  ///< a quarter's or half-year's figure, not the year's: internal
  bool flow = false;       ///< "added 5.1 million": net additions, not a level: internal
  bool part = false;  ///< in an "이 중 …"/"of which" sentence: a part of the whole: internal
  bool part_led = false;  ///< its sentence opens on the whole before it ("このうち"): internal
  bool holder_named = false;  ///< a part named by its rank's holder ("Inspection … the largest
                              ///< segment"): internal
  bool subtotal = false;      ///< "3사가 91.3%": the sum of the listed shares: internal
  int subtotal_count = 0;     ///< how many listed shares a subtotal sums ("the top five"): internal
  bool superseded = false;  ///< "its earlier forecast of $6 billion": revised, not stated: internal
  bool remainder = false;   ///< "the remaining vendors", "나머지": the rest of a list: internal
  bool base_named =
      false;  ///< "约为原预测的6.3倍", "今年的4.6倍": a multiple of a named base: internal
  bool continues =
      false;  ///< "이어 B 27.8%, C 24.6% 순", "Followed by …": the list before: internal
  bool own_wholes = false;  ///< "Among member states, Sweden … 66.4%": each of its own: internal
  bool each_year = false;   ///< "매년 15~25%씩", "20–30% a year": binds every step: internal
  bool says_agreement =
      false;  ///< its sentence says sources agree ("in line with", "일치"): internal
  bool says_revision =
      false;  ///< its sentence says a forecast was revised ("raised", "상향"): internal
  bool source_carried = false;  ///< inherited from an earlier sentence (§10 scope): internal
  bool rival_source =
      false;  ///< its sentence sets its named source against the ones before: internal
  std::size_t partition = 0;  ///< the enumeration a part or share is listed in (0: none): internal
  std::optional<std::string> conversion_of;  ///< id of the amount this one restates
  /// The end of a move whose verb says which way it goes ("grow to B from A", "A에서 성장해 B로
  /// 커질"): the id of its start A, and +1 for a rise or -1 for a fall. Internal.
  std::optional<std::string> move_from;
  int move_direction = 0;
  /// A level a verb says the market rises (+1) or falls (-1) to, with no start in its sentence
  /// ("2022년에는 20조원 규모로 확대될"); its start, found in the text before, is then a
  /// reading (`move_from_context`). Internal.
  int said_direction = 0;
  bool move_from_context = false;
  bool revision_move = false;
  /// A multiple stated in a sentence with no figures of its own ("수요가 3년 만에 세 배 가까이
  ///늘어날"): the move it summarizes is given after it; its span in years when stated. Internal.
  bool lede = false;
  /// The level a multiple reaches with no base named ("will more than quadruple to $41
  /// billion"): from the figure before it, a reading only. Internal.
  bool multiple_end = false;
  /// A change in a sentence opened by an anaphor, from its sentence's one level to the figure
  /// of the sentence before ("That would be a six-fold jump from $20 billion"). Internal.
  bool anaphor_move = false;
  bool measured = false;  ///< its own clause reports it with a past verb: internal
  bool current = false;  ///< its own clause states it in the present, forecasting nothing: internal
  bool scenario = false;  ///< a scenario's figure ("our bull case puts …"): internal
  int span_years = 0;     ///< the move is a revision: its start is the forecast replaced
  std::optional<std::string> whole_of;  ///< a part's whole: id of the total it is a part of
  /// A share in apposition with the amount it measures ("$2.5 billion, or 32.1% of the total"):
  /// the amount's id, the total's id once known, and whether the total was written in the
  /// share's own sentence. Internal.
  std::optional<std::string> share_part;
  std::optional<std::string> share_total;
  bool share_total_written = false;
  std::optional<std::string> share_whole;  ///< "57% of this year's revenue", "$19 billion of the
                                           ///< wagers": the whole a share or a part names (a
                                           ///< subject key): internal
  bool share_of_total = false;  ///< the share says it is of the total ("of the total", "전체의")
  std::size_t sentence = 0;     ///< index of the sentence it came from
  /// Set on the rules' copy when the value was converted through the configured rate table;
  /// holds the currency as written.
  std::optional<std::string> converted_from;

  /// The contract's `qualifier`: the hedge unless exact, else the year relation unless `in`.
  std::string qualifier() const;
};

/// A figure per day, month, customer or unit: never compared with totals. A yearly figure
/// ("sales of $105 billion a year by 2030") is that year's level.
/// Partitions below this are enumerations' lists (frames/enumeration.cpp); from it on, one per
/// sentence, the parts a sentence splits a whole into without listing them.
constexpr std::size_t first_sentence_partition = std::size_t{1} << 40;

inline bool per_item(const claim& c) { return c.per && *c.per != "year"; }

/// What a target's subject key ends with: it keys a goal apart from the market's own figures
/// (frames/targets.cpp).
inline constexpr std::string_view target_key_suffix = "#target";
inline bool is_target(const claim& c) {
  return c.subject_key && c.subject_key->ends_with(target_key_suffix);
}

/// A figure written as a change's base: a move's start, a prior period's figure, or the base of
/// a comparison ("nearly three times the $260 billion recorded in 2021").
inline bool written_base(const claim& c) { return c.move_base || c.prior || c.compared_base; }

/// A change stated between two levels, on the figures' own basis: a multiple, or a total or
/// year-on-year rate (change-mismatch holds it to the levels it links).
inline bool move_change(const claim& c) {
  bool factor = c.kind == claim_kind::change && c.rate_of == rate_kind::factor;
  bool total = c.kind == claim_kind::growth &&
               (c.rate_of == rate_kind::total || c.rate_of == rate_kind::yoy);
  return (factor || total) && !c.other_basis;
}

}  // namespace fc
