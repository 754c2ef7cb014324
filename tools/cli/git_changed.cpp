// Runs `git diff --name-only -z` through posix_spawnp with an argument vector: no shell ever
// sees the revision, so `--changed-only '$(rm -rf /)'` is just an unknown revision. A revision
// that starts with '-' is refused and `--end-of-options` stops git from reading one as a flag.
#include "cli/git_changed.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "cli/inputs.hpp"

extern char** environ;

namespace fc::cli {

std::optional<std::set<std::string>> changed_since(const std::string& rev, std::string& error) {
  if (rev.empty() || rev[0] == '-') {
    error = "--changed-only: '" + rev + "' is not a git revision";
    return std::nullopt;
  }
  const char* argv[] = {"git",
                        "-c",
                        "core.quotepath=off",
                        "diff",
                        "--name-only",
                        "-z",
                        "--relative",
                        "--no-renames",
                        "--diff-filter=ACMRT",
                        "--end-of-options",
                        rev.c_str(),
                        "--",
                        nullptr};
  int fds[2];
  if (::pipe(fds) != 0) {
    error = std::string("--changed-only: pipe: ") + std::strerror(errno);
    return std::nullopt;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  posix_spawn_file_actions_addclose(&actions, fds[1]);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, "git", &actions, nullptr, const_cast<char* const*>(argv), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(fds[1]);
  if (rc != 0) {
    ::close(fds[0]);
    error = std::string("--changed-only: cannot run git: ") + std::strerror(rc);
    return std::nullopt;
  }
  std::string out;
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    error = "--changed-only: git diff failed for revision '" + rev + "'";
    return std::nullopt;
  }
  std::set<std::string> paths;
  for (std::size_t b = 0; b < out.size();) {
    std::size_t e = out.find('\0', b);
    if (e == std::string::npos) e = out.size();
    if (e > b) paths.insert(absolute_key(out.substr(b, e - b)));
    b = e + 1;
  }
  return paths;
}

}  // namespace fc::cli
