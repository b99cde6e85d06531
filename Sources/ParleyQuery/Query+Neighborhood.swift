import ParleyGraph

/// "Whom has A dealt with?": the ego network of an actor within K hops.
extension Query {
    /// The actors within `hops` hops of the actor named `name`, and the usable edges among
    /// them. O(nodes and slots within reach).
    public func neighborhood(of name: String, hops: Int) throws(QueryError) -> NeighborhoodAnswer {
        try filter.validate()
        guard hops >= 0 else { throw .invalidArgument("--hops must be 0 or more") }
        let center = try session.resolve(name)
        let (members, edges) = egoNetwork(center, hops: hops)
        let index = session.index
        return NeighborhoodAnswer(
            center: index.nodes[Int(center)], hops: hops,
            members: members.map { .init(node: index.nodes[Int($0.node)], distance: Int($0.distance)) },
            edges: edges.map { index.edges[Int($0)] })
    }

    /// Members ordered by distance then id, and edge ids ordered by member, then row.
    func egoNetwork(_ center: Int32, hops: Int) -> (members: [(node: Int32, distance: Int32)], edges: [Int32]) {
        var traversal = session.traversal(filter, pinning: [center])
        let search = Search(traversal: traversal, marks: session.forward)
        let reached = search.breadthFirst(from: center, maxDepth: hops)
        var members = reached.map { (node: $0, distance: search.marks.distance($0)!) }
        members.sort { ($0.distance, $0.node) < ($1.distance, $1.node) }
        // Edges among members in any direction; each once, from its source's row.
        traversal = session.traversal(EdgeFilter(types: filter.types, statuses: filter.statuses, since: filter.since,
                                                 until: filter.until, minEvidence: filter.minEvidence, kinds: filter.kinds),
                                      pinning: [center])
        var edges: [Int32] = []
        let index = session.index
        for member in members {
            for slot in traversal.row(member.node) where traversal.allows(slot) {
                let e = index.slotEdge[slot]
                if index.edgeSource[Int(e)] == member.node && search.marks.isMarked(index.slotNeighbor[slot]) {
                    edges.append(e)
                }
            }
        }
        return (members, edges)
    }
}

extension QuerySession {
    /// `filter` compiled for this session's index, keeping `pinned` whatever their kind.
    func traversal(_ filter: EdgeFilter, pinning pinned: Set<Int32>) -> Traversal {
        var traversal = Traversal(index, filter)
        traversal.pinned = pinned
        return traversal
    }
}
