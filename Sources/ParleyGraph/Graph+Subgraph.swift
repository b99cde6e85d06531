extension Graph {
    /// The ego network of `id`: every node within `hops` edges of it, edges followed both ways,
    /// and every edge among those nodes. Empty when `id` is not in the graph; `hops` 0 gives the
    /// node alone. Cost: O((n + m) log(n + m)) for the walk and the induced copy.
    public func subgraph(around id: String, hops: Int) -> Graph {
        guard nodesByID[id] != nil else { return Graph() }
        var neighbours: [String: [String]] = [:]
        for key in edgesByKey.keys {
            neighbours[key.source, default: []].append(key.target)
            neighbours[key.target, default: []].append(key.source)
        }
        var reached: Set<String> = [id]
        var frontier = [id]
        for _ in 0..<max(hops, 0) where !frontier.isEmpty {
            var next: [String] = []
            for node in frontier {
                for other in neighbours[node] ?? [] where reached.insert(other).inserted {
                    next.append(other)
                }
            }
            frontier = next
        }
        return subgraph(nodes: reached)
    }

    /// The induced subgraph: the nodes of `ids` that exist and every edge whose two ends are both
    /// among them. O(n + m).
    public func subgraph(nodes ids: Set<String>) -> Graph {
        var result = Graph()
        for id in ids {
            if let node = nodesByID[id] { result.add(node) }
        }
        for (key, edge) in edgesByKey where ids.contains(key.source) && ids.contains(key.target) {
            result.add(edge)
        }
        return result
    }
}
