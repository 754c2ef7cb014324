// A one-line progress bar on standard error for long runs at a terminal.
#pragma once

#include <cstddef>

namespace fc::cli {

class progress_bar {
 public:
  /// Draws only when `enabled`; redraws at most once per percent.
  progress_bar(std::size_t total, bool enabled);
  ~progress_bar();
  progress_bar(const progress_bar&) = delete;
  progress_bar& operator=(const progress_bar&) = delete;
  void update(std::size_t done);

 private:
  std::size_t total_;
  bool enabled_;
  int last_percent_ = -1;
};

/// A bar is worth drawing when stderr is a terminal and there are more than 20 files.
bool want_progress(std::size_t files);

}  // namespace fc::cli
