// Connected components over alias links (Boost.Graph). Aliases chain: A=B and B=C make one
// subject, which a plain map lookup would miss.
#include "consistency/subjects.hpp"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#pragma GCC diagnostic pop

namespace fc::consistency {

void unify_subjects(std::vector<claim>& claims,
                    const std::vector<std::pair<std::string, std::string>>& alias_pairs) {
  std::map<std::string, std::size_t> node;  // sorted: node order follows key order
  for (const auto& c : claims)
    if (c.subject_key) node.emplace(*c.subject_key, 0);
  for (const auto& [a, b] : alias_pairs) node.emplace(a, 0), node.emplace(b, 0);
  std::vector<const std::string*> names;
  for (auto& [key, index] : node) index = names.size(), names.push_back(&key);
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(names.size());
  for (const auto& [a, b] : alias_pairs) boost::add_edge(node[a], node[b], g);
  std::vector<int> component(names.size());
  boost::connected_components(g, component.data());
  // The first (smallest) key of each component names it.
  std::map<int, std::string> representative;
  for (std::size_t i = 0; i < names.size(); ++i) representative.emplace(component[i], *names[i]);
  for (auto& c : claims)
    if (c.subject_key) c.subject_key = representative[component[node[*c.subject_key]]];
}

}  // namespace fc::consistency
