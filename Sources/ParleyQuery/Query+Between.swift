import ParleyGraph

/// "What lies between A and B?": their direct edges, common neighbours and mediators.
extension Query {
    /// Direct edges, actors with usable edges to both, and actors with `mediated` edges to both
    /// (other filters apply to those too). O(degree of A + degree of B).
    public func between(_ nameA: String, _ nameB: String) throws(QueryError) -> BetweenAnswer {
        try filter.validate()
        let a = try session.resolve(nameA), b = try session.resolve(nameB)
        let index = session.index
        let traversal = session.traversal(filter, pinning: [a, b])
        var mediation = filter
        mediation.types = [.mediated]
        mediation.directed = true
        let mediated = session.traversal(mediation, pinning: [a, b])

        /// Neighbour → edges from `v`'s row that `keep` allows, neighbours in row order.
        func links(_ v: Int32, _ keep: (Int) -> Bool) -> [Int32: [Int32]] {
            var out: [Int32: [Int32]] = [:]
            for slot in traversal.row(v) where keep(slot) { out[index.slotNeighbor[slot], default: []].append(index.slotEdge[slot]) }
            return out
        }
        func shared(_ fromA: [Int32: [Int32]], _ fromB: [Int32: [Int32]]) -> [Link] {
            fromA.keys.filter { $0 != a && $0 != b && fromB[$0] != nil }.sorted().map { c in
                Link(node: index.nodes[Int(c)], edges: (fromA[c]! + fromB[c]!).map { index.edges[Int($0)] })
            }
        }
        let fromA = links(a) { traversal.allows($0) }
        let direct = (a == b ? [] : fromA[b] ?? []).map { index.edges[Int($0)] }
        let common = shared(fromA, links(b) { traversal.allows($0) })
        let mediators = shared(links(a) { mediated.allows($0, outward: false) }, links(b) { mediated.allows($0, outward: false) })
        return BetweenAnswer(a: index.nodes[Int(a)], b: index.nodes[Int(b)], direct: direct, common: common, mediators: mediators)
    }
}
