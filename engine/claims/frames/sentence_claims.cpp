// The claims of one sentence, found by the mention they were read from.
#include "claims/frames.hpp"

namespace fc::claims {

std::vector<std::size_t> sentence_claims::of_mention(std::size_t begin) const {
  std::vector<std::size_t> found;
  std::size_t at = original_start(begin);
  for (std::size_t i = first; i < out.size(); ++i)
    if (out[i].where.start == at) found.push_back(i);
  return found;
}

}  // namespace fc::claims
