// Document pass: an unscoped market takes the one scope the article gives it. "가트너에 따르면
// 올해 세계 AI 반도체 시장은 1190억달러 … 가트너가 제시한 올해 AI 반도체 시장 규모 1420억
// 달러": once an article has named the market with a single scope (세계, global, 국내, China's),
// the same market written without one is that market, not another subject. With two scopes
// named ("국내 … 세계 …") the bare name is ambiguous and stays its own.
#include <map>
#include <set>

#include "claims/frames.hpp"
#include "support/utf8.hpp"

namespace fc::claims {
namespace {

// Chinese or Japanese characters only: no space, no Latin letter, no Hangul.
bool han_or_kana(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    std::size_t n = utf8::decode(s, i, cp);
    if (!n || cp < 0x3000 || utf8::is_hangul(cp)) return false;
    i += n;
  }
  return true;
}

}  // namespace

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
    // "2023年我国工业互联网核心产业规模约为1.35万亿元 … 到2027年核心产业规模将达到约2.2万亿元": a
    // Chinese or Japanese name shortened to its head, three characters or more and written
    // without spaces, is the one longer name of the article that ends with it.
    if (found.empty() && bare.size() >= 9 && han_or_kana(bare))
      for (const auto& longer : keys)
        if (longer.size() >= bare.size() + 6 && longer.ends_with(bare) && han_or_kana(longer))
          found.insert(longer);
    if (found.size() == 1) scoped_of[bare] = *found.begin();
  }
  for (auto& c : claims) {
    if (!c.subject_key) continue;
    if (auto it = scoped_of.find(*c.subject_key); it != scoped_of.end()) c.subject_key = it->second;
  }
}

}  // namespace fc::claims
