/// The type of a graph edge, with its wire name as raw value (see ONTOLOGY.md).
public enum EdgeType: String, CaseIterable, Sendable, Hashable, Comparable {
    // Scored types.
    case metWith = "met-with"
    case mediated
    case agreedTo = "agreed-to"
    case represents
    // Optional types.
    case visited
    case hosted
    case accused
    case supports
    case proposed
    case memberOf = "member-of"

    /// Whether the edge reads the same both ways; such edges store `source < target`.
    public var isSymmetric: Bool { self == .metWith }

    /// The four types every implementation must produce and the evaluation scores.
    public static let scored: [EdgeType] = [.metWith, .mediated, .agreedTo, .represents]

    public static func < (lhs: EdgeType, rhs: EdgeType) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Hashes the case, not the wire name (a raw-value enum hashes its string otherwise): an
    /// edge key is hashed for every edge of every article.
    public func hash(into hasher: inout Hasher) {
        let ordinal: UInt8
        switch self {
        case .metWith: ordinal = 0
        case .mediated: ordinal = 1
        case .agreedTo: ordinal = 2
        case .represents: ordinal = 3
        case .visited: ordinal = 4
        case .hosted: ordinal = 5
        case .accused: ordinal = 6
        case .supports: ordinal = 7
        case .proposed: ordinal = 8
        case .memberOf: ordinal = 9
        }
        hasher.combine(ordinal)
    }
}

/// How certain the text is that the event happened.
public enum EdgeStatus: String, CaseIterable, Sendable, Hashable, Comparable {
    case occurred
    case planned
    case reported

    public static func < (lhs: EdgeStatus, rhs: EdgeStatus) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Hashes the case, not the wire name; see `EdgeType.hash(into:)`.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .occurred: hasher.combine(0 as UInt8)
        case .planned: hasher.combine(1 as UInt8)
        case .reported: hasher.combine(2 as UInt8)
        }
    }
}
