// Bellman-Ford over the difference-constraint graph (Boost.Graph). Node 0 is the origin for
// absolute bounds; every other node is a year. A negative cycle names the claims that cannot
// all hold; a tiny slack on each edge keeps exactly-touching intervals consistent.
// g++ 12 reports a false -Wmaybe-uninitialized inside Boost.Graph's edge iterator.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/bellman_ford_shortest_paths.hpp>
#pragma GCC diagnostic pop
#include <algorithm>
#include <limits>

#include "consistency/model.hpp"

namespace fc::consistency {
namespace {

struct edge_data {
  double weight = 0;
  std::size_t claim = 0;
};
using graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
                                    edge_data>;
using edge = boost::graph_traits<graph>::edge_descriptor;

constexpr double kSlack = 1e-9;

struct cycle_visitor : boost::default_bellman_visitor {
  std::vector<std::optional<edge>>* pred;
  std::optional<edge>* violated;
  void edge_relaxed(edge e, const graph& g) { (*pred)[boost::target(e, g)] = e; }
  void edge_not_minimized(edge e, const graph&) {
    if (!*violated) *violated = e;
  }
};

}  // namespace

std::optional<std::vector<std::size_t>> find_conflict(const std::vector<constraint>& cs) {
  std::map<int, std::size_t> node;
  auto id = [&](int year) {
    auto [it, added] = node.emplace(year, node.size() + 1);
    return it->second;
  };
  for (const auto& c : cs) {
    if (c.from) id(*c.from);
    id(c.to);
  }
  graph g(node.size() + 1);
  for (const auto& c : cs) {
    std::size_t a = c.from ? id(*c.from) : 0;
    std::size_t b = id(c.to);
    if (c.high) boost::add_edge(a, b, edge_data{*c.high + kSlack, c.claim}, g);
    if (c.low) boost::add_edge(b, a, edge_data{-*c.low + kSlack, c.claim}, g);
  }
  std::size_t n = boost::num_vertices(g);
  std::vector<double> dist(n, 0.0);  // all zero: a virtual source reaching every node
  std::vector<std::size_t> parent(n);
  for (std::size_t i = 0; i < n; ++i) parent[i] = i;
  std::vector<std::optional<edge>> pred(n);
  std::optional<edge> violated;
  cycle_visitor vis;
  vis.pred = &pred;
  vis.violated = &violated;
  bool ok = boost::bellman_ford_shortest_paths(g, static_cast<int>(n),
                                               boost::weight_map(boost::get(&edge_data::weight, g))
                                                   .distance_map(dist.data())
                                                   .predecessor_map(parent.data())
                                                   .visitor(vis));
  if (ok || !violated) return std::nullopt;
  // Walk predecessors from the violated edge's target until a node repeats: that is the cycle.
  pred[boost::target(*violated, g)] = *violated;
  std::size_t v = boost::target(*violated, g);
  for (std::size_t i = 0; i < n; ++i) v = boost::source(*pred[v], g);
  std::vector<std::size_t> claims;
  std::size_t start = v;
  do {
    const edge& e = *pred[v];
    claims.push_back(g[e].claim);
    v = boost::source(e, g);
  } while (v != start && claims.size() <= n);
  std::sort(claims.begin(), claims.end());
  claims.erase(std::unique(claims.begin(), claims.end()), claims.end());
  return claims;
}

}  // namespace fc::consistency
