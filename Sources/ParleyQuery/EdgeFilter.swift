import ParleyGraph

/// Which edges and nodes a question may use, and whether edges are followed only forwards.
///
/// The default lets everything through and traverses every edge both ways.
public struct EdgeFilter: Sendable, Equatable {
    /// Edge types to use; nil for all.
    public var types: Set<EdgeType>?
    /// Statuses to use; nil for all.
    public var statuses: Set<EdgeStatus>?
    /// Earliest date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); edges without a date are then left out.
    public var since: String?
    /// Latest date, same forms; edges without a date are then left out.
    public var until: String?
    /// Fewest evidence items an edge needs.
    public var minEvidence: Int
    /// Node kinds a question may pass through or list; nil for all. The actors named in the
    /// question are always kept.
    public var kinds: Set<NodeKind>?
    /// Follow edges only from source to target (symmetric types still go both ways).
    public var directed: Bool

    public init(types: Set<EdgeType>? = nil, statuses: Set<EdgeStatus>? = nil, since: String? = nil,
                until: String? = nil, minEvidence: Int = 0, kinds: Set<NodeKind>? = nil, directed: Bool = false) {
        self.types = types
        self.statuses = statuses
        self.since = since
        self.until = until
        self.minEvidence = minEvidence
        self.kinds = kinds
        self.directed = directed
    }

    /// Checks the dates; call before asking anything.
    public func validate() throws(QueryError) {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, DateKey.parse(value) == nil {
                throw .invalidArgument("\(name) '\(value)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            }
        }
    }
}

/// An `EdgeFilter` compiled against an index: bit masks checked per adjacency slot.
struct Traversal {
    let index: GraphIndex
    let typeMask: UInt16
    let statusMask: UInt8
    let since: Int32
    let until: Int32
    let minEvidence: Int32
    let kindMask: UInt8
    let checksEdge: Bool
    /// Nothing is filtered and edges go both ways: every slot may be used, read or not.
    let followsAll: Bool
    /// Bits a slot must have to be followed from its node, and to be followed into its node.
    let outBits: UInt8
    let inBits: UInt8
    /// Nodes kept whatever their kind (the actors named in the question).
    var pinned: Set<Int32> = []

    init(_ index: GraphIndex, _ filter: EdgeFilter) {
        self.index = index
        typeMask = filter.types.map { $0.reduce(0) { $0 | 1 << UInt16($1.ordinal) } } ?? 0xFFFF
        statusMask = filter.statuses.map { $0.reduce(0) { $0 | 1 << $1.ordinal } } ?? 0xFF
        since = filter.since.flatMap(DateKey.parse) ?? DateKey.unknown
        until = filter.until.flatMap(DateKey.parse).map(DateKey.end) ?? Int32.max
        minEvidence = Int32(clamping: filter.minEvidence)
        kindMask = filter.kinds.map { $0.reduce(0) { $0 | 1 << $1.ordinal } } ?? 0xFF
        checksEdge = filter.since != nil || filter.until != nil || filter.minEvidence > 1
        outBits = filter.directed ? GraphIndex.forwardBit : GraphIndex.forwardBit | GraphIndex.backwardBit
        inBits = filter.directed ? GraphIndex.backwardBit : GraphIndex.forwardBit | GraphIndex.backwardBit
        // Every slot has the forward or the backward bit (or both), so no bit test can fail.
        followsAll = typeMask == 0xFFFF && statusMask == 0xFF && kindMask == 0xFF && !checksEdge && !filter.directed
    }

    /// Whether slot `s` may be used, leaving its node when `outward`, else arriving at it. O(1).
    @inline(__always)
    func allows(_ s: Int, outward: Bool = true) -> Bool {
        if followsAll { return true }
        let bits = index.slotBits[s]
        guard bits & (outward ? outBits : inBits) != 0,
              typeMask >> UInt16(bits & 0x0F) & 1 != 0,
              statusMask >> (bits >> 4 & 0x03) & 1 != 0 else { return false }
        if kindMask != 0xFF {
            let v = index.slotNeighbor[s]
            if kindMask >> index.kindCode[Int(v)] & 1 == 0 && !pinned.contains(v) { return false }
        }
        if checksEdge { return allowsEdge(Int(index.slotEdge[s])) }
        return true
    }

    func allowsEdge(_ e: Int) -> Bool {
        if index.edgeEvidence[e] < minEvidence { return false }
        if since != DateKey.unknown || until != Int32.max {
            let date = index.edgeDate[e]
            if date == DateKey.unknown || DateKey.end(date) < since || date > until { return false }
        }
        return true
    }

    /// Whether node `v` may appear in an answer.
    func allowsNode(_ v: Int32) -> Bool {
        kindMask >> index.kindCode[Int(v)] & 1 != 0 || pinned.contains(v)
    }

    /// The slots of node `v`'s row.
    @inline(__always)
    func row(_ v: Int32) -> Range<Int> { Int(index.rowStart[Int(v)])..<Int(index.rowStart[Int(v) + 1]) }
}
