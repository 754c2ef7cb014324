// An archive opened on a thread of its own, so that a check's connection start-up (loading
// libpq, the TCP connection and SCRAM login, the schema check) runs while the draft is read and
// its claims are extracted, instead of before.
#pragma once

#include <future>
#include <mutex>

#include "archive/store.hpp"

namespace fc::archive {

/// A store that is still being opened. Every call waits for the opening to end; after a failed
/// opening every call fails with its message.
class opening_store final : public store {
 public:
  /// Starts opening `location` at once, in the background.
  opening_store(const std::string& location, open_mode mode);

  /// Waits for the opening: false, with the reason in `error`, when it failed.
  bool wait(std::string& error);

  std::optional<std::map<std::string, std::string>> hashes(std::string& error) override;
  bool put_all(const std::vector<entry>& batch, std::string& error) override;
  bool remove(const std::string& path, std::string& error) override;
  std::optional<std::vector<published_claim>> find(const claim_query& q, bool figures_only,
                                                   std::string& error) override;
  std::optional<std::vector<trend_point>> trend_points(const std::vector<std::string>& keys,
                                                       std::string& error) override;
  std::optional<archive_stats> stats(std::string& error) override;
  /// The opened store's location; empty while opening or after a failure.
  const std::string& location() const override;

 private:
  store* get(std::string& error);

  std::string open_error_;  // written by the opening thread, read after it ends
  std::once_flag taken_;
  std::unique_ptr<store> opened_;
  // Last: started after the members above exist, and joined before they are destroyed.
  std::future<std::unique_ptr<store>> pending_;
};

}  // namespace fc::archive
