import ParleyGraph

/// One loaded graph, ready to answer many questions: the index, the name resolver, scratch
/// space for searches, and (built on first use) the `--as-states` view.
///
/// Not thread-safe: a session answers one question at a time.
public final class QuerySession {
    public let index: GraphIndex
    public let resolver: ActorResolver
    let forward: NodeMarks
    let backward: NodeMarks
    /// For shortest paths, searched from both ends at once.
    let meeting: MeetingMarks
    /// For a states view: the session it was derived from, and person id → state ids.
    private let origin: QuerySession?
    private let rollup: [String: [String]]
    private var states: QuerySession?

    /// Indexes `graph`. O((n + m) log d).
    public convenience init(graph: Graph) {
        self.init(index: GraphIndex(graph), origin: nil, rollup: [:])
    }

    /// Reads and indexes ONTOLOGY.md JSON, with `Graph(json:)`'s errors; the fast way to load
    /// a large graph. O(size + (n + m) log d).
    public convenience init(json bytes: [UInt8]) throws(GraphReadError) {
        self.init(index: GraphIndex(try GraphElements(json: bytes)))
    }

    /// A session over an index built already.
    public convenience init(index: GraphIndex) {
        self.init(index: index, origin: nil, rollup: [:])
    }

    private init(index: GraphIndex, origin: QuerySession?, rollup: [String: [String]]) {
        self.index = index
        self.resolver = ActorResolver(index: index)
        self.forward = NodeMarks(count: index.nodeCount)
        self.backward = NodeMarks(count: index.nodeCount)
        self.meeting = MeetingMarks(count: index.nodeCount)
        self.origin = origin
        self.rollup = rollup
    }

    /// The session for the `--as-states` view of this graph, built on first use. O(n + m).
    public func statesView() -> QuerySession {
        if let origin { return origin.statesView() }
        if let states { return states }
        let view = StateView(index: index)
        let session = QuerySession(index: GraphIndex(view.graph), origin: self, rollup: view.rollup)
        states = session
        return session
    }

    /// The node `name` means. In a states view, a person who represents one state means
    /// that state.
    public func resolve(_ name: String) throws(QueryError) -> Int32 {
        guard let origin else { return try resolver.resolve(name) }
        let id = origin.index.nodes[Int(try origin.resolver.resolve(name))].id
        if let v = index.indexByID[id] { return v }
        let states = (rollup[id] ?? []).compactMap { index.indexByID[$0] }
        if states.count == 1 { return states[0] }
        throw .ambiguousActor(name: name, candidates: states.map(resolver.candidate))
    }
}
