// Numbers forecheck does not read as amounts are named, so that no figure is skipped silently: a
// numeral longer than the 40 digits the grammar holds, and a number in scientific notation
// ("1e308 dollars"). Each becomes a problem with its location; the rest of the text is read.
#include <cctype>
#include <string>

#include "document/document.hpp"

namespace fc::document {
namespace {

constexpr int kMaxDigits = 40;  // numeral_builder's limit

bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

}  // namespace

void flag_unread_numbers(document& doc) {
  const std::string& t = doc.text;
  std::size_t i = 0;
  while (i < t.size()) {
    // A number starts a token: not inside a word or after a decimal point.
    if (!digit(t[i]) || (i > 0 && (word_char(t[i - 1]) || t[i - 1] == '.'))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    int digits = 0;
    while (j < t.size() &&
           (digit(t[j]) || ((t[j] == ',' || t[j] == '.') && j + 1 < t.size() && digit(t[j + 1]))))
      digits += digit(t[j++]);
    std::string message;
    std::size_t end = j;
    if (j + 1 < t.size() && (t[j] == 'e' || t[j] == 'E')) {
      std::size_t k = j + 1;
      if (k < t.size() && (t[k] == '+' || t[k] == '-')) ++k;
      std::size_t exponent = k;
      while (k < t.size() && digit(t[k])) ++k;
      if (k > exponent && (k >= t.size() || !word_char(t[k]))) {
        end = k;
        message = "'" + t.substr(i, k - i) +
                  "' is in scientific notation, which forecheck does not read as an amount: "
                  "not checked";
      }
    } else if (digits > kMaxDigits) {
      message = "a number of " + std::to_string(digits) +
                " digits is longer than forecheck reads (" + std::to_string(kMaxDigits) +
                "): not checked";
    }
    if (!message.empty())
      doc.problems.push_back({std::move(message), doc.original_start(i), doc.original_end(end)});
    i = end > i ? end : i + 1;
  }
}

}  // namespace fc::document
