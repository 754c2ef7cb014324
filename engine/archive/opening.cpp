// A store opened in the background: the calls wait for it, once.
#include "archive/opening.hpp"

namespace fc::archive {

opening_store::opening_store(const std::string& location, open_mode mode)
    : pending_(std::async(std::launch::async,
                          [this, location, mode] { return open(location, mode, open_error_); })) {}

store* opening_store::get(std::string& error) {
  std::call_once(taken_, [this] { opened_ = pending_.get(); });
  if (!opened_) error = open_error_;
  return opened_.get();
}

bool opening_store::wait(std::string& error) { return get(error) != nullptr; }

std::optional<std::map<std::string, std::string>> opening_store::hashes(std::string& error) {
  auto* s = get(error);
  return s ? s->hashes(error) : std::nullopt;
}

bool opening_store::put_all(const std::vector<entry>& batch, std::string& error) {
  auto* s = get(error);
  return s && s->put_all(batch, error);
}

bool opening_store::remove(const std::string& path, std::string& error) {
  auto* s = get(error);
  return s && s->remove(path, error);
}

std::optional<std::vector<published_claim>> opening_store::find(const claim_query& q,
                                                                bool figures_only,
                                                                std::string& error) {
  auto* s = get(error);
  return s ? s->find(q, figures_only, error) : std::nullopt;
}

std::optional<std::vector<trend_point>> opening_store::trend_points(
    const std::vector<std::string>& keys, std::string& error) {
  auto* s = get(error);
  return s ? s->trend_points(keys, error) : std::nullopt;
}

std::optional<archive_stats> opening_store::stats(std::string& error) {
  auto* s = get(error);
  return s ? s->stats(error) : std::nullopt;
}

const std::string& opening_store::location() const {
  static const std::string none;
  return opened_ ? opened_->location() : none;
}

}  // namespace fc::archive
