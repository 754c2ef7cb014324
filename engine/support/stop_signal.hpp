// When a running check must give up: a time budget, or a caller that no longer wants the answer
// (a server's client that hung up, an editor buffer edited again, a shutdown).
#pragma once

#include <chrono>
#include <functional>
#include <optional>

namespace fc {

struct stop_signal {
  /// Past this point the check comes back unchecked with `timed_out` set (a server's budget).
  std::optional<std::chrono::steady_clock::time_point> deadline;
  /// Asked between sentences and rules; true abandons the check. It must be cheap and safe to
  /// call from the checking thread.
  std::function<bool()> cancelled;

  bool due() const {
    return (deadline && std::chrono::steady_clock::now() > *deadline) || (cancelled && cancelled());
  }
};

}  // namespace fc
