/// A graph as flat lists: nodes sorted by id, edges (each key once) with the positions of
/// their ends among the nodes. What an index is built from; cheaper to read from a large
/// file than a `Graph`, whose dictionaries it skips when the file is already canonical.
public struct GraphElements: Sendable {
    /// Sorted by id, each id once; a node's position is its integer id.
    public let nodes: [Node]
    /// Each key once, in no particular order.
    public let edges: [Edge]
    /// `source[e]` and `target[e]` are the positions in `nodes` of `edges[e]`'s ends.
    public let source: [Int32]
    public let target: [Int32]

    /// The nodes and edges of `graph`. O(n log n + m).
    public init(_ graph: Graph) {
        let nodes = graph.nodes, edges = Array(graph.edgesByKey.values)
        let position = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, Int32($0)) })
        self.init(nodes: nodes, edges: edges, source: edges.map { position[$0.source]! }, target: edges.map { position[$0.target]! })
    }

    /// Reads ONTOLOGY.md JSON as `Graph(json:)` does, with the same errors. A file written by
    /// Parley (sorted, nothing repeated) goes straight into the lists in O(size); any other
    /// is read into a `Graph` first, merging what repeats.
    public init(json bytes: [UInt8]) throws(GraphReadError) {
        guard let listing = GraphDecoder.decode(bytes) else {
            self.init(try Graph(json: bytes))
            return
        }
        guard listing.isCanonical else {
            self.init(Graph(listing))
            return
        }
        self.init(nodes: listing.nodes, edges: listing.edges, source: listing.source, target: listing.target)
    }

    private init(nodes: [Node], edges: [Edge], source: [Int32], target: [Int32]) {
        self.nodes = nodes
        self.edges = edges
        self.source = source
        self.target = target
    }
}
