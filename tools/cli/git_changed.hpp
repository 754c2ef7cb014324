// The files git reports as changed since a revision, for `--changed-only REV`.
#pragma once

#include <optional>
#include <set>
#include <string>

namespace fc::cli {

/// Absolute, lexically normal paths of files added, copied, modified, renamed or retyped
/// between `rev` and the working tree, under the current directory. Nothing (and `error`
/// set) when git cannot be run, the revision is unknown, or `rev` looks like an option.
std::optional<std::set<std::string>> changed_since(const std::string& rev, std::string& error);

}  // namespace fc::cli
