// Internal: Chinese and Japanese readings. The grammar reads the words that touch a figure
// (mention::rate_cue, hedge, decline); these turn them into a claim's fields, and find the
// subject and source of a figure with the words of rules/lang/{zh,ja}.toml.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/context.hpp"
#include "claims/readings.hpp"

namespace fc::claims {

/// True when the sentence is read as Chinese or Japanese.
bool is_cjk(const sentence_view& sv);
/// What a percentage is, from the grammar's rate words and the share words around it.
rate_reading cjk_rate(const sentence_view& sv, const grammar::mention& m);
/// "增长1.5倍": in Chinese a multiple after a verb of increase counts the increase, so the
/// level is 1 + N times the base (directions.factor_increase_before); anything else as read.
interval increase_multiple(const sentence_view& sv, const grammar::mention& m, interval iv);
/// `lead` without the Chinese or Japanese hedge that ends it ("增长约", "净增约" → "增长", "净增").
std::string_view without_cjk_hedge(std::string_view lead);
/// "前年度比105.2%" (Japanese, with no direction after it): a ratio to the year before, read as
/// the change it states (+5.2%) (cjk_figures.cpp).
interval ratio_to_year_before(const sentence_view& sv, const grammar::mention& m, interval iv);
/// The hedge the grammar read touching the figure (约, 超过, 約, 超).
hedge cjk_hedge(const grammar::mention& m);
/// The subject nearest before the figure in its sentence: the phrase that ends in a subject
/// head ("国内工业机器人销量", "国内ドローン関連市場").
std::optional<subject_phrase> cjk_subject(const sentence_view& sv, std::size_t index);
/// Every source the sentence names ("据中商产业研究院预测", "矢野経済研究所によると",
/// "富士キメラ総研は、…予測をまとめた").
std::vector<std::string> cjk_sources(const sentence_view& sv);
/// A source and where the sentence names it.
struct cjk_source {
  std::size_t at = 0;
  std::string name;
};
std::vector<cjk_source> cjk_sources_at(const sentence_view& sv);
/// The source of the figure at `fig`: the last named before it, else the first after it.
std::optional<std::string> cjk_source_for(const sentence_view& sv, std::size_t fig);
/// "三年年复合增长率约22%", "5年間の年平均成長率": a span written right before the rate word
/// ends at the sentence's last year; nullopts when there is none.
std::pair<std::optional<int>, std::optional<int>> cjk_span_period(const sentence_view& sv,
                                                                  std::size_t index);
/// True when the sentence states a projection (预计, 見込み).
bool cjk_forecast(const sentence_view& sv);

/// A Chinese or Japanese part cue ("其中，", "このうち") opens the sentence or a clause before
/// `at`: the part named after it is no subject the figures after it carry on with.
bool cjk_part_lead(const sentence_view& sv, std::size_t at);

/// The words between a relative year and its figure name that figure ("较去年创纪录的1065亿美元"):
/// a short phrase with no comparison of its own, ending in a possessive.
bool cjk_year_names_figure(const sentence_view& sv, std::string_view between);

/// A percentage a share's move starts from or reaches ("比重由2023年的约23%提升至…"): the share's
/// level, not a rate (cjk_figures.cpp).
bool share_level_of_move(const sentence_view& sv, const grammar::mention& m);

/// "SiCは23年の2600億円から…": the topic a Japanese sentence opens on, unless it is the reporter;
/// nullopt otherwise (cjk_topic.cpp).
std::optional<subject_phrase> topic_subject(const sentence_view& sv, std::string_view lead);

}  // namespace fc::claims
