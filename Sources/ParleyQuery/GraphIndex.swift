import ParleyGraph

/// A read-only index of a graph for traversal: integer ids, CSR adjacency and an alias table.
///
/// Built once per load in O((n + m) log d) time for n nodes, m edges and largest degree d;
/// about 10 bytes per adjacency slot (each edge has a slot at both ends) beside the nodes and
/// edges themselves. Node `i` is `nodes[i]`, sorted by id, so integer ids are stable for a given
/// graph. Adjacency rows are sorted by neighbour, then edge type, status, direction and date, so
/// every traversal, and every tie it breaks, comes out the same on every run.
public struct GraphIndex: Sendable {
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
    public init(_ graph: Graph) {
        self.init(GraphElements(graph))
    }

    /// Indexes a graph read as flat lists (see `GraphElements(json:)`). O((n + m) log d).
    public init(_ elements: GraphElements) {
        nodes = elements.nodes
        var indexByID: [String: Int32] = [:]
        indexByID.reserveCapacity(nodes.count)
        for (i, node) in nodes.enumerated() { indexByID[node.id] = Int32(i) }
        self.indexByID = indexByID
        kindCode = nodes.map { UInt8(NodeKind.allCases.firstIndex(of: $0.kind)!) }

        edges = elements.edges
        let m = edges.count
        let source = elements.source, target = elements.target
        var date = [Int32](repeating: 0, count: m)
        var evidence = [Int32](repeating: 0, count: m)
        var degree = [Int32](repeating: 0, count: nodes.count + 1)
        for (e, edge) in edges.enumerated() {
            let s = source[e], t = target[e]
            date[e] = DateKey.parse(edge.date) ?? DateKey.unknown
            evidence[e] = Int32(clamping: edge.evidence.count)
            degree[Int(s)] += 1
            if t != s { degree[Int(t)] += 1 }
        }
        var rowStart = [Int32](repeating: 0, count: nodes.count + 1)
        for v in 0..<nodes.count { rowStart[v + 1] = rowStart[v] + degree[v] }
        let slots = Int(rowStart[nodes.count])
        var fill = rowStart
        var slotNeighbor = [Int32](repeating: 0, count: slots)
        var slotEdge = [Int32](repeating: 0, count: slots)
        var slotBits = [UInt8](repeating: 0, count: slots)
        let typeOrdinal = Dictionary(uniqueKeysWithValues: EdgeType.allCases.enumerated().map { ($1, UInt8($0)) })
        let statusOrdinal = Dictionary(uniqueKeysWithValues: EdgeStatus.allCases.enumerated().map { ($1, UInt8($0)) })
        for (e, edge) in edges.enumerated() {
            let attributes = typeOrdinal[edge.type]! | statusOrdinal[edge.status]! << 4
            let both = edge.type.isSymmetric || source[e] == target[e]
            func place(_ row: Int32, _ neighbor: Int32, _ bits: UInt8) {
                let slot = Int(fill[Int(row)])
                fill[Int(row)] += 1
                slotNeighbor[slot] = neighbor
                slotEdge[slot] = Int32(e)
                slotBits[slot] = attributes | bits
            }
            if both {
                place(source[e], target[e], Self.forwardBit | Self.backwardBit)
                if source[e] != target[e] { place(target[e], source[e], Self.forwardBit | Self.backwardBit) }
            } else {
                place(source[e], target[e], Self.forwardBit)
                place(target[e], source[e], Self.backwardBit)
            }
        }
        // Sort each row so that traversals break ties the same way on every run.
        var row: [(UInt64, Int32, Int32)] = []
        for v in 0..<nodes.count {
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

extension EdgeType {
    /// Position in `allCases`, as kept in adjacency slots.
    var ordinal: UInt8 { UInt8(EdgeType.allCases.firstIndex(of: self)!) }
    static let representsOrdinal = EdgeType.represents.ordinal
    static let mediatedOrdinal = EdgeType.mediated.ordinal
}

extension EdgeStatus {
    var ordinal: UInt8 { UInt8(EdgeStatus.allCases.firstIndex(of: self)!) }
}
