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
}

/// How certain the text is that the event happened.
public enum EdgeStatus: String, CaseIterable, Sendable, Hashable, Comparable {
    case occurred
    case planned
    case reported

    public static func < (lhs: EdgeStatus, rhs: EdgeStatus) -> Bool { lhs.rawValue < rhs.rawValue }
}
