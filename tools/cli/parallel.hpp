// A fixed pool of threads working through an index range, for checking many files at once.
#pragma once

#include <cstddef>
#include <functional>

namespace fc::cli {

/// Calls `work(i)` once for every i in [0, n) on up to `jobs` threads (the caller's thread is
/// one of them). `done(count)` runs after each item, one call at a time, for progress.
/// Results go wherever `work` puts them by index, so the order of output never depends on
/// scheduling.
void parallel_for(std::size_t n, std::size_t jobs, const std::function<void(std::size_t)>& work,
                  const std::function<void(std::size_t)>& done);

}  // namespace fc::cli
