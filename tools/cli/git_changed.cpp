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

namespace {

// Runs git with `args`; its output in `out`, the first line of its error output in `err`.
// False when git cannot run or exits non-zero.
bool run_git(const std::vector<const char*>& args, std::string& out, std::string& err) {
  std::vector<char*> argv;
  for (const char* a : args) argv.push_back(const_cast<char*>(a));
  argv.push_back(nullptr);
  int out_fds[2], err_fds[2];
  if (::pipe(out_fds) != 0) {
    err = std::string("pipe: ") + std::strerror(errno);
    return false;
  }
  if (::pipe(err_fds) != 0) {
    err = std::string("pipe: ") + std::strerror(errno);
    ::close(out_fds[0]);
    ::close(out_fds[1]);
    return false;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err_fds[1], STDERR_FILENO);
  for (int fd : {out_fds[0], out_fds[1], err_fds[0], err_fds[1]})
    posix_spawn_file_actions_addclose(&actions, fd);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out_fds[1]);
  ::close(err_fds[1]);
  auto drain = [](int fd, std::string& into) {
    char buf[65536];
    for (;;) {
      ssize_t n = ::read(fd, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      into.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
  };
  if (rc != 0) {
    ::close(out_fds[0]);
    ::close(err_fds[0]);
    err = std::string("cannot run git: ") + std::strerror(rc);
    return false;
  }
  // git's error output is a line or two: read it after the listing, which may be long.
  drain(out_fds[0], out);
  std::string errors;
  drain(err_fds[0], errors);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  err = errors.substr(0, errors.find('\n'));
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

std::optional<std::set<std::string>> changed_since(const std::string& rev, std::string& error) {
  if (rev.empty() || rev[0] == '-') {
    error = "--changed-only: '" + rev + "' is not a git revision";
    return std::nullopt;
  }
  std::string out, err;
  if (!run_git({"git", "rev-parse", "--is-inside-work-tree"}, out, err)) {
    error = "--changed-only: the current directory is not inside a git work tree" +
            (err.empty() ? std::string() : " (git: " + err + ")");
    return std::nullopt;
  }
  out.clear();
  if (!run_git({"git", "-c", "core.quotepath=off", "diff", "--name-only", "-z", "--relative",
                "--no-renames", "--diff-filter=ACMRT", "--end-of-options", rev.c_str(), "--"},
               out, err)) {
    error = "--changed-only: git diff against '" + rev + "' failed" +
            (err.empty() ? std::string() : " (git: " + err + ")") +
            "; --changed-only takes a revision first: --changed-only main FILE...";
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
