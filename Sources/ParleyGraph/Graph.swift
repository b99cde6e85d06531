import Synchronization

/// A knowledge graph of actors and agreements with typed, evidenced edges.
///
/// A value type: nodes keyed by id, edges keyed by `Edge.Key`. Adding a node or edge that
/// exists already merges the two (aliases, mentions, evidence), so the same fact stated in
/// several sentences or documents stays one edge.
public struct Graph: Sendable, Equatable {
    public private(set) var nodesByID: [String: Node] = [:] { didSet { orderChanged() } }
    public private(set) var edgesByKey: [Edge.Key: Edge] = [:] { didSet { orderChanged() } }
    /// The sorted lists, computed on first use and shared by copies until one of them changes:
    /// the writers of JSON, DOT and the person unifier all ask for them, and sorting a
    /// million edges takes seconds.
    private var order = SortedOrder()

    /// Set once each, without locks; a graph that changes gets a new, empty one.
    private final class SortedOrder: Sendable {
        let nodes = AtomicLazyReference<Sorted<Node>>()
        let edges = AtomicLazyReference<Sorted<Edge>>()
        /// Set before either list is stored. A graph asks at every change, and this is one
        /// inlined load, where each reference's `load()` is a generic call.
        let used = Atomic<Bool>(false)
        var isEmpty: Bool { !used.load(ordering: .acquiring) }
    }

    private final class Sorted<Element: Sendable>: Sendable {
        let list: [Element]
        init(_ list: [Element]) { self.list = list }
    }

    private mutating func orderChanged() {
        if !isKnownUniquelyReferenced(&order) || !order.isEmpty { order = SortedOrder() }
    }

    public static func == (a: Graph, b: Graph) -> Bool {
        a.nodesByID == b.nodesByID && a.edgesByKey == b.edgesByKey
    }

    public init() {}

    public init(nodes: [Node], edges: [Edge]) {
        for node in nodes { add(node) }
        for edge in edges { add(edge) }
    }

    /// Nodes sorted by id. O(n log n).
    public var nodes: [Node] {
        if let sorted = order.nodes.load() { return sorted.list }
        order.used.store(true, ordering: .releasing)
        return order.nodes.storeIfNil(Sorted(nodesByID.values.sorted { $0.id < $1.id })).list
    }

    /// Edges sorted by source, type, target, then date and status. O(m log m).
    public var edges: [Edge] {
        if let sorted = order.edges.load() { return sorted.list }
        order.used.store(true, ordering: .releasing)
        return order.edges.storeIfNil(Sorted(Self.sortedEdges(Array(edgesByKey.values)))).list
    }

    /// Edges in key order (`Edge.Key`'s `<`), sorted by integer keys: each distinct id and
    /// date is ranked once, so the million comparisons compare integers, not strings, and
    /// move indices, not edges.
    private static func sortedEdges(_ edges: [Edge]) -> [Edge] {
        func ranks<S: Sequence<String>>(_ strings: S) -> [String: UInt64] {
            var rank: [String: UInt64] = [:]
            for (i, s) in Set(strings).sorted().enumerated() { rank[s] = UInt64(i) }
            return rank
        }
        let idRank = ranks(edges.lazy.flatMap { [$0.source, $0.target] })
        // A missing date sorts as the empty string, before every date.
        let dateRank = ranks(edges.lazy.compactMap(\.date).filter { !$0.isEmpty }).mapValues { $0 + 1 }
        let typeRank = Dictionary(uniqueKeysWithValues: EdgeType.allCases.sorted().enumerated().map { ($1, UInt64($0)) })
        let statusRank = Dictionary(uniqueKeysWithValues: EdgeStatus.allCases.sorted().enumerated().map { ($1, UInt64($0)) })
        let keys = edges.map { e in
            (idRank[e.source]! << 8 | typeRank[e.type]!,
             idRank[e.target]! << 32 | (e.date.flatMap { dateRank[$0] } ?? 0) << 8 | statusRank[e.status]!)
        }
        var order = Array(edges.indices)
        keys.withUnsafeBufferPointer { k in order.sort { k[$0] < k[$1] } }
        return order.map { edges[$0] }
    }

    public var nodeCount: Int { nodesByID.count }
    public var edgeCount: Int { edgesByKey.count }

    public func node(id: String) -> Node? { nodesByID[id] }

    /// Makes room for this many nodes and edges, so that loading or building a graph does not
    /// rehash as it grows.
    public mutating func reserveCapacity(nodes: Int, edges: Int) {
        nodesByID.reserveCapacity(nodes)
        edgesByKey.reserveCapacity(edges)
    }

    /// Adds a node or merges it into the node with the same id.
    public mutating func add(_ node: Node) { Self.add(node, to: &nodesByID) }

    /// Adds an edge or merges its evidence into the edge with the same key.
    public mutating func add(_ edge: Edge) { Self.add(edge, to: &edgesByKey) }

    private static func add(_ node: Node, to nodes: inout [String: Node]) {
        // One lookup for a node already there (the common case in a corpus merge).
        if let index = nodes.index(forKey: node.id) {
            nodes.values[index].merge(node)
        } else {
            nodes[node.id] = node
        }
    }

    /// Merged in place: a copy taken out of the dictionary would share the evidence list and
    /// copy all of it on the first insertion, making a corpus merge quadratic in evidence per edge.
    private static func add(_ edge: Edge, to edges: inout [Edge.Key: Edge]) {
        let key = edge.key
        if let index = edges.index(forKey: key) {
            edges.values[index].merge(edge)
        } else {
            edges[key] = edge
        }
    }

    /// Merges every node and edge of another graph into this one.
    ///
    /// The tables are moved out of the graph while they take the other's elements, so that
    /// the sorted order is reset once, not once per element.
    public mutating func merge(_ other: Graph) {
        var nodes: [String: Node] = [:], edges: [Edge.Key: Edge] = [:]
        swap(&nodes, &nodesByID)
        swap(&edges, &edgesByKey)
        for node in other.nodesByID.values { Self.add(node, to: &nodes) }
        for edge in other.edgesByKey.values { Self.add(edge, to: &edges) }
        nodesByID = nodes
        edgesByKey = edges
    }

    /// Nodes one of whose aliases (or label) has the same folded key as `name`. O(n·a).
    public func nodes(named name: String) -> [Node] {
        let key = Fold.key(name)
        return nodes.filter { node in node.aliases.contains { Fold.key($0) == key } }
    }

    /// Removes nodes that no edge touches.
    public mutating func pruneIsolatedNodes() {
        var used = Set<String>()
        for edge in edgesByKey.values {
            used.insert(edge.source)
            used.insert(edge.target)
        }
        for id in nodesByID.keys where !used.contains(id) { nodesByID[id] = nil }
    }
}
