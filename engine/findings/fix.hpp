// Fixes: a finding's consistent value written into the underlined figure, as byte edits.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "findings/finding.hpp"

namespace fc::findings {

/// Original bytes [start, end) become `after`; `before` is what they were.
struct fix_edit {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string before;
  std::string after;
  std::vector<std::string> findings;  ///< ids of the findings this edit fixes
};

/// The number written in a figure, e.g. `1,200.5` in `$1,200.5 million`.
struct written_number {
  std::size_t start = 0, end = 0;  ///< byte range in the figure's text
  double value = 0;
  int decimals = 0;        ///< digits after the decimal point
  bool thousands = false;  ///< written with commas between groups of three
};

/// The one number in `text` (digits with thousands commas and one decimal point). Nullopt
/// when there is none, more than one (`1조2000억원`, `3~4조원`, `$3–4 billion`), or its commas
/// are not thousands separators; `why` then says which.
std::optional<written_number> single_number(std::string_view text, std::string* why = nullptr);

/// `value` written with `decimals` digits after the point, with thousands commas if asked.
std::string write_number(double value, int decimals, bool thousands);

/// The edit that writes finding `f`'s expected value into the one figure it underlines, in
/// the figure's own form (`10억달러` → `31억달러`, `17.5%` → `12.3%`): the digits at the
/// figure's own precision, only when that rounding lies inside the expected interval.
/// Nullopt, with the reason in `why`, when the fit is not unambiguous.
std::optional<fix_edit> fix_for(const finding& f, const std::vector<claim>& claims,
                                std::string_view original, std::string* why = nullptr);

/// A finding that gets no edit, and why.
struct unfixed {
  std::size_t finding = 0;  ///< index into the findings planned
  std::string reason;
};

/// Every edit for one file's errors, sorted and non-overlapping, and the errors left as they
/// are. Warnings and infos are not planned. Two findings that want different digits in one
/// figure both get none.
struct fix_plan {
  std::vector<fix_edit> edits;
  std::vector<unfixed> left;
  /// An error is left: the file must not be changed at all.
  bool blocked = false;
};

/// Plans the fixes of one file's findings over its claims and original bytes.
fix_plan plan_fixes(const std::vector<finding>& findings, const std::vector<claim>& claims,
                    std::string_view original);

/// `original` with the edits of a plan applied (sorted, non-overlapping, inside it).
std::string apply_edits(std::string_view original, const std::vector<fix_edit>& edits);

}  // namespace fc::findings
