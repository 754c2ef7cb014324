// Glob matching by memoised backtracking: the recursive form stays easy to check against
// gitignore(5), and the memo keeps it polynomial whatever the pattern.
#include "cli/glob.hpp"

#include <vector>

namespace fc::cli {
namespace {

// One `[...]` class at the start of `p`; returns its length, or 0 when unterminated.
std::size_t class_match(std::string_view p, char c, bool& matched) {
  std::size_t i = 1;
  bool negate = i < p.size() && (p[i] == '!' || p[i] == '^');
  if (negate) ++i;
  bool hit = false;
  bool first = true;
  for (; i < p.size() && (p[i] != ']' || first); first = false) {
    char lo = p[i];
    if (lo == '\\' && i + 1 < p.size()) lo = p[++i];
    char hi = lo;
    if (i + 2 < p.size() && p[i + 1] == '-' && p[i + 2] != ']') {
      hi = p[i + 2];
      i += 2;
    }
    hit = hit || (c >= lo && c <= hi);
    ++i;
  }
  if (i >= p.size()) return 0;
  matched = hit != negate && c != '/';
  return i + 1;
}

// Backtracking over `*` and `**`, with every (pattern, path) suffix pair that failed
// remembered: a hostile pattern like `*a*a*a*a*b` then costs |pattern|·|path| steps instead
// of exponential time.
struct matcher {
  std::string_view pattern, path;
  std::vector<char> failed;

  bool match(std::string_view p, std::string_view s) {
    std::size_t key = (pattern.size() - p.size()) * (path.size() + 1) + (path.size() - s.size());
    if (failed[key]) return false;
    bool ok = step(p, s);
    if (!ok) failed[key] = 1;
    return ok;
  }
  bool step(std::string_view p, std::string_view s);
};

bool matcher::step(std::string_view p, std::string_view s) {
  while (!p.empty()) {
    if (p.starts_with("**")) {
      std::size_t stars = p.find_first_not_of('*');
      std::string_view rest = stars == std::string_view::npos ? "" : p.substr(stars);
      if (rest.empty()) return true;
      if (rest[0] == '/') {
        // "**/" matches zero or more whole segments.
        rest.remove_prefix(1);
        if (match(rest, s)) return true;
        for (std::size_t k = 0; k < s.size(); ++k)
          if (s[k] == '/' && match(rest, s.substr(k + 1))) return true;
        return false;
      }
      for (std::size_t k = 0; k <= s.size(); ++k)
        if (match(rest, s.substr(k))) return true;
      return false;
    }
    char c = p[0];
    if (c == '*') {
      std::string_view rest = p.substr(1);
      for (std::size_t k = 0; k <= s.size(); ++k) {
        if (match(rest, s.substr(k))) return true;
        if (k < s.size() && s[k] == '/') break;
      }
      return false;
    }
    if (s.empty()) return false;
    if (c == '?') {
      if (s[0] == '/') return false;
      p.remove_prefix(1);
    } else if (c == '[') {
      bool hit = false;
      std::size_t n = class_match(p, s[0], hit);
      if (n == 0) {  // an unterminated '[' is a literal, as in fnmatch
        if (s[0] != '[') return false;
        p.remove_prefix(1);
      } else {
        if (!hit) return false;
        p.remove_prefix(n);
      }
    } else {
      if (c == '\\' && p.size() > 1) p.remove_prefix(1);
      if (p[0] != s[0]) return false;
      p.remove_prefix(1);
    }
    s.remove_prefix(1);
  }
  return s.empty();
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  matcher m{pattern, path, std::vector<char>((pattern.size() + 1) * (path.size() + 1), 0)};
  return m.match(pattern, path);
}

void ignore_rules::add(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  while (!line.empty() && line.back() == ' ' && !(line.size() > 1 && line[line.size() - 2] == '\\'))
    line.remove_suffix(1);
  if (line.empty() || line[0] == '#') return;
  rule r;
  if (line[0] == '!') {
    r.negate = true;
    line.remove_prefix(1);
  } else if (line.starts_with("\\!") || line.starts_with("\\#")) {
    line.remove_prefix(1);
  }
  if (!line.empty() && line.back() == '/') {
    r.dir_only = true;
    line.remove_suffix(1);
  }
  if (line.empty()) return;
  bool anchored = line.find('/') != std::string_view::npos;
  if (line[0] == '/') line.remove_prefix(1);
  r.pattern = anchored ? std::string(line) : "**/" + std::string(line);
  rules_.push_back(std::move(r));
}

std::optional<bool> ignore_rules::decide(std::string_view rel, bool is_dir) const {
  std::optional<bool> verdict;
  for (const auto& r : rules_)
    if ((!r.dir_only || is_dir) && glob_match(r.pattern, rel)) verdict = !r.negate;
  return verdict;
}

bool ignore_rules::ignored(std::string_view rel, bool is_dir) const {
  // A file inside an ignored directory cannot be re-included (gitignore(5)).
  for (std::size_t k = rel.find('/'); k != std::string_view::npos; k = rel.find('/', k + 1))
    if (decide(rel.substr(0, k), true).value_or(false)) return true;
  return decide(rel, is_dir).value_or(false);
}

}  // namespace fc::cli
