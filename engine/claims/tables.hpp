// Internal: unit declarations (`(단위: 억원)`, `(in USD million)`) and the tables or lists they
// scale (claim-language §11.3).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claims/context.hpp"

namespace fc::claims {

/// What a declaration says every bare number below it is counted in.
struct unit_declaration {
  double scale = 1;
  std::string currency;  ///< ISO code, or empty for counted units
  std::string unit;
};

/// The declaration written in `sentence`, if any; `end` is set to the byte after it.
std::optional<unit_declaration> read_unit_declaration(std::string_view sentence, std::size_t& end);

/// Follows a declaration through the rows and items after it: each bare number there becomes
/// an amount mention, with the year of its table column when the header names one. Prose,
/// a heading or a blank line after the rows ends the declaration's reach.
class table_scope {
 public:
  /// `gap` is the text between the previous sentence and this one.
  void visit(sentence_view& sv, std::string_view gap);

 private:
  struct column {
    int year = 0;
    bool estimate = false;
    bool cagr = false;  ///< "CAGR", "연평균 성장률": the column's rates compound over the years
  };
  void add_numbers(sentence_view& sv, std::size_t from, bool table_row) const;
  void mark_cagr_cells(sentence_view& sv) const;

  std::optional<unit_declaration> declared_;
  std::vector<column> header_;
  bool rows_started_ = false;
};

}  // namespace fc::claims
