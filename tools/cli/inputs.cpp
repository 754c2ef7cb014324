// Directory walking. Each directory is entered once per (device, inode), so even a bind
// mount of an ancestor cannot make the walk loop.
#include "cli/inputs.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace fc::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* default_include[] = {"*.md", "*.markdown", "*.txt", "*.html", "*.htm"};

std::string base_name(const std::string& path) {
  auto k = path.rfind('/');
  return k == std::string::npos ? path : path.substr(k + 1);
}

// Relative to `base` when inside it, so rules written for the base directory apply.
std::optional<std::string> relative_to(const std::string& base, const std::string& path) {
  fs::path rel = fs::path(absolute_key(path)).lexically_relative(base);
  std::string s = rel.generic_string();
  if (s.empty() || s == "." || s.starts_with("..")) return std::nullopt;
  return s;
}

bool excluded(const selection& sel, const std::string& path, bool is_dir) {
  static const std::string cwd = absolute_key(".");
  if (auto rel = relative_to(cwd, path); rel && sel.exclude.ignored(*rel, is_dir)) return true;
  if (sel.ignore.empty()) return false;
  auto rel = relative_to(sel.ignore_base, path);
  return rel && sel.ignore.ignored(*rel, is_dir);
}

bool included(const selection& sel, const std::string& path) {
  std::string name = base_name(path);
  auto hit = [&](const std::string& glob) {
    return glob_match(glob, glob.find('/') == std::string::npos ? name : path);
  };
  if (sel.include.empty())
    return std::any_of(std::begin(default_include), std::end(default_include),
                       [&](const char* g) { return hit(g); });
  return std::any_of(sel.include.begin(), sel.include.end(), hit);
}

struct walker {
  const selection& sel;
  std::set<std::pair<dev_t, ino_t>> seen;
  std::vector<input> found;

  void walk(const std::string& dir, const std::string& shown) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) == 0 && !seen.insert({st.st_dev, st.st_ino}).second) return;
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    if (ec) {
      found.push_back({shown, false, "cannot read directory: " + ec.message()});
      return;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        found.push_back({shown, false, "cannot read directory: " + ec.message()});
        return;
      }
      std::string name = it->path().filename().string();
      std::string child = shown.empty()         ? name
                          : shown.back() == '/' ? shown + name
                                                : shown + "/" + name;
      std::string real = (fs::path(dir) / name).string();
      // Symlinked directories are not entered (as git and ripgrep do): a link back to an
      // ancestor would loop, and one pointing elsewhere would check files outside the tree.
      // Symlinked files are checked; a dangling one is reported as unreadable.
      struct stat ls {
      }, cs{};
      if (::lstat(real.c_str(), &ls) != 0) continue;
      bool is_dir = ::stat(real.c_str(), &cs) == 0 && S_ISDIR(cs.st_mode);
      if (is_dir && S_ISLNK(ls.st_mode)) continue;
      if (excluded(sel, real, is_dir)) continue;
      if (is_dir)
        walk(real, child);
      else if (included(sel, child))
        found.push_back({child, false, std::nullopt, true});
    }
  }
};

}  // namespace

std::string absolute_key(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(path, ec);
  return (ec ? fs::path(path) : p).lexically_normal().generic_string();
}

std::vector<input> expand(const std::vector<std::string>& paths, const selection& sel) {
  std::vector<input> out;
  std::set<std::string> taken;
  auto take = [&](input in) {
    if (in.is_stdin || taken.insert(absolute_key(in.path)).second) out.push_back(std::move(in));
  };
  for (const auto& p : paths) {
    if (p == "-") {
      take({p, true, std::nullopt});
      continue;
    }
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
      // Missing and unreadable files stay in the list so they are reported (exit 2).
      if (excluded(sel, p, false)) continue;
      if (sel.only && !sel.only->count(absolute_key(p))) continue;
      take({p, false, std::nullopt});
      continue;
    }
    if (excluded(sel, p, true)) continue;
    // "." lists as "a.md", "dir/" as "dir/a.md": paths stay as the user would write them.
    std::string shown = p == "." || p == "./" ? "" : p;
    while (shown.size() > 1 && shown.back() == '/') shown.pop_back();
    walker w{sel, {}, {}};
    w.walk(p, shown);
    std::sort(w.found.begin(), w.found.end(),
              [](const input& a, const input& b) { return a.path < b.path; });
    for (auto& in : w.found)
      if (!sel.only || in.problem || sel.only->count(absolute_key(in.path))) take(std::move(in));
  }
  return out;
}

bool read_ignore_file(selection& sel, const std::optional<std::string>& file, std::string& error) {
  std::string path = file.value_or(".forecheckignore");
  std::ifstream in(path);
  if (!in && file) {
    error = "cannot read ignore file " + path;
    return false;
  }
  for (std::string line; std::getline(in, line);) sel.ignore.add(line);
  std::string dir = absolute_key(path);
  sel.ignore_base = dir.substr(0, dir.rfind('/'));
  if (sel.ignore_base.empty()) sel.ignore_base = "/";
  return true;
}

}  // namespace fc::cli
