// Two paths name one file when their absolute normal forms agree, or, for files that exist,
// when they have the same device and inode (links, `..` through a symlink, hard links).
#include "cli/output_guard.hpp"

#include <sys/stat.h>

#include <set>
#include <utility>

namespace fc::cli {
namespace {

using inode = std::pair<dev_t, ino_t>;

std::optional<inode> inode_of(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return inode{st.st_dev, st.st_ino};
}

bool same_file(const std::string& a, const std::string& b) {
  if (absolute_key(a) == absolute_key(b)) return true;
  auto ia = inode_of(a), ib = inode_of(b);
  return ia && ib && *ia == *ib;
}

}  // namespace

std::optional<std::string> output_conflict(const std::vector<output_spec>& outputs,
                                           const std::vector<input>& inputs) {
  for (std::size_t i = 0; i < outputs.size(); ++i)
    for (std::size_t j = i + 1; j < outputs.size(); ++j)
      if (outputs[i].file && outputs[j].file && same_file(*outputs[i].file, *outputs[j].file))
        return "--format " + outputs[i].format + " and --format " + outputs[j].format +
               " both write to '" + *outputs[j].file + "'";
  std::set<std::string> keys;
  std::set<inode> inodes;
  for (const auto& in : inputs) {
    if (in.is_stdin) continue;
    keys.insert(absolute_key(in.path));
    if (auto n = inode_of(in.path)) inodes.insert(*n);
  }
  for (const auto& out : outputs) {
    if (!out.file) continue;
    auto n = inode_of(*out.file);
    if (keys.count(absolute_key(*out.file)) || (n && inodes.count(*n)))
      return "refusing to write '" + *out.file + "' (--format " + out.format +
             "): it is one of the inputs";
  }
  return std::nullopt;
}

}  // namespace fc::cli
