// The document layer: original bytes -> analysis text with a source map back to those bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "support/date.hpp"

namespace fc::document {

enum class markup { text, markdown, html };

/// A problem in the input, at a byte range of the original file.
struct problem {
  std::string message;
  std::size_t start = 0;
  std::size_t end = 0;
};

/// A sentence as a byte range of `analysis_text`.
struct sentence {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// What the mask pass does with each original byte before folding.
enum class mask : unsigned char { keep, blank, drop, newline };

struct document {
  std::string original;
  std::string text;                            ///< folded analysis text (NFC, ASCII digits)
  std::vector<std::uint32_t> to_original;      ///< text byte -> first original byte; size+1
  std::vector<std::uint32_t> to_original_end;  ///< text byte -> end of its original bytes
  std::vector<problem> problems;
  std::vector<sentence> sentences;
  std::optional<date> front_matter_date;
  std::optional<std::string> front_matter_lang;

  /// Original byte range of analysis range [b, e).
  std::size_t original_start(std::size_t b) const { return to_original[b]; }
  std::size_t original_end(std::size_t e) const {
    return e == 0 ? to_original[0] : to_original_end[e - 1];
  }
};

/// Picks the markup from a file name (".md", ".html", ...); text otherwise.
markup markup_for_path(const std::string& path);

/// Builds the document: masks markup, validates UTF-8, folds and segments sentences.
document build(std::string bytes, markup kind);

/// Masks Markdown syntax that carries no prose (code, comments, URLs) and reads front matter.
std::vector<mask> mask_markdown(const std::string& bytes, document& doc);
/// Masks HTML tags, scripts, styles and comments.
std::vector<mask> mask_html(const std::string& bytes);
/// Masks URLs and e-mail addresses in any text.
void mask_addresses(const std::string& bytes, std::vector<mask>& masks);

/// Folds the masked bytes into `doc.text` (UTF-8 check, width fold, NFC, entities).
void fold(document& doc, const std::vector<mask>& masks, bool decode_entities);

/// Splits `doc.text` into sentences (Korean/English punctuation, abbreviations, decimals).
void segment(document& doc, markup kind);
/// Numbers the grammar does not read (over 40 digits, scientific notation), as problems.
void flag_unread_numbers(document& doc);

}  // namespace fc::document
