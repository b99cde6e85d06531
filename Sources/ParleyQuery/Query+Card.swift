import ParleyGraph

/// "Who is A?": a card with the actor's names, affiliations and evidenced edges.
extension Query {
    /// The card of the actor named `name`; the filter applies to the edges listed. O(degree).
    public func card(for name: String) throws(QueryError) -> ActorCard {
        try filter.validate()
        let v = try session.resolve(name)
        let index = session.index
        let traversal = session.traversal(filter, pinning: [v])
        var groups: [EdgeType: [Edge]] = [:]
        var counterparts: [String: Node] = [:]
        var representedBy: [Node] = []
        for slot in traversal.row(v) {
            let other = index.nodes[Int(index.slotNeighbor[slot])]
            let edge = index.edges[Int(index.slotEdge[slot])]
            if edge.type == .represents && edge.target == index.nodes[Int(v)].id && edge.source != edge.target
                && representedBy.last?.id != other.id {
                representedBy.append(other)
            }
            guard traversal.allows(slot) else { continue }
            groups[edge.type, default: []].append(edge)
            counterparts[other.id] = other
        }
        let byDate: (Edge, Edge) -> Bool = { ($0.date ?? "~", $0.key) < ($1.date ?? "~", $1.key) }
        return ActorCard(
            node: index.nodes[Int(v)],
            represents: index.represented(by: v).map { index.nodes[Int($0)] },
            representedBy: representedBy,
            edges: EdgeType.allCases.compactMap { type in groups[type].map { (type, $0.sorted(by: byDate)) } },
            counterparts: counterparts)
    }
}
