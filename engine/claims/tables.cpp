// Unit declarations and the tables under them. A declaration reaches only rows and list items:
// a bare number in prose is never an amount, whatever was declared above it. The words of a
// declaration and of a table header are the [tables] lists of rules/lang/<id>.toml.
#include "claims/tables.hpp"

#include <algorithm>
#include <cctype>

#include "grammar/lexicon.hpp"
#include "lang/lang.hpp"

namespace fc::claims {
namespace {

using grammar::mention;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool starts_with_word(std::string_view s, std::string_view w) { return s.substr(0, w.size()) == w; }

const lang::word_list& list(std::string_view name) { return lang::words(name); }

// Korean scale syllables in a declaration: 백만 = 100 × 만, 십억 = 10 × 억.
std::optional<unit_declaration> korean_units(std::string_view s) {
  unit_declaration d;
  double small = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    if (const auto* f = list("tables.small_scales").prefix_of(s.substr(i))) {
      small = small > 0 ? small * f->number : f->number;
      i += f->word.size();
    } else if (const auto* big = list("tables.large_scales").prefix_of(s.substr(i))) {
      d.scale *= (small > 0 ? small : 1) * big->number;
      small = 0;
      i += big->word.size();
    } else {
      break;
    }
  }
  if (small > 0) d.scale *= small;
  std::string_view rest = trim(s.substr(i));
  for (std::size_t k = 0; k < grammar::lexicon::ko_currency_count; ++k)
    if (rest == grammar::lexicon::ko_currencies[k].text) {
      d.currency = grammar::lexicon::ko_currencies[k].value;
      return d;
    }
  for (std::size_t k = 0; k < grammar::lexicon::ko_counter_count; ++k)
    if (rest == grammar::lexicon::ko_counters[k].text) {
      d.unit = grammar::lexicon::ko_counters[k].value;
      return d;
    }
  return std::nullopt;
}

// "in USD million", "USD billion", "$ million", "millions of US dollars", "€bn".
std::optional<unit_declaration> english_units(std::string_view s) {
  std::string t(s);
  if (t.find_first_of("0123456789") != std::string::npos) return std::nullopt;
  for (const auto& opener : list("tables.unit_openers").entries())
    if (lang::starts_with(t, opener)) t.erase(0, opener.word.size());
  const auto& signs = list("tables.currency_signs");
  unit_declaration d;
  bool scaled = false;
  // Tokens split on spaces and between a sign and a scale ("$bn", "€m").
  std::vector<std::string> tokens;
  std::string cur;
  for (char c : t) {
    if (c == ' ') {
      if (!cur.empty()) tokens.push_back(cur), cur.clear();
    } else {
      cur += c;
      if (signs.equal_to(cur)) tokens.push_back(cur), cur.clear();
    }
  }
  if (!cur.empty()) tokens.push_back(cur);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (list("tables.fillers").equal_to(tokens[i])) continue;
    if (const auto* scale = list("tables.scale_words").equal_to(tokens[i]); scale && !scaled) {
      scaled = true, d.scale = scale->number;
      continue;
    }
    // A currency of two words ("us dollars") before one of one word ("dollars").
    const lang::entry* currency = nullptr;
    if (i + 1 < tokens.size())
      currency = list("tables.currency_words").equal_to(tokens[i] + " " + tokens[i + 1]);
    if (currency) ++i;
    if (!currency) currency = list("tables.currency_words").equal_to(tokens[i]);
    if (!currency || !d.currency.empty()) return std::nullopt;
    d.currency = currency->text;
  }
  if (!scaled || d.currency.empty()) return std::nullopt;
  return d;
}

// A header cell's year and estimate marker: `2024`, `2024E`, `2024F`, `2024년(전망)`, `'24E`.
std::optional<std::pair<int, bool>> header_year(std::string_view cell) {
  cell = trim(cell);
  std::size_t i = 0;
  if (cell.substr(0, 1) == "'") i = 1;
  std::size_t d = i;
  while (d < cell.size() && std::isdigit(static_cast<unsigned char>(cell[d]))) ++d;
  int year = 0;
  if (d - i == 4)
    year = std::stoi(std::string(cell.substr(i, 4)));
  else if (d - i == 2 && i == 1)
    year = 2000 + std::stoi(std::string(cell.substr(i, 2)));
  if (year < 1900 || year > 2100) return std::nullopt;
  std::string_view rest = cell.substr(d);
  if (const auto* unit = list("tables.year_suffixes").prefix_of(rest))
    rest.remove_prefix(unit->word.size());
  rest = trim(rest);
  // "2024*": a footnote mark is an estimate's; a year alone is an actual figure's.
  if (rest == "*" || list("tables.estimate_marks").equal_to(rest)) return std::pair{year, true};
  if (rest.empty() || list("tables.actual_marks").equal_to(rest)) return std::pair{year, false};
  return std::nullopt;
}

std::vector<std::string_view> cells(std::string_view row) {
  std::vector<std::string_view> out;
  row = trim(row);
  if (row.substr(0, 1) == "|") row.remove_prefix(1);
  if (!row.empty() && row.back() == '|') row.remove_suffix(1);
  std::size_t b = 0;
  for (std::size_t i = 0; i <= row.size(); ++i)
    if (i == row.size() || row[i] == '|') out.push_back(row.substr(b, i - b)), b = i + 1;
  return out;
}

bool list_item(std::string_view s) {
  return starts_with_word(s, "- ") || starts_with_word(s, "* ") || starts_with_word(s, "+ ") ||
         starts_with_word(s, "\xE2\x80\xA2") || starts_with_word(s, "\xC2\xB7") ||
         starts_with_word(s, "\xE2\x96\xB2") || starts_with_word(s, "\xE2\x96\xA0");
}

bool blank_line_in(std::string_view gap) {
  std::size_t first = gap.find('\n');
  return first != std::string_view::npos && gap.find('\n', first + 1) != std::string_view::npos;
}

}  // namespace

std::optional<unit_declaration> read_unit_declaration(std::string_view s, std::size_t& end) {
  // Korean: 단위 then ':' '：' or '=', inside brackets or not.
  for (const auto& label : list("tables.unit_labels").entries()) {
    std::size_t at = lang::find(s, label);
    if (at == std::string_view::npos) continue;
    std::size_t i = at + label.word.size();
    while (i < s.size() && (s[i] == ' ' || s[i] == ':' || s[i] == '=')) ++i;
    if (s.compare(i, 3, "\xEF\xBC\x9A") == 0) i += 3;  // full-width colon
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t close = s.find_first_of(")]", i);
    std::size_t stop = close == std::string_view::npos ? s.find_first_of(",;/\n", i) : close;
    if (stop == std::string_view::npos) stop = s.size();
    if (std::size_t sp = s.find(' ', i); close == std::string_view::npos && sp < stop) {
      // Unbracketed: the words up to the first value ("단위: 억원 2023년 …").
      std::size_t next = s.find(' ', sp + 1);
      stop = korean_units(s.substr(i, sp - i)) ? sp
             : next == std::string_view::npos  ? s.size()
                                               : next;
    }
    if (auto d = korean_units(s.substr(i, stop - i))) {
      end = close == std::string_view::npos ? stop : close + 1;
      return d;
    }
  }
  // English: a bracket holding only a currency and a scale word.
  for (std::size_t open = s.find_first_of("(["); open != std::string_view::npos;
       open = s.find_first_of("([", open + 1)) {
    std::size_t close = s.find_first_of(")]", open);
    if (close == std::string_view::npos) break;
    if (auto d = english_units(trim(s.substr(open + 1, close - open - 1)))) {
      end = close + 1;
      return d;
    }
  }
  return std::nullopt;
}

void table_scope::add_numbers(sentence_view& sv, std::size_t from, bool table_row) const {
  auto numbers = grammar::scan_plain_numbers(sv.text, sv.mentions);
  for (auto& m : numbers) {
    if (m.begin < from) continue;
    if (table_row) {
      std::size_t column = static_cast<std::size_t>(
          std::count(sv.text.begin(), sv.text.begin() + static_cast<std::ptrdiff_t>(m.begin), '|'));
      if (sv.text.substr(0, 1) == "|") --column;
      if (column >= header_.size() || header_[column].year == 0) continue;  // no year, no claim
      m.column_year = header_[column].year;
      m.column_estimate = header_[column].estimate;
    }
    m.value *= declared_->scale;
    m.half *= declared_->scale;
    m.currency = declared_->currency;
    m.unit = declared_->unit;
    m.big_unit = true;
    sv.mentions.push_back(m);
  }
  std::stable_sort(sv.mentions.begin(), sv.mentions.end(),
                   [](const mention& a, const mention& b) { return a.begin < b.begin; });
}

void table_scope::mark_cagr_cells(sentence_view& sv) const {
  int first = 0, last = 0;
  for (const auto& c : header_)
    if (c.year) {
      first = first ? std::min(first, c.year) : c.year;
      last = std::max(last, c.year);
    }
  sv.table_years = {first, last};
  for (const auto& m : sv.mentions) {
    if (m.kind != grammar::mention_kind::percent) continue;
    std::size_t column = static_cast<std::size_t>(
        std::count(sv.text.begin(), sv.text.begin() + static_cast<std::ptrdiff_t>(m.begin), '|'));
    if (sv.text.substr(0, 1) == "|") --column;
    if (column < header_.size() && header_[column].cagr) sv.cagr_cells.push_back(m.begin);
  }
}

void table_scope::visit(sentence_view& sv, std::string_view gap) {
  std::string_view text = trim(sv.text);
  bool row = text.substr(0, 1) == "|";
  std::size_t end = 0;
  if (auto d = read_unit_declaration(sv.text, end)) {
    declared_ = d;
    header_.clear();
    rows_started_ = false;
    sv.tabular = true;
    if (!row) {
      add_numbers(sv, end, false);
      return;
    }
    gap = {};  // "| Segment (US$ bn) | 2023 | 2028F |": a header that declares its unit
  }
  if (!declared_) return;
  if (text.substr(0, 1) == "#" || (rows_started_ && blank_line_in(gap)) ||
      !(row || list_item(text))) {
    declared_.reset();
    return;
  }
  rows_started_ = true;
  sv.tabular = true;
  if (!row) {
    add_numbers(sv, 0, false);
    return;
  }
  auto cs = cells(text);
  std::vector<column> years;
  bool header = false;
  for (auto c : cs) {
    auto y = header_year(c);
    column col = y ? column{y->first, y->second} : column{};
    col.cagr = !y && list("tables.cagr_headers").in(c);
    years.push_back(col);
    header |= y.has_value();
  }
  if (header) {
    header_ = years;
    return;
  }
  mark_cagr_cells(sv);
  if (!cs.empty()) sv.row_label = trim(cs.front());
  if (trim(text).find_first_not_of("|-: ") == std::string_view::npos) return;  // |---|---|
  add_numbers(sv, 0, true);
}

}  // namespace fc::claims
