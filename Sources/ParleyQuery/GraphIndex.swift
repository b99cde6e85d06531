import ParleyGraph

/// A read-only index of a graph for traversal: integer ids, CSR adjacency and an alias table.
///
/// Built once per load in O((n + m) log d) time for n nodes, m edges and largest degree d;
/// about 10 bytes per adjacency slot (each edge has a slot at both ends) beside the nodes and
/// edges themselves. Node `i` is `nodes[i]`, sorted by id, so integer ids are stable for a given
/// graph. Adjacency rows are sorted by neighbour, then edge type, status, direction and date, so
/// every traversal, and every tie it breaks, comes out the same on every run.
///
/// A class of constants, so that the searches and filters holding it share it for one
/// reference count instead of one per array.
public final class GraphIndex: Sendable {
    /// The nodes, sorted by id; a node's position is its integer id.
    public let nodes: [Node]
    /// The edges; an edge's position is its integer id (in no particular order).
    public let edges: [Edge]

    let indexByID: [String: Int32]
    let kindCode: [UInt8]
    let edgeSource: [Int32]
    let edgeTarget: [Int32]
    /// `DateKey` of each edge's date; `DateKey.unknown` when it has none.
    let edgeDate: [Int32]
    let edgeEvidence: [Int32]

    /// Row `v` of the adjacency is `rowStart[v] ..< rowStart[v + 1]`.
    let rowStart: [Int32]
    let slotNeighbor: [Int32]
    let slotEdge: [Int32]
    /// Per slot: edge type ordinal (bits 0–3), status ordinal (4–5), `forwardBit`, `backwardBit`.
    let slotBits: [UInt8]

    /// The slot leaves its node along the edge's direction (or the edge is symmetric).
    static let forwardBit: UInt8 = 1 << 6
    /// The slot enters its node along the edge's direction (or the edge is symmetric).
    static let backwardBit: UInt8 = 1 << 7

    let aliases: AliasTable

    public var nodeCount: Int { nodes.count }
    public var edgeCount: Int { edges.count }

    /// Indexes `graph`. O((n + m) log d).
    public convenience init(_ graph: Graph) {
        self.init(GraphElements(graph))
    }

    /// Indexes a graph read as flat lists (see `GraphElements(json:)`). O((n + m) log d).
    public init(_ elements: GraphElements) {
        let nodes = elements.nodes, edges = elements.edges
        let n = nodes.count, m = edges.count
        let source = elements.source, target = elements.target
        var indexByID: [String: Int32] = [:]
        indexByID.reserveCapacity(n)
        for i in nodes.indices { indexByID[nodes[i].id] = Int32(i) }
        // Per edge, read in place (a copied `Edge` would retain each of its strings): date key,
        // evidence count, and type and status as slot bits, with both direction bits for an
        // edge that reads the same both ways.
        var date = [Int32](repeating: 0, count: m)
        var evidence = [Int32](repeating: 0, count: m)
        var attributes = [UInt8](repeating: 0, count: m)
        var degree = [Int32](repeating: 0, count: n + 1)
        edges.withUnsafeBufferPointer { edges in
            for e in 0..<m {
                let s = source[e], t = target[e]
                date[e] = DateKey.parse(edges[e].date) ?? DateKey.unknown
                evidence[e] = Int32(clamping: edges[e].evidence.count)
                let type = edges[e].type
                attributes[e] = type.ordinal | edges[e].status.ordinal << 4
                if type.isSymmetric || s == t { attributes[e] |= Self.forwardBit | Self.backwardBit }
                degree[Int(s)] += 1
                if t != s { degree[Int(t)] += 1 }
            }
        }
        var rowStart = [Int32](repeating: 0, count: n + 1)
        for v in 0..<n { rowStart[v + 1] = rowStart[v] + degree[v] }
        let slots = Int(rowStart[n])
        var fill = rowStart
        var slotNeighbor = [Int32](repeating: 0, count: slots)
        var slotEdge = [Int32](repeating: 0, count: slots)
        var slotBits = [UInt8](repeating: 0, count: slots)
        for e in 0..<m {
            let both = attributes[e] & Self.forwardBit != 0
            func place(_ row: Int32, _ neighbor: Int32, _ bits: UInt8) {
                let slot = Int(fill[Int(row)])
                fill[Int(row)] += 1
                slotNeighbor[slot] = neighbor
                slotEdge[slot] = Int32(e)
                slotBits[slot] = attributes[e] | bits
            }
            if both {
                place(source[e], target[e], 0)
                if source[e] != target[e] { place(target[e], source[e], 0) }
            } else {
                place(source[e], target[e], Self.forwardBit)
                place(target[e], source[e], Self.backwardBit)
            }
        }
        // Sort each row so that traversals break ties the same way on every run.
        var row: [(UInt64, Int32, Int32)] = []
        for v in 0..<n {
            let lo = Int(rowStart[v]), hi = Int(rowStart[v + 1])
            if hi - lo < 2 { continue }
            row.removeAll(keepingCapacity: true)
            for s in lo..<hi {
                let key = UInt64(UInt32(slotNeighbor[s])) << 32 | UInt64(slotBits[s] & 0x0F) << 16
                    | UInt64(slotBits[s] >> 4 & 0x03) << 8 | UInt64(slotBits[s] >> 6)
                row.append((key, date[Int(slotEdge[s])], slotEdge[s]))
            }
            row.sort { ($0.0, $0.1) < ($1.0, $1.1) }
            for (offset, item) in row.enumerated() {
                let s = lo + offset
                let e = Int(item.2)
                slotEdge[s] = item.2
                slotNeighbor[s] = source[e] == Int32(v) ? target[e] : source[e]
                let bits = UInt8(truncatingIfNeeded: item.0 >> 16) | UInt8(truncatingIfNeeded: item.0 >> 8) << 4
                slotBits[s] = bits | UInt8(truncatingIfNeeded: item.0) << 6
            }
        }
        self.nodes = nodes
        self.edges = edges
        self.indexByID = indexByID
        kindCode = nodes.map { $0.kind.ordinal }
        edgeSource = source
        edgeTarget = target
        edgeDate = date
        edgeEvidence = evidence
        self.rowStart = rowStart
        self.slotNeighbor = slotNeighbor
        self.slotEdge = slotEdge
        self.slotBits = slotBits
        aliases = AliasTable(nodes: nodes)
    }

    /// The integer id of the node with string id `id`. O(1).
    public func index(of id: String) -> Int? { indexByID[id].map(Int.init) }

    func kind(_ v: Int32) -> NodeKind { NodeKind.allCases[Int(kindCode[Int(v)])] }

    /// The nodes that `v` represents (its `represents` edges), sorted by id.
    func represented(by v: Int32) -> [Int32] {
        var out: [Int32] = []
        for s in Int(rowStart[Int(v)])..<Int(rowStart[Int(v) + 1])
        where slotBits[s] & 0x0F == EdgeType.representsOrdinal && slotBits[s] & Self.forwardBit != 0 {
            if out.last != slotNeighbor[s] { out.append(slotNeighbor[s]) }
        }
        return out
    }
}

// Positions in `allCases` by a switch, not `allCases.firstIndex`, which makes the array of
// cases on every call: indexing asks for them once per edge.

extension EdgeType {
    /// Position in `allCases`, as kept in adjacency slots. O(1).
    var ordinal: UInt8 {
        switch self {
        case .metWith: 0
        case .mediated: 1
        case .agreedTo: 2
        case .represents: 3
        case .visited: 4
        case .hosted: 5
        case .accused: 6
        case .supports: 7
        case .proposed: 8
        case .memberOf: 9
        }
    }

    static let representsOrdinal = EdgeType.represents.ordinal
    static let mediatedOrdinal = EdgeType.mediated.ordinal
}

extension EdgeStatus {
    /// Position in `allCases`. O(1).
    var ordinal: UInt8 {
        switch self {
        case .occurred: 0
        case .planned: 1
        case .reported: 2
        }
    }
}

extension NodeKind {
    /// Position in `allCases`. O(1).
    var ordinal: UInt8 {
        switch self {
        case .person: 0
        case .state: 1
        case .organization: 2
        case .agreement: 3
        }
    }
}
