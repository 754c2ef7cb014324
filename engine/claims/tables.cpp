// Unit declarations and the tables under them. A declaration reaches only rows and list items:
// a bare number in prose is never an amount, whatever was declared above it.
#include "claims/tables.hpp"

#include <algorithm>
#include <cctype>

#include "grammar/lexicon.hpp"
#include "support/utf8.hpp"

namespace fc::claims {
namespace {

using grammar::mention;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool starts_with_word(std::string_view s, std::string_view w) { return s.substr(0, w.size()) == w; }

// Korean scale syllables in a declaration: 백만 = 100 × 만, 십억 = 10 × 억.
std::optional<unit_declaration> korean_units(std::string_view s) {
  unit_declaration d;
  double small = 0;
  bool any = false;
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t c = utf8::at(s, i);
    double f = c == U'십' ? 10 : c == U'백' ? 100 : c == U'천' ? 1000 : 0;
    double big = c == U'만' ? 1e4 : c == U'억' ? 1e8 : c == U'조' ? 1e12 : 0;
    if (f > 0) {
      small = small > 0 ? small * f : f;
    } else if (big > 0) {
      d.scale *= (small > 0 ? small : 1) * big;
      small = 0;
    } else {
      break;
    }
    any = true;
    i += 3;
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
  (void)any;
  return std::nullopt;
}

// "in USD million", "USD billion", "$ million", "millions of US dollars", "€bn".
std::optional<unit_declaration> english_units(std::string_view s) {
  std::string t;
  for (char c : s) t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (t.find_first_of("0123456789") != std::string::npos) return std::nullopt;
  if (starts_with_word(t, "in ")) t.erase(0, 3);
  if (starts_with_word(t, "units: ") || starts_with_word(t, "unit: ")) t.erase(0, t.find(' ') + 1);
  static const std::pair<std::string_view, double> scales[] = {
      {"thousands", 1e3}, {"thousand", 1e3}, {"millions", 1e6},   {"million", 1e6},
      {"billions", 1e9},  {"billion", 1e9},  {"trillions", 1e12}, {"trillion", 1e12},
      {"mn", 1e6},        {"bn", 1e9},       {"tn", 1e12},        {"m", 1e6},
      {"b", 1e9},         {"k", 1e3}};
  static const std::pair<std::string_view, std::string_view> currencies[] = {
      {"us dollars", "USD"}, {"u.s. dollars", "USD"}, {"dollars", "USD"},  {"won", "KRW"},
      {"euros", "EUR"},      {"yen", "JPY"},          {"yuan", "CNY"},     {"pounds", "GBP"},
      {"usd", "USD"},        {"us$", "USD"},          {"eur", "EUR"},      {"krw", "KRW"},
      {"jpy", "JPY"},        {"gbp", "GBP"},          {"cny", "CNY"},      {"rmb", "CNY"},
      {"$", "USD"},          {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"}, {"\xE2\x82\xA9", "KRW"}};
  unit_declaration d;
  bool scaled = false;
  // Tokens split on spaces and between a sign and a scale ("$bn", "€m").
  std::vector<std::string> tokens;
  std::string cur;
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c == ' ') {
      if (!cur.empty()) tokens.push_back(cur), cur.clear();
    } else {
      cur += c;
      if (cur == "$" || cur == "us$" || cur == "\xE2\x82\xAC" || cur == "\xC2\xA3")
        tokens.push_back(cur), cur.clear();
    }
  }
  if (!cur.empty()) tokens.push_back(cur);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& w = tokens[i];
    if (w == "of") continue;
    if (w == "us" && i + 1 < tokens.size() && tokens[i + 1] == "dollars") continue;
    bool known = false;
    for (auto [word, value] : scales)
      if (w == word && !scaled) scaled = known = true, d.scale = value;
    for (auto [word, code] : currencies)
      if (!known && (w == word || (word == "dollars" && w == "dollars")) && d.currency.empty())
        known = true, d.currency = std::string(code);
    if (!known) return std::nullopt;
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
  if (rest.substr(0, 3) == "년") rest.remove_prefix(3);
  rest = trim(rest);
  static const std::string_view estimates[] = {
      "E", "F", "P", "e", "f", "(E)", "(F)", "(P)", "(전망)", "(예상)", "(추정)", "(전망치)", "*"};
  static const std::string_view actuals[] = {"", "A", "(A)", "(실적)"};
  for (auto e : estimates)
    if (rest == e) return std::pair{year, true};
  for (auto a : actuals)
    if (rest == a) return std::pair{year, false};
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
  if (std::size_t at = s.find("단위"); at != std::string_view::npos) {
    std::size_t i = at + 6;
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
    col.cagr = !y && (c.find("CAGR") != std::string_view::npos ||
                      c.find("연평균") != std::string_view::npos);
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
