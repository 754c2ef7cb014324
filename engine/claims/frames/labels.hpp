// Internal: the label of a listed figure and the cues of a breakdown, shared by the enumeration and
// the single-part frames.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fc::claims {

/// The label of an item: the words between the list's joiner (or the clause's start, `from`)
/// and the figure at `begin`, without the linking words that bind it ("at", "with", "이", "가").
std::string_view label_before(std::string_view text, std::size_t from, std::size_t begin);
/// A label names a part: short, no year, no verb-like clause (few words).
bool is_label(std::string_view l);

/// "By region, …", "…: by builder country, …": a dimension named at the head of a clause
/// (frames/breakdown_cues.cpp).
bool names_dimension(std::string_view text);
/// A dimension, or a breakdown cue that names no basis the figures are measured on.
bool names_breakdown(std::string_view text);
/// `gap` with the verbs that give a share blanked out (roles.share_verbs).
std::string without_share_verbs(std::string_view gap);
/// Where the last breakdown cue of `text` ends (npos: none).
std::size_t last_cue_end(std::string_view text);

}  // namespace fc::claims
