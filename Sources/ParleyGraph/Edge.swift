/// A typed relation between two nodes, backed by evidence.
public struct Edge: Sendable, Hashable {
    /// What identifies an edge: the same fact stated twice is one edge.
    public struct Key: Sendable, Hashable, Comparable {
        public var source: String
        public var type: EdgeType
        public var target: String
        public var date: String?
        public var status: EdgeStatus

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.source, lhs.type, lhs.target, lhs.date ?? "", lhs.status)
                < (rhs.source, rhs.type, rhs.target, rhs.date ?? "", rhs.status)
        }
    }

    public var source: String
    public var target: String
    public var type: EdgeType
    public var status: EdgeStatus
    /// ISO 8601 day (`2024-03-03`) or month (`2024-03`); nil when unknown.
    public var date: String?
    public var place: String?
    /// Sorted and unique; never empty in a built graph.
    public private(set) var evidence: [Evidence]

    /// Makes an edge; for symmetric types the endpoints are ordered so that `source < target`.
    public init(source: String, target: String, type: EdgeType, status: EdgeStatus = .occurred,
                date: String? = nil, place: String? = nil, evidence: [Evidence] = []) {
        if type.isSymmetric && target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.type = type
        self.status = status
        self.date = date
        self.place = place
        var items = evidence
        items.sortUnique()
        self.evidence = items
    }

    public var key: Key { Key(source: source, type: type, target: target, date: date, status: status) }

    /// Folds another statement of the same fact into this edge.
    public mutating func merge(_ other: Edge) {
        // Field by field: building the two keys would copy their strings.
        precondition(other.source == source && other.target == target && other.type == type && other.date == date
                     && other.status == status, "merging different edges")
        if place == nil { place = other.place }
        addEvidence(other.evidence)
    }

    /// Adds evidence items, keeping the list sorted and unique. O(k·(log n + n)) for k items;
    /// merging a fact's few new sentences into a long list costs one binary search and shift each.
    public mutating func addEvidence<S: Sequence>(_ items: S) where S.Element == Evidence {
        for item in items { evidence.insertSortedUnique(item) }
    }

    /// Keeps only the evidence that satisfies `keep`.
    public mutating func filterEvidence(_ keep: (Evidence) -> Bool) {
        evidence.removeAll { !keep($0) }
    }
}
