// Work is handed out one index at a time from an atomic counter: articles differ a lot in
// length, so fixed chunks would leave threads idle at the end of a run.
#include "cli/parallel.hpp"

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace fc::cli {

void parallel_for(std::size_t n, std::size_t jobs, const std::function<void(std::size_t)>& work,
                  const std::function<void(std::size_t)>& done) {
  std::atomic<std::size_t> next{0};
  std::size_t finished = 0;
  std::mutex progress;
  auto worker = [&] {
    for (std::size_t i = next++; i < n; i = next++) {
      work(i);
      std::lock_guard lock(progress);
      done(++finished);
    }
  };
  std::size_t threads = jobs == 0 ? 1 : std::min(jobs, n);
  std::vector<std::jthread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
}

}  // namespace fc::cli
