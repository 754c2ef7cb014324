// Glob patterns as gitignore writes them, and ignore-file rule lists built from them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fc::cli {

/// Matches `pattern` against a '/'-separated path. `*` and `?` stay within one segment,
/// `**` spans segments (`a/**/b`, `**/x`, `x/**`), `[a-z]`/`[!a]` are classes, `\` escapes.
bool glob_match(std::string_view pattern, std::string_view path);

/// gitignore-style rules: `#` comments, `!` re-includes, a trailing `/` matches directories
/// only, a pattern with an inner or leading `/` is anchored to the base, else it matches at
/// any depth. The last matching rule wins; a path inside an ignored directory is ignored.
class ignore_rules {
 public:
  void add(std::string_view line);
  bool empty() const { return rules_.empty(); }
  /// `rel` is relative to the rules' base, '/'-separated, without a leading "./".
  bool ignored(std::string_view rel, bool is_dir) const;

 private:
  struct rule {
    std::string pattern;
    bool negate = false;
    bool dir_only = false;
  };
  std::optional<bool> decide(std::string_view rel, bool is_dir) const;
  std::vector<rule> rules_;
};

}  // namespace fc::cli
