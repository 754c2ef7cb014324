// Reads rules/lang/<id>.toml with toml++ and checks every list against the schema: a misspelt
// list, a wrong value or a word listed twice is an error with its line and column.
#include <toml++/toml.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>

#include "lang/embedded.hpp"
#include "lang/lang.hpp"
#include "lang/schema.hpp"

namespace fc::lang {

struct registry {
  std::vector<language> languages;
  std::map<std::string, word_list, std::less<>> joined;  ///< every language's words, in id order
};

namespace {

struct failure {
  std::string message;
};

[[noreturn]] void fail(std::string_view path, const toml::node& at, const std::string& message) {
  const auto& r = at.source();
  throw failure{std::string(path) + ":" + std::to_string(r.begin.line) + ":" +
                std::to_string(r.begin.column) + ": " + message};
}

std::string lowered(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool iso_code(std::string_view s) {
  return s.size() == 3 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

entry read_entry(std::string_view path, const list_spec& spec, const toml::node& n) {
  entry e;
  const toml::node* word = &n;
  const toml::node* value = nullptr;
  bool pair = spec.kind != shape::words && !(spec.kind == shape::counts && n.is_string());
  if (pair) {
    const auto* a = n.as_array();
    if (!a || a->size() != 2)
      fail(path, n, std::string(spec.name) + ": expected [\"word\", value]");
    word = &(*a)[0];
    value = &(*a)[1];
  }
  auto w = word->value<std::string>();
  if (!w || w->empty()) fail(path, *word, std::string(spec.name) + ": expected a non-empty word");
  e.word = *w;
  if (spec.kind == shape::counts && !pair && std::count(e.word.begin(), e.word.end(), '#') != 1)
    fail(path, *word, std::string(spec.name) + ": a count pattern has one '#': " + e.word);
  if (!value) return e;
  if (spec.kind == shape::numbers || spec.kind == shape::counts) {
    auto d = value->value<double>();
    if (!d) fail(path, *value, std::string(spec.name) + ": expected a number for '" + e.word + "'");
    e.number = *d;
    return e;
  }
  auto t = value->value<std::string>();
  if (!t) fail(path, *value, std::string(spec.name) + ": expected a text for '" + e.word + "'");
  e.text = *t;
  if (spec.kind == shape::codes && !iso_code(e.text))
    fail(path, *value, std::string(spec.name) + ": '" + e.text + "' is no ISO 4217 code");
  if (spec.kind == shape::labels &&
      std::find(spec.labels.begin(), spec.labels.end(), e.text) == spec.labels.end()) {
    std::string known;
    for (auto l : spec.labels) known += (known.empty() ? "" : ", ") + std::string(l);
    fail(path, *value,
         std::string(spec.name) + ": unknown value '" + e.text + "' (one of " + known + ")");
  }
  return e;
}

void read_section(std::string_view path, const std::string& section, const toml::table& t,
                  language& out) {
  for (const auto& [key, node] : t) {
    std::string name = section + "." + std::string(key.str());
    const list_spec* spec = spec_of(name);
    if (!spec) fail(path, node, "unknown list '" + name + "'");
    if (spec->kind == shape::flag) {
      auto b = node.value<bool>();
      if (!b) fail(path, node, name + ": expected true or false");
      out.flags[name] = *b;
      continue;
    }
    const auto* items = node.as_array();
    if (!items) fail(path, node, name + ": expected a list");
    std::vector<entry> entries;
    for (const auto& item : *items) {
      entry e = read_entry(path, *spec, item);
      e.fold = out.fold_case;
      if (e.fold) e.word = lowered(e.word);
      for (const auto& seen : entries)
        if (seen.word == e.word) fail(path, item, name + ": '" + e.word + "' is listed twice");
      entries.push_back(std::move(e));
    }
    out.lists.emplace(name, word_list(std::move(entries)));
  }
}

language read(std::string_view path, const toml::table& root) {
  language out;
  std::string_view file = path.substr(path.find_last_of('/') + 1);
  std::string_view stem = file.substr(0, file.find('.'));
  auto id = root["id"].value<std::string>();
  if (!id) fail(path, root, "expected id = \"" + std::string(stem) + "\"");
  if (*id != stem) fail(path, *root.get("id"), "id '" + *id + "' differs from the file name");
  out.id = *id;
  out.name = root["name"].value_or(*id);
  if (const auto* fold = root.get("case_insensitive")) {
    auto b = fold->value<bool>();
    if (!b) fail(path, *fold, "case_insensitive: expected true or false");
    out.fold_case = *b;
  }
  for (const auto& [key, node] : root) {
    std::string k(key.str());
    if (k == "id" || k == "name" || k == "case_insensitive") continue;
    const auto* section = node.as_table();
    if (!section) fail(path, node, "unknown key '" + k + "'");
    read_section(path, k, *section, out);
  }
  return out;
}

registry build(std::vector<language> languages) {
  registry r;
  std::sort(languages.begin(), languages.end(),
            [](const language& a, const language& b) { return a.id < b.id; });
  r.languages = std::move(languages);
  for (const auto& spec : schema()) {
    word_list all;
    for (const auto& l : r.languages)
      if (auto it = l.lists.find(spec.name); it != l.lists.end()) all.append(it->second);
    r.joined.emplace(std::string(spec.name), std::move(all));
  }
  return r;
}

// Shipped data is part of the program: a file that does not load is a bug that the lang test
// catches. Should one reach a user, it is reported like a rule-data error, with exit code 2.
registry load_embedded() {
  std::vector<language> out;
  for (const auto& f : embedded_lang_files()) {
    if (!f.name.ends_with(".toml")) continue;
    std::string error;
    auto l = parse("rules/lang/" + std::string(f.name), f.text, error);
    if (!l) {
      std::fprintf(stderr, "forecheck: %s\n", error.c_str());
      std::fflush(stderr);
      std::quick_exit(2);
    }
    out.push_back(std::move(*l));
  }
  return build(std::move(out));
}

const registry& shipped() {
  static const registry r = load_embedded();
  return r;
}

std::atomic<const registry*> replaced{nullptr};

const registry& active() {
  const registry* r = replaced.load(std::memory_order_acquire);
  return r ? *r : shipped();
}

[[noreturn]] void internal_error(std::string_view what, std::string_view name) {
  std::fprintf(stderr, "forecheck: internal error [lang]: %.*s '%.*s'\n",
               static_cast<int>(what.size()), what.data(), static_cast<int>(name.size()),
               name.data());
  std::abort();
}

}  // namespace

std::optional<language> parse(std::string_view name, std::string_view text, std::string& error) {
  try {
    toml::table root = toml::parse(text, std::string(name));
    return read(name, root);
  } catch (const toml::parse_error& e) {
    const auto& r = e.source();
    error = std::string(name) + ":" + std::to_string(r.begin.line) + ":" +
            std::to_string(r.begin.column) + ": " + std::string(e.description());
  } catch (const failure& f) {
    error = f.message;
  }
  return std::nullopt;
}

const std::vector<language>& languages() { return active().languages; }

void load_shipped() { (void)shipped(); }

std::optional<lang_id> find(std::string_view id) {
  const auto& ls = languages();
  for (std::size_t i = 0; i < ls.size(); ++i)
    if (ls[i].id == id) return lang_id{i};
  return std::nullopt;
}

lang_id id_of(std::string_view id) {
  auto l = find(id);
  if (!l) internal_error("no language", id);
  return *l;
}

const word_list& words(lang_id language, std::string_view name) {
  static const word_list none;
  if (!spec_of(name)) internal_error("no list", name);
  const auto& lists = languages().at(language.index).lists;
  auto it = lists.find(name);
  return it == lists.end() ? none : it->second;
}

const word_list& words(std::string_view name) {
  const auto& joined = active().joined;
  auto it = joined.find(name);
  if (it == joined.end()) internal_error("no list", name);
  return it->second;
}

bool flag(lang_id language, std::string_view name) {
  if (!spec_of(name)) internal_error("no flag", name);
  const auto& flags = languages().at(language.index).flags;
  auto it = flags.find(name);
  return it != flags.end() && it->second;
}

scoped_languages::scoped_languages(std::vector<language> replacement)
    : mine_(std::make_unique<registry>(build(std::move(replacement)))),
      previous_(replaced.exchange(mine_.get())) {}

scoped_languages::~scoped_languages() { replaced.store(previous_); }

}  // namespace fc::lang
