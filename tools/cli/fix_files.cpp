// `check --fix` and `--fix-dry-run` (issue: check --fix). The engine decides what each figure
// becomes (findings/fix.hpp); this file decides whether a file may change at all, writes it
// atomically, or prints the change as a unified diff for review or `patch -p0`.
#include "cli/fix_files.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

#include "findings/fix.hpp"

namespace fc::cli {
namespace {

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string where(const file_result& r, const finding& f) {
  return r.path + ":" + std::to_string(f.where.line) + ":" + std::to_string(f.where.column);
}

// Why the fixed text may not be written: an error in it, or something a second --fix would
// change again. Either would make --fix claim more than it did.
std::optional<std::string> recheck_problem(const file_result& fixed) {
  if (fixed.unreadable) return "it could not be checked again";
  for (const auto& f : fixed.findings)
    if (f.level == severity::error)
      return "the fixed text would still have an error (" + where(fixed, f) + " " + f.rule + ")";
  if (!findings::plan_fixes(fixed.findings, fixed.claims, fixed.original).edits.empty())
    return "a second --fix would change the fixed text again";
  return std::nullopt;
}

bool read_bytes(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buf;
  buf << in.rdbuf();
  out = std::move(buf).str();
  return !in.bad();
}

// The fixed text replaces the file through a temporary file in the same directory and
// rename(2): a reader sees the old bytes or the new ones, never half of them, and a failure
// leaves the old file. A symbolic link is followed, so the link stays a link; the permission
// bits are kept.
bool replace_file(const std::string& path, const std::string& bytes, std::string& error) {
  char* real = ::realpath(path.c_str(), nullptr);
  if (!real) {
    error = std::strerror(errno);
    return false;
  }
  std::string target(real);
  std::free(real);
  struct stat st {};
  if (::stat(target.c_str(), &st) != 0) {
    error = std::strerror(errno);
    return false;
  }
  std::size_t slash = target.rfind('/');
  std::string name =
      target.substr(0, slash) + "/." + target.substr(slash + 1) + ".forecheck-XXXXXX";
  std::vector<char> temp(name.begin(), name.end());
  temp.push_back('\0');
  int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    error = std::string("cannot create a temporary file beside it: ") + std::strerror(errno);
    return false;
  }
  bool ok = true;
  for (std::size_t done = 0; ok && done < bytes.size();) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) done += static_cast<std::size_t>(n);
  }
  ok = ok && ::fchmod(fd, st.st_mode & 07777) == 0 && ::fsync(fd) == 0;
  int saved = errno;
  ok = ::close(fd) == 0 && ok;
  if (ok && ::rename(temp.data(), target.c_str()) == 0) return true;
  error = std::strerror(ok ? errno : saved);
  ::unlink(temp.data());
  return false;
}

struct lines {
  std::vector<std::string_view> text;  ///< without their line feeds
  bool last_unterminated = false;
};

lines split(std::string_view s) {
  lines out;
  std::size_t at = 0;
  while (at < s.size()) {
    std::size_t nl = s.find('\n', at);
    if (nl == std::string_view::npos) {
      out.text.push_back(s.substr(at));
      out.last_unterminated = true;
      break;
    }
    out.text.push_back(s.substr(at, nl - at));
    at = nl + 1;
  }
  return out;
}

// A hunk's line range as diff(1) writes it: `5` for one line, `5,3` for three, `4,0` (the
// line before) for none.
std::string hunk_range(std::size_t from, std::size_t count) {
  if (count == 1) return std::to_string(from + 1);
  return std::to_string(count == 0 ? from : from + 1) + "," + std::to_string(count);
}

void emit(std::string& out, char mark, const lines& ls, std::size_t i) {
  out += mark;
  out += ls.text[i];
  out += '\n';
  if (i + 1 == ls.text.size() && ls.last_unterminated) out += "\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(const std::string& path, std::string_view before, std::string_view after) {
  if (before == after) return "";
  lines a = split(before), b = split(after);
  std::string out = "--- " + path + "\n+++ " + path + "\n";
  // A fix changes digits only, never line breaks, so line i stays line i. Anything else is
  // shown as one hunk replacing the whole text, which is still a correct diff.
  if (a.text.size() != b.text.size() || a.last_unterminated != b.last_unterminated) {
    out += "@@ -" + hunk_range(0, a.text.size()) + " +" + hunk_range(0, b.text.size()) + " @@\n";
    for (std::size_t i = 0; i < a.text.size(); ++i) emit(out, '-', a, i);
    for (std::size_t i = 0; i < b.text.size(); ++i) emit(out, '+', b, i);
    return out;
  }
  constexpr std::size_t context = 3;
  std::vector<std::size_t> changed;
  for (std::size_t i = 0; i < a.text.size(); ++i)
    if (a.text[i] != b.text[i]) changed.push_back(i);
  for (std::size_t k = 0; k < changed.size();) {
    // One hunk takes the changes whose contexts touch or overlap.
    std::size_t last = k;
    while (last + 1 < changed.size() && changed[last + 1] - changed[last] <= 2 * context) ++last;
    std::size_t from = changed[k] >= context ? changed[k] - context : 0;
    std::size_t to = std::min(a.text.size(), changed[last] + context + 1);
    std::string range = hunk_range(from, to - from);
    out += "@@ -" + range + " +" + range + " @@\n";
    for (std::size_t i = from; i < to;) {
      if (a.text[i] == b.text[i]) {
        emit(out, ' ', a, i++);
        continue;
      }
      std::size_t run = i;
      while (run < to && a.text[run] != b.text[run]) ++run;
      for (std::size_t j = i; j < run; ++j) emit(out, '-', a, j);
      for (std::size_t j = i; j < run; ++j) emit(out, '+', b, j);
      i = run;
    }
    k = last + 1;
  }
  return out;
}

fix_summary fix_files(const std::vector<file_result>& results, const check_options& check,
                      bool write, std::ostream& diff, std::ostream& err) {
  fix_summary sum;
  for (const auto& r : results) {
    if (r.unreadable || r.findings.empty()) continue;
    auto plan = findings::plan_fixes(r.findings, r.claims, r.original);
    if (plan.blocked) {
      for (const auto& u : plan.left)
        err << "forecheck: " << where(r, r.findings[u.finding]) << ": error["
            << r.findings[u.finding].rule << "] not fixed: " << u.reason << "\n";
      if (!plan.edits.empty())
        err << "forecheck: " << r.path << ": left unchanged ("
            << plural(plan.edits.size(), "figure") << " could be fixed, but not every error)\n";
      continue;
    }
    if (plan.edits.empty()) continue;
    std::string fixed = findings::apply_edits(r.original, plan.edits);
    if (auto problem = recheck_problem(check_text(r.path, fixed, check))) {
      err << "forecheck: " << r.path << ": left unchanged: " << *problem << "\n";
      continue;
    }
    if (!write) {
      diff << unified_diff(r.path, r.original, fixed);
    } else {
      std::string now, error;
      if (!read_bytes(r.path, now) || now != r.original) {
        err << "forecheck: " << r.path << ": left unchanged: it changed while it was checked\n";
        sum.failed = true;
        continue;
      }
      if (!replace_file(r.path, fixed, error)) {
        err << "forecheck: cannot write " << r.path << ": " << error << "\n";
        sum.failed = true;
        continue;
      }
    }
    sum.figures += plan.edits.size();
    ++sum.files;
  }
  err << "forecheck: " << (write ? "fixed " : "would fix ") << plural(sum.figures, "figure")
      << " in " << plural(sum.files, "file") << "\n";
  return sum;
}

}  // namespace fc::cli
