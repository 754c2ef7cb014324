// The bar is redrawn in place with '\r' and erased at the end, so a terminal shows the
// findings and summary exactly as without it and logs (not a TTY) never see it.
#include "cli/progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace fc::cli {

progress_bar::progress_bar(std::size_t total, bool enabled) : total_(total), enabled_(enabled) {}

progress_bar::~progress_bar() {
  if (enabled_ && last_percent_ >= 0) std::fputs("\r\x1b[K", stderr);
}

void progress_bar::update(std::size_t done) {
  if (!enabled_ || total_ == 0) return;
  int percent = static_cast<int>(done * 100 / total_);
  if (percent == last_percent_) return;
  last_percent_ = percent;
  constexpr int width = 30;
  int filled = percent * width / 100;
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.append(static_cast<std::size_t>(width - filled), '.');
  std::fprintf(stderr, "\r[%s] %3d%% %zu/%zu files", bar.c_str(), percent, done, total_);
  std::fflush(stderr);
}

bool want_progress(std::size_t files) { return files > 20 && ::isatty(STDERR_FILENO); }

}  // namespace fc::cli
