import ParleyGraph

/// The `--as-states` view: every person who `represents` a state stands in for that state.
///
/// A derived graph, never stored. A person's edges move to each state they represent (a
/// person with two states gives each state the edge); their `represents` edges go, and so do
/// edges that the roll-up turns into a state's edge to itself. Edges that become the same
/// fact merge their evidence. Persons who represent no state stay as they are. O(n + m).
struct StateView {
    let graph: Graph
    /// Person id → ids of the states they were rolled into.
    let rollup: [String: [String]]

    init(index: GraphIndex) {
        var rollup: [String: [String]] = [:]
        var standIns: [[Int32]] = index.nodes.indices.map { [Int32($0)] }
        for (i, node) in index.nodes.enumerated() where node.kind == .person {
            let states = index.represented(by: Int32(i)).filter { index.nodes[Int($0)].kind == .state }
            guard !states.isEmpty else { continue }
            standIns[i] = states
            rollup[node.id] = states.map { index.nodes[Int($0)].id }
        }
        var graph = Graph()
        for node in index.nodes where rollup[node.id] == nil {
            graph.add(node)
        }
        for (e, edge) in index.edges.enumerated() {
            let s = Int(index.edgeSource[e]), t = Int(index.edgeTarget[e])
            let rolled = standIns[s] != [Int32(s)] || standIns[t] != [Int32(t)]
            if rolled && edge.type == .represents { continue }
            for a in standIns[s] {
                for b in standIns[t] where !(rolled && a == b) {
                    graph.add(Edge(source: index.nodes[Int(a)].id, target: index.nodes[Int(b)].id, type: edge.type,
                                   status: edge.status, date: edge.date, place: edge.place, evidence: edge.evidence))
                }
            }
        }
        self.graph = graph
        self.rollup = rollup
    }
}
