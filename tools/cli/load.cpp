// A file is binary when its first 8000 bytes hold a NUL (git's heuristic): such a file is
// reported and skipped rather than mined for figures in what is not prose. UTF-16 and UTF-32
// text has NUL bytes too; the engine names its encoding instead.
#include "cli/load.hpp"

#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "support/encoding.hpp"

namespace fc::cli {
namespace {

file_result not_checked(const std::string& path, std::string message) {
  file_result r;
  r.path = path;
  r.unreadable = true;
  r.errors.push_back({std::move(message), {}});
  return r;
}

}  // namespace

file_result load_and_check(const input& in, const std::string& stdin_bytes,
                           const std::string& stdin_name, const check_options& options) {
  if (in.problem) return not_checked(in.path, *in.problem);
  if (in.is_stdin) return check_text(stdin_name, stdin_bytes, options);
  struct stat st {};
  bool regular = ::stat(in.path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
  std::ifstream file;
  if (regular) file.open(in.path, std::ios::binary);
  // Missing, directory, permission and over-size files are refused by the engine, worded the
  // same way everywhere; an over-size file is never read into memory.
  if (!regular || !file.is_open() || static_cast<std::size_t>(st.st_size) > options.max_bytes)
    return check_file(in.path, options);
  std::ostringstream buf;
  buf << file.rdbuf();
  std::string bytes = std::move(buf).str();
  if (file.bad()) return not_checked(in.path, "cannot read: input/output error");
  std::size_t nul = bytes.find('\0');
  if (nul != std::string::npos && nul < 8000 && !foreign_encoding(bytes))
    return not_checked(in.path,
                       "binary file (NUL byte at offset " + std::to_string(nul) + "), not checked");
  return check_text(in.path, std::move(bytes), options);
}

}  // namespace fc::cli
