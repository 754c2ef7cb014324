// Internal: one sentence under analysis, with helpers to look at the words around a mention.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/mention.hpp"
#include "support/date.hpp"

namespace fc::claims {

struct sentence_view {
  std::string_view text;
  std::vector<grammar::mention> mentions;
  bool english = false;
  std::string language = "ko";  ///< the sentence's language: ko, en, zh or ja
  bool tabular = false;  ///< a row or item under a unit declaration: forecast markers are local
  std::string_view row_label;  ///< a table row's first cell, which names what its figures are of
  /// Rates in a table's CAGR column (by where they start) and the years the table spans.
  std::vector<std::size_t> cagr_cells;
  std::pair<int, int> table_years{0, 0};
  /// "The market shrank in 2023. Trading fell 61% to $723m.": the one year of a figureless
  /// sentence just before, in the same paragraph; 0 when there is none.
  int scene_year = 0;
};

/// The one currency and the one counted unit of the sentence's amounts: "?" when several
/// differ, empty when none is written.
std::pair<std::string, std::string> shared_measure(const sentence_view& sv);

/// The year a sentence sets the scene with: its only year, when it has no figures.
int scene_year_of(const sentence_view& sv);

/// Up to `bytes` bytes before `pos`, cut at a UTF-8 boundary.
std::string_view before(std::string_view s, std::size_t pos, std::size_t bytes);
/// Up to `bytes` bytes from `pos`, cut at a UTF-8 boundary.
std::string_view after(std::string_view s, std::size_t pos, std::size_t bytes);
/// `after`, cut before the next digit: what follows a figure up to the next number.
std::string_view own_after(std::string_view s, std::size_t end, std::size_t bytes);
/// The words of `b` since its last clause break (a comma and a space).
std::string_view clause_before(std::string_view b);
/// `before`, cut after the previous digit: what precedes a figure back to the last number.
std::string_view own_before(std::string_view s, std::size_t begin, std::size_t bytes);
/// True when `hay` contains any of `needles`.
bool contains_any(std::string_view hay, std::initializer_list<std::string_view> needles);
/// Same, ignoring ASCII case.
bool contains_any_ci(std::string_view hay, std::initializer_list<std::string_view> needles);
/// `s` without the spaces it ends with.
std::string_view trim_right(std::string_view s);
/// True when `gap` holds only connectives ("to", "and", "about") and years.
bool connective_only(std::string_view gap);
/// The figure's own Korean clause: what follows it up to a past verb that closes the clause
/// ("6천472억원을 기록했으며, … 출시할 계획이다" ends at "했으며").
std::string_view korean_clause(std::string_view after_figure);
/// Splits on spaces.
std::vector<std::string_view> words(std::string_view s);

/// Value hedge read around a mention: class name and whether it was found.
struct hedge {
  std::string name = "exact";
  std::size_t band_unit_third = 0;  ///< 초반 1, 중반 2, 후반 3 after `대`
};
hedge read_hedge(std::string_view s, const grammar::mention& m, bool forecast);

/// A year bound to a figure, with its relation (in, by, around, from, as_of, fiscal).
struct bound_year {
  int year = 0;
  std::string relation = "in";
};
/// The year a figure is for (§7, §9.2), or nullopt.
/// The years a change takes, as its sentence states them ("3년 만에", "in three years"), from
/// the language data (time.change_span).
std::optional<int> change_span_years(std::string_view sentence);
std::optional<bound_year> bind_year(const sentence_view& sv, std::size_t index,
                                    const std::optional<date>& article);
/// Places two-digit years ('05년, 99년, FY24) in the hundred years around the article date
/// (from 69 years before it to 30 after); without a date they stay in 1950-2049.
void date_short_years(std::vector<grammar::mention>& mentions, const std::optional<date>& article);
/// Drops the years that are part of a name ("Saudi Vision 2030") (non_figures.cpp).
void drop_name_years(std::vector<grammar::mention>& mentions, std::string_view text);
/// Drops the amounts of an exchange rate written as an equation ("1ドル＝150円") (non_figures.cpp).
void drop_exchange_rates(std::vector<grammar::mention>& mentions, std::string_view text);
/// The period of a growth claim written in its sentence.
std::pair<std::optional<int>, std::optional<int>> bind_period(
    const sentence_view& sv, std::size_t index, const std::optional<date>& article = std::nullopt);

/// Subject of a figure: display form and whether it names a topic (not a bare "시장").
struct subject_phrase {
  std::string display;
  bool named = false;
  bool market = false;  ///< the head is a market-size measure (시장, 시장 규모, market, industry)
  bool part = false;  ///< the holder of a segment's rank ("Inspection … the largest segment")
};
std::optional<subject_phrase> find_subject(const sentence_view& sv, std::size_t index);
/// The subject a clause of its own gives the figure at `index` ("…, while risk mitigation is
/// expected to … 8.5% a year", "포장은 … 연 12~14%씩"), or nullopt (clause_subject.cpp).
std::optional<subject_phrase> clause_subject(const sentence_view& sv, std::size_t index);
/// The holder of a rank a measure is named by ("Blue widgets remained the largest category at
/// $2.2 billion" is blue widgets'), or nullopt (rank_holder.cpp).
std::optional<subject_phrase> rank_holder_subject(std::string_view s, std::size_t fig,
                                                  const subject_phrase& sp);
/// "the largest category": a measure named by its rank alone, which names no market.
bool rank_named(const subject_phrase& sp);
/// The subject a sentence names last, for the sentences after it; not a part (subject.cpp).
std::optional<subject_phrase> subject_named_last(const sentence_view& sv);
/// "스마트링은 올해 출하량이 약 190만대로": a bare measure after a Korean topic is the topic's
/// ("스마트링 출하량"), or nullopt (clause_subject.cpp).
std::optional<subject_phrase> topic_of_bare_measure(const sentence_view& sv, std::size_t fig,
                                                    const subject_phrase& bare);
/// "수출액이" after "화장품 수출액은", "spending" after "security spending", "出货量" after
/// "中国储能锂电池出货量": the bare measure is the one named last, unless qualified after it.
bool same_bare_measure(const sentence_view& sv, const subject_phrase& bare,
                       const subject_phrase& named);
/// The subject a bare measure is: the one named last when it is that measure, else, in Chinese
/// or Japanese, the latest of `named` that is ("今年回收量…" after "…电池回收量约为62万吨" and a
/// market named since).
std::optional<subject_phrase> bare_measure_named(const sentence_view& sv,
                                                 const std::optional<subject_phrase>& bare,
                                                 const std::optional<subject_phrase>& last,
                                                 const std::vector<subject_phrase>& named);
/// "sales in Latin America": the bare measure `measure` is written with a qualifier after it
/// (subjects.qualifiers_after), so it names something narrower than a market named before.
bool qualified_after(const sentence_view& sv, std::string_view measure);
/// What a bare "the market" refers to: the market named last; with none named yet, what its own
/// sentence named ("estimates cloud gaming revenue at …; it sees the market …"), else, in
/// English, the subject named before ("Quantum sensing revenue … . … puts the market at …").
std::optional<subject_phrase> market_referent(bool english,
                                              const std::optional<subject_phrase>& last_market,
                                              const std::optional<subject_phrase>& named_here,
                                              const std::optional<subject_phrase>& last_subject);
/// "the global market" after "the global pet food market": a scope and a bare market measure
/// refer back to the last market named with that scope.
bool scoped_anaphor(const subject_phrase& sp, const subject_phrase& last);
/// The subject phrase nearest before byte `pos` of the sentence (else the first after it; for
/// a `rate`, not past a comma).
std::optional<subject_phrase> find_subject_at(std::string_view sentence, std::size_t pos,
                                              bool rate = false);
/// "Europe is expected to …", "Asia Pacific accounted for …": an English sentence that opens
/// with a proper name and a verb is about that name, not about the market named before.
std::optional<std::string> leading_name(std::string_view sentence);
/// "Indonesia, the region's biggest market, accounted for $72bn": the name that opens the
/// sentence before an apposition, when its verb is no verb of saying (leading_names.cpp).
std::optional<subject_phrase> name_before_apposition(std::string_view s, std::size_t fig);
/// "Commercial sportsbooks generated $11.0 billion in revenue": the clause's opening noun phrase
/// names the measure written after the figure (leading_names.cpp).
std::optional<subject_phrase> earned_measure(std::string_view s, std::size_t fig_begin,
                                             std::size_t fig_end);

/// "consumers spent $8.2 billion on cloud gaming services": the object of the spending, as
/// "cloud gaming services spending", so it meets "spending on cloud gaming services".
std::optional<subject_phrase> spending_object(std::string_view sentence, std::size_t fig_begin,
                                              std::size_t fig_end);
/// The object an English measure word ending at `head_end` names after "on", "of" or "for",
/// with a trailing space ("generative AI "), or "" when it names none (measure_object.cpp).
std::string measure_object(std::string_view sentence, std::size_t head_end);
/// Normalized grouping key of a subject phrase (spacing, 생성형/생성, scope words).
std::string subject_key(std::string_view display);

/// The sources named so far, for the sentences that point back to them.
struct source_memory {
  std::vector<std::string> last;      ///< of the last sentence that named any
  std::vector<std::string> reported;  ///< of the last one that named them with a report
  /// Keeps the sources `sv` names, if any.
  void remember(const sentence_view& sv, const std::vector<std::string>& named);
};
/// Sources a figure is attributed to (several when "양사 모두"/"both" distributes).
std::vector<std::string> find_sources(const sentence_view& sv, std::size_t index,
                                      const source_memory& previous);
/// Every source named in the sentence (for distribution in the next one).
std::vector<std::string> named_sources(const sentence_view& sv);

/// True when the sentence states a projection (§9.3).
bool forecast_signal(std::string_view sentence);
/// "X puts the 2023 market at …": an estimate verb and no word of the future.
bool estimate_verb_only(std::string_view s);

}  // namespace fc::claims
