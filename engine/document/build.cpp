// Entry point of the document layer: choose the masks for the markup, then fold and segment.
#include <algorithm>

#include "document/document.hpp"

namespace fc::document {

markup markup_for_path(const std::string& path) {
  auto dot = path.rfind('.');
  if (dot == std::string::npos) return markup::text;
  std::string ext = path.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == "md" || ext == "markdown") return markup::markdown;
  if (ext == "html" || ext == "htm") return markup::html;
  return markup::text;
}

document build(std::string bytes, markup kind) {
  document doc;
  doc.original = std::move(bytes);
  std::vector<mask> masks;
  if (kind == markup::markdown) {
    masks = mask_markdown(doc.original, doc);
  } else if (kind == markup::html) {
    masks = mask_html(doc.original);
  } else {
    masks.assign(doc.original.size(), mask::keep);
  }
  mask_addresses(doc.original, masks);
  // A UTF-8 byte-order mark is no text: "\uFEFF2023년" would hide the year from the grammar.
  if (doc.original.starts_with("\xEF\xBB\xBF")) std::fill_n(masks.begin(), 3, mask::drop);
  fold(doc, masks, kind != markup::text);
  flag_unread_numbers(doc);
  segment(doc, kind);
  return doc;
}

}  // namespace fc::document
