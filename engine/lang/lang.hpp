// The marker words of each language (rules/lang/<id>.toml), read once and kept as tables that
// the claims layer queries by language and list name: lang::words(id, "time.relative_years").
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lang/word_list.hpp"

namespace fc::lang {

/// A language of the loaded data, by its place in the (id-sorted) list.
struct lang_id {
  std::size_t index = 0;
  friend bool operator==(lang_id, lang_id) = default;
};

/// One language file, validated against the schema (lang/schema.hpp).
struct language {
  std::string id;          ///< "ko", "en": the file's name
  std::string name;        ///< "한국어", "English"
  bool fold_case = false;  ///< its words match whatever the ASCII case of the text
  std::map<std::string, word_list, std::less<>> lists;  ///< "time.relative_years" -> words
  std::map<std::string, bool, std::less<>> flags;       ///< "time.relative_year_after_figure"
};

/// Parses one language file. `name` is its path (`rules/lang/ko.toml`); the file's name must be
/// its `id`.
/// On an error returns nullopt and sets `error` to `name:line:col: message`.
std::optional<language> parse(std::string_view name, std::string_view text, std::string& error);

/// The languages in use, sorted by id: the shipped files, loaded on first use (thread-safe).
/// Shipped data that does not load is a bug: the message is printed and the program exits 2.
const std::vector<language>& languages();
/// Loads the shipped data now, so that a bad file stops the program at start-up.
void load_shipped();

/// The language with this id ("ko"), or nullopt.
std::optional<lang_id> find(std::string_view id);
/// The language with this id; an unknown id is an internal error.
lang_id id_of(std::string_view id);

/// The list `name` of one language (empty when the language has none). `name` must be in the
/// schema: asking for an unknown list is an internal error.
const word_list& words(lang_id language, std::string_view name);
/// The list `name` of every language, joined in id order: for text whose language the caller
/// does not know, or a sentence that mixes languages.
const word_list& words(std::string_view name);
/// A yes/no property of a language (false when the file does not set it).
bool flag(lang_id language, std::string_view name);

struct registry;

/// Tests only: replaces the languages in use until destroyed. Not for use while checks run.
class scoped_languages {
 public:
  explicit scoped_languages(std::vector<language> replacement);
  ~scoped_languages();
  scoped_languages(const scoped_languages&) = delete;
  scoped_languages& operator=(const scoped_languages&) = delete;

 private:
  std::unique_ptr<registry> mine_;
  const registry* previous_;
};

}  // namespace fc::lang
