// Document pass: an unscoped market takes the one scope the article gives it. "가트너에 따르면
// 올해 세계 AI 반도체 시장은 1190억달러 … 가트너가 제시한 올해 AI 반도체 시장 규모 1420억
// 달러": once an article has named the market with a single scope (세계, global, 국내, China's),
// the same market written without one is that market, not another subject. With two scopes
// named ("국내 … 세계 …") the bare name is ambiguous and stays its own.
#include <map>
#include <set>

#include "claims/frames.hpp"

namespace fc::claims {

void inherit_scope(std::vector<claim>& claims, const std::vector<std::string>* wholes,
                   const std::vector<std::string>* regions) {
  if (!wholes || !regions) return;
  std::set<std::string> scopes;
  for (const auto* list : {wholes, regions})
    for (const auto& w : *list) scopes.insert(subject_key(w));
  std::set<std::string> keys;
  for (const auto& c : claims)
    if (c.subject_key && c.subject_key->find_first_of("#/") == std::string::npos)
      keys.insert(*c.subject_key);
  std::map<std::string, std::string> scoped_of;  // bare key -> its one scoped key
  for (const auto& bare : keys) {
    std::set<std::string> found;
    for (const auto& scope : scopes)
      if (keys.count(scope + bare)) found.insert(scope + bare);
    if (found.size() == 1) scoped_of[bare] = *found.begin();
  }
  for (auto& c : claims) {
    if (!c.subject_key) continue;
    if (auto it = scoped_of.find(*c.subject_key); it != scoped_of.end()) c.subject_key = it->second;
  }
}

}  // namespace fc::claims
